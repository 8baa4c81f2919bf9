import { distance } from 'fastest-levenshtein';
import { normalise } from './fields';
import type { PreparedRow } from './prepare';

/** A partner already in the organization, as duplicate detection needs it. */
export type ExistingPartner = {
  id: string;
  name: string;
  latitude: number | null;
  longitude: number | null;
  website: string;
  emails: string[];
};

export type DuplicateDecision = 'merge' | 'skip' | 'keep';
export const duplicateDecisions = ['merge', 'skip', 'keep'] as const;

/** A row that looks like a partner already there, or like an earlier row of the same file. */
export type Duplicate = {
  index: number;
  match:
    | { kind: 'existing'; id: string; name: string }
    | { kind: 'file'; index: number; rowNumber: number; name: string };
  reasons: string[];
  /** Same website, email, or name in the same place: merged unless the person says otherwise. */
  strong: boolean;
};

// Words that say nothing about which partner it is.
const filler = new Set(['the', 'of', 'and', 'inc', 'llc', 'ltd', 'co', 'corp', 'a', 'an', 'at', 'for', 'in']);

export function nameKey(name: string): string {
  return normalise(name)
    .replace(/\bcentre\b/g, 'center')
    .split(' ')
    .filter((word) => word && !filler.has(word))
    .join(' ');
}

/** The website's host and path, without scheme, www or trailing slash: the same site compares equal. */
export function siteKey(website: string): string {
  const value = website.trim().toLowerCase();
  if (!value) return '';
  try {
    const url = new URL(/^[a-z]+:\/\//.test(value) ? value : `https://${value}`);
    const host = url.hostname.replace(/^www\./, '');
    // On shared hosts only the page tells partners apart.
    const shared = /(^|\.)(facebook|instagram|linktr|sites\.google|google|wixsite|wordpress|blogspot)\./.test(
      `${host}.`,
    );
    const path = url.pathname.replace(/\/+$/, '');
    return shared || path.length > 1 ? `${host}${path}` : host;
  } catch {
    return value;
  }
}

function kilometres(
  a: { latitude: number | null; longitude: number | null },
  b: { latitude: number | null; longitude: number | null },
): number | null {
  if (a.latitude === null || a.longitude === null || b.latitude === null || b.longitude === null) return null;
  const rad = Math.PI / 180;
  const dLat = (b.latitude - a.latitude) * rad;
  const dLng = (b.longitude - a.longitude) * rad;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLng / 2) ** 2;
  return 12_742 * Math.asin(Math.sqrt(h));
}

/**
 * Names that differ by a slip of the keyboard: the same words but one, and that one a letter away
 * ("Monroe Rotery Club", "Monroe Rotary Club"). "Lakeview Walking Group" and "Bayview Walking Group"
 * are two groups, not a typo, though most of their letters agree.
 */
export function similarNames(a: string, b: string): boolean {
  if (!a || !b || a === b) return false;
  const left = a.split(' ');
  const right = b.split(' ');
  if (left.length !== right.length) return false;
  let differing = 0;
  for (let i = 0; i < left.length; i += 1) {
    const [x, y] = [left[i]!, right[i]!];
    if (x === y) continue;
    differing += 1;
    // One letter wrong, missing or extra; two in a long word.
    const allowed = Math.min(x.length, y.length) >= 8 ? 2 : 1;
    if (differing > 1 || Math.min(x.length, y.length) < 4 || distance(x, y) > allowed) return false;
  }
  return differing === 1;
}

type Candidate = ExistingPartner & { key: string; site: string };

/** Why two partners look like one, and whether that is strong enough to merge by default. */
function compare(row: Candidate, other: Candidate): { reasons: string[]; strong: boolean } | null {
  const reasons: string[] = [];
  let strong = false;
  const km = kilometres(row, other);
  if (row.site && row.site === other.site) {
    reasons.push('same website');
    strong = true;
  }
  const email = row.emails.find((e) => other.emails.includes(e));
  if (email) {
    reasons.push(`same email (${email})`);
    strong = true;
  }
  if (row.key && row.key === other.key) {
    if (km === null || km <= 2) {
      reasons.push(km === null ? 'same name' : 'same name, nearby');
      strong = true;
    } else reasons.push(`same name, ${Math.round(km)} km apart`);
  } else if (similarNames(row.key, other.key)) {
    reasons.push(km !== null && km <= 1 ? 'similar name, nearby' : 'similar name');
  }
  return reasons.length ? { reasons, strong } : null;
}

