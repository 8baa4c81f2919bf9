/**
 * A LIKE/ILIKE pattern that finds `text` anywhere, with LIKE's wildcards in it taken literally, so
 * that a search for "50%" or "a_b" finds exactly that (PostgreSQL's default escape is the backslash).
 */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
