import { z } from 'zod';
import type { ImportTable } from '@/db/schema';
import { assetCategories, relationshipStages } from '@/db/schema/vocabulary';
import {
  fieldOf,
  headerSynonyms,
  type ImportFieldKey,
  importFieldKeys,
  isMulti,
  normalise,
  type VocabularyField,
  vocabularyFields,
} from './fields';
import { type Choice, matchCell } from './values';

/**
 * What the person decided about a file: which field each column fills ('' for none), what the
 * values no vocabulary word matched stand for ('' to drop them), and what rows without a category,
 * stage or branch get.
 */
export type ImportMapping = {
  columns: string[];
  values: Partial<Record<VocabularyField, Record<string, string>>>;
  defaults: { category: string; stage: string; branchId: string };
};

export const importMappingSchema = z.object({
  columns: z.array(z.union([z.literal(''), z.enum(importFieldKeys)])).max(1000),
  values: z.partialRecord(z.enum(vocabularyFields), z.record(z.string().max(400), z.string().max(100))),
  defaults: z.object({
    category: z.union([z.literal(''), z.enum(assetCategories)]),
    stage: z.enum(relationshipStages),
    branchId: z.string().max(100),
  }),
});

/** The choices each vocabulary field offers: the fixed ones, and the organization's branches and staff. */
export type ChoiceSets = Record<VocabularyField, Choice[]>;

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const urlPattern = /^(https?:\/\/)?(www\.)?[a-z0-9-]+(\.[a-z0-9-]+)+(\/\S*)?$/i;
const phonePattern = /^\+?[\d\s().-]{7,}$/;
const decimalPattern = /^-?\d{1,3}\.\d{3,}$/;

function sampleOf(table: ImportTable, column: number): string[] {
  const values: string[] = [];
  for (const row of table.rows) {
    const cell = row[column] ?? '';
    if (cell) values.push(cell);
    if (values.length >= 30) break;
  }
  return values;
}

const mostly = (values: string[], test: (value: string) => boolean) =>
  values.length > 0 && values.filter(test).length >= Math.ceil(values.length * 0.8);

/** A field for a column whose name told us nothing, from what its cells look like. */
function guessFromValues(values: string[], choices: ChoiceSets, taken: Set<string>): ImportFieldKey | '' {
  const free = (key: ImportFieldKey) => !taken.has(key) || isMulti(key);
  if (mostly(values, (v) => emailPattern.test(v)))
    return free('email') ? 'email' : free('contactEmail') ? 'contactEmail' : '';
  if (mostly(values, (v) => urlPattern.test(v) && !emailPattern.test(v) && /[a-z]/i.test(v)))
    return free('website') ? 'website' : '';
  if (mostly(values, (v) => decimalPattern.test(v))) {
    const numbers = values.map(Number);
    if (numbers.every((n) => Math.abs(n) <= 90) && free('latitude')) return 'latitude';
    if (numbers.every((n) => Math.abs(n) <= 180) && free('longitude')) return 'longitude';
  }
  if (mostly(values, (v) => phonePattern.test(v) && (v.match(/\d/g)?.length ?? 0) >= 7))
    return free('phone') ? 'phone' : free('contactPhone') ? 'contactPhone' : '';
  for (const field of ['category', 'stage', 'agesServed', 'sectors'] as const) {
    if (
      free(field) &&
      mostly(
        values,
        (v) =>
          matchCell(field, v, choices[field], field === 'agesServed' || field === 'sectors').unmatched
            .length === 0,
      )
    )
      return field;
  }
  return '';
}

/**
 * A first guess at each column's field: what this organization chose for the same column name
 * last time, then the usual names for each field, then what the values look like. A field that
 * takes one column is given to the first column that claims it.
 */
export function suggestMapping(
  table: ImportTable,
  remembered: Record<string, string>,
  choices: ChoiceSets,
): string[] {
  const taken = new Set<string>();
  const claim = (key: string): string => {
    if (!key || !fieldOf(key)) return '';
    if (taken.has(key) && !isMulti(key)) return '';
    taken.add(key);
    return key;
  };
  const columns = table.headers.map((header) => {
    const remembers = remembered[normalise(header)];
    if (remembers !== undefined) return remembers === '' ? '' : claim(remembers);
    const name = normalise(header).replace(/ \d+$/, '');
    const known = importFieldKeys.find((key) => headerSynonyms[key].includes(name));
    return known ? claim(known) : null;
  });
  return columns.map(
    (column, index) => column ?? claim(guessFromValues(sampleOf(table, index), choices, taken)),
  );
}

/**
 * A column with more different values than this is not a vocabulary (a category, a stage, ages):
 * it is probably the wrong column, and its values are not offered one by one for mapping.
 */
export const vocabularyValueLimit = 150;

/** The distinct values of a column (as written, with how often), up to a limit. */
export function distinctValues(
  table: ImportTable,
  column: number,
  limit = vocabularyValueLimit,
): { values: { raw: string; count: number }[]; more: boolean } {
  const counts = new Map<string, { raw: string; count: number }>();
  let more = false;
  for (const row of table.rows) {
    const raw = row[column] ?? '';
    if (!raw) continue;
    const key = normalise(raw);
    const seen = counts.get(key);
    if (seen) seen.count += 1;
    else if (counts.size < limit) counts.set(key, { raw, count: 1 });
    else more = true;
  }
  return { values: [...counts.values()], more };
}

/** The parts of a vocabulary column's values that no word matched, for the person to map. */
export function unmatchedValues(
  field: VocabularyField,
  values: { raw: string; count: number }[],
  choices: Choice[],
): { raw: string; key: string; count: number }[] {
  const list = Boolean((fieldOf(field) as { list?: boolean }).list);
  const found = new Map<string, { raw: string; key: string; count: number }>();
  for (const { raw, count } of values) {
    for (const part of matchCell(field, raw, choices, list).unmatched) {
      const key = normalise(part);
      const seen = found.get(key);
      if (seen) seen.count += count;
      else found.set(key, { raw: part, key, count });
    }
  }
  return [...found.values()].sort((a, b) => b.count - a.count);
}