function candidateOf(partner: ExistingPartner): Candidate {
  return {
    ...partner,
    key: nameKey(partner.name),
    site: siteKey(partner.website),
    emails: partner.emails.filter(Boolean).map((e) => e.toLowerCase()),
  };
}

/** An index of candidates by name word, website and email, so each row is compared with few. */
class CandidateIndex {
  private byWord = new Map<string, Candidate[]>();
  private bySite = new Map<string, Candidate[]>();
  private byEmail = new Map<string, Candidate[]>();

  add(candidate: Candidate) {
    const push = (map: Map<string, Candidate[]>, key: string) => {
      if (!key) return;
      const list = map.get(key);
      if (list) list.push(candidate);
      else map.set(key, [candidate]);
    };
    for (const word of new Set(candidate.key.split(' '))) if (word.length >= 3) push(this.byWord, word);
    push(this.bySite, candidate.site);
    for (const email of candidate.emails) push(this.byEmail, email);
  }

  near(candidate: Candidate): Candidate[] {
    const found = new Set<Candidate>();
    // A word half the organization's partners share ("church", "library") narrows nothing.
    for (const word of new Set(candidate.key.split(' '))) {
      const list = this.byWord.get(word);
      if (list && list.length <= 400) for (const c of list) found.add(c);
    }
    for (const c of this.bySite.get(candidate.site) ?? []) found.add(c);
    for (const email of candidate.emails) for (const c of this.byEmail.get(email) ?? []) found.add(c);
    return [...found];
  }
}

/**
 * Rows that look like a partner already there (checked first) or like an earlier row of the file:
 * the same website or email, the same name nearby (or with no place to compare), or a similar name.
 */
export function findDuplicates(rows: PreparedRow[], existing: ExistingPartner[]): Duplicate[] {
  const known = new CandidateIndex();
  for (const partner of existing) known.add(candidateOf(partner));
  const earlier = new CandidateIndex();
  const rowOf = new Map<string, PreparedRow>();
  const duplicates: Duplicate[] = [];
  for (const row of rows) {
    if (!row.partner) continue;
    const p = row.partner;
    const candidate = candidateOf({
      id: `row:${row.index}`,
      name: p.name,
      latitude: p.latitude,
      longitude: p.longitude,
      website: p.website,
      emails: [p.email, row.contact?.email ?? ''],
    });
    const best = (list: Candidate[]) => {
      let found: { other: Candidate; reasons: string[]; strong: boolean } | null = null;
      for (const other of list) {
        const result = compare(candidate, other);
        if (
          result &&
          (!found || (result.strong && !found.strong) || result.reasons.length > found.reasons.length)
        )
          found = { other, ...result };
      }
      return found;
    };
    const existingMatch = best(known.near(candidate));
    if (existingMatch) {
      duplicates.push({
        index: row.index,
        match: { kind: 'existing', id: existingMatch.other.id, name: existingMatch.other.name },
        reasons: existingMatch.reasons,
        strong: existingMatch.strong,
      });
    } else {
      const fileMatch = best(earlier.near(candidate));
      if (fileMatch) {
        const other = rowOf.get(fileMatch.other.id)!;
        duplicates.push({
          index: row.index,
          match: { kind: 'file', index: other.index, rowNumber: other.rowNumber, name: other.partner!.name },
          reasons: fileMatch.reasons,
          strong: fileMatch.strong,
        });
      }
    }
    earlier.add(candidate);
    rowOf.set(candidate.id, row);
  }
  return duplicates;
}

/** What happens to a duplicate unless the person chooses: strong matches merge, weak ones stay apart. */
export function defaultDecision(duplicate: Duplicate): DuplicateDecision {
  return duplicate.strong ? 'merge' : 'keep';
}
