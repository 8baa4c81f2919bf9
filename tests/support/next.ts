// Next.js ends a request early by throwing errors marked with a `digest`: redirect() throws
// `NEXT_REDIRECT;replace|push;URL;STATUS;`, notFound() throws `NEXT_HTTP_ERROR_FALLBACK;404`.
// https://github.com/vercel/next.js/blob/canary/packages/next/src/client/components/redirect-error.ts

/** What `run` threw: its own error, or a failure when it finished without throwing. */
async function thrownBy(run: () => Promise<unknown>, expected: string): Promise<unknown> {
  let result: unknown;
  try {
    result = await run();
  } catch (error) {
    return error;
  }
  throw new Error(`expected ${expected}, got ${summarize(result)}`);
}

function summarize(value: unknown): string {
  try {
    return JSON.stringify(value)?.slice(0, 500) ?? String(value);
  } catch {
    // A React element from a page can hold cycles.
    return String(value);
  }
}

function digestOf(error: unknown): string {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return typeof digest === 'string' ? digest : '';
}

/**
 * Runs something that should end in Next.js's redirect (a page's guard, an action that saved),
 * and returns where it redirected. Any other error is thrown again, as it was.
 */
export async function expectRedirect(run: () => Promise<unknown>): Promise<string> {
  const error = await thrownBy(run, 'a redirect');
  const digest = digestOf(error);
  if (!digest.startsWith('NEXT_REDIRECT;')) throw error;
  // The URL may itself hold a ';', so take everything between the type and the status.
  return digest.split(';').slice(2, -2).join(';');
}

/** Runs something that should end in Next.js's notFound(): a 404 page, not a crash. */
export async function expectNotFound(run: () => Promise<unknown>): Promise<void> {
  const error = await thrownBy(run, 'notFound()');
  if (digestOf(error) !== 'NEXT_HTTP_ERROR_FALLBACK;404') throw error;
}
