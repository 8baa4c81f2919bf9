// Finding and removing what was said about a person in free text and in stored JSON (audit values,
// import files), for "Forget a person" (decision 0014). Pure: the database side is ./erase.ts.

/** What replaces a removed mention in text that is kept (a takeaway, a note, an audit value). */
export const removedMark = '[removed]';

/** The values that identify a person, as they were recorded. */
export type PersonTraces = { names: string[]; details: string[] };

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The patterns that find a person: each name as whole words (so "Ana" does not match "Banana"),
 * and each detail (email, phone, address) as written. Values shorter than three characters are
 * left out: they would match too much to be about anyone.
 */
export function tracePatterns(traces: PersonTraces): RegExp[] {
  const names = [...new Set(traces.names.map((n) => n.trim()).filter((n) => n.length >= 3))];
  const details = [...new Set(traces.details.map((d) => d.trim()).filter((d) => d.length >= 3))];
  return [
    ...names.map((name) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'giu')),
    ...details.map((detail) => new RegExp(escapeRegExp(detail), 'giu')),
  ];
}

/** The plain strings to look for in SQL first (ILIKE), before the patterns decide. */
export function traceNeedles(traces: PersonTraces): string[] {
  return [...new Set([...traces.names, ...traces.details].map((v) => v.trim()).filter((v) => v.length >= 3))];
}

export function mentions(text: string, patterns: RegExp[]): boolean {
  return patterns.some((pattern) => {
    pattern.lastIndex = 0;
    return pattern.test(text);
  });
}

export function redactText(text: string, patterns: RegExp[]): string {
  let out = text;
  for (const pattern of patterns) {
    pattern.lastIndex = 0;
    out = out.replace(pattern, removedMark);
  }
  return out;
}

/** Every string inside a JSON value with the person's mentions replaced; the shape is kept. */
export function redactJson<T>(value: T, patterns: RegExp[]): T {
  if (typeof value === 'string') return redactText(value, patterns) as T;
  if (Array.isArray(value)) return value.map((item) => redactJson(item, patterns)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, redactJson(item, patterns)]),
    ) as T;
  }
  return value;
}
