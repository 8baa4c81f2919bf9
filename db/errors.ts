/** The PostgreSQL error code of a failed query, looking through drizzle's wrapper. */
export function pgErrorCode(error: unknown): string | undefined {
  for (let e: unknown = error, depth = 0; e && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
  }
  return undefined;
}

/** A unique constraint said no (23505). */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  if (pgErrorCode(error) !== '23505') return false;
  if (!constraint) return true;
  const text = [error, (error as { cause?: unknown }).cause]
    .map(
      (e) =>
        `${(e as { constraint_name?: string; constraint?: string })?.constraint_name ?? ''} ${(e as { constraint?: string })?.constraint ?? ''} ${(e as Error)?.message ?? ''}`,
    )
    .join(' ');
  return text.includes(constraint);
}

/**
 * Logs a failure without its query parameters: drizzle's error message carries every parameter
 * of the failed query, password hashes included, so only the code, constraint and cause are kept.
 */
export function logError(tag: string, error: unknown): void {
  const cause = (error as { cause?: unknown })?.cause;
  const code = pgErrorCode(error);
  if (code || cause) {
    const detail = cause instanceof Error ? cause.message : undefined;
    const constraint = (cause as { constraint_name?: string; constraint?: string } | undefined)
      ?.constraint_name;
    console.error(`[${tag}] database error`, { code, constraint, detail });
    return;
  }
  console.error(
    `[${tag}]`,
    error instanceof Error ? `${error.name}: ${error.message}\n${error.stack ?? ''}` : error,
  );
}
