import { z } from 'zod';
import type { ImportTable } from '@/db/schema';
import { createContactSchema, createPartnerSchema, type PartnerInput } from '@/lib/partners/validation';
import { fieldOf, type ImportFieldKey, normalise, type VocabularyField } from './fields';
import type { ChoiceSets, ImportMapping } from './mapping';
import { matchCell } from './values';

export type ContactInput = {
  name: string;
  role: string;
  email: string;
  phone: string;
  preferredLanguage: string;
  notes: string;
};
export type RowProblem = { column: string; value: string; message: string };

/** A row of the file as it will be saved, or the problems that keep it out. */
export type PreparedRow = {
  index: number;
  rowNumber: number;
  partner: Omit<PartnerInput, 'referralId'> | null;
  contact: ContactInput | null;
  problems: RowProblem[];
};

// The partner form's fields each import field fills (zod reports problems by these names).
const formFieldOf: Partial<Record<ImportFieldKey, string>> = {
  branch: 'primaryBranchId',
  owner: 'ownerMembershipId',
  coordinates: 'latitude',
};

/** Reads a number people wrote: "47.61", "47,61" (a decimal comma), "−122.3". */
function numberText(value: string): string {
  return value
    .replace(/\u2212/g, '-')
    .replace(/^(-?\d+),(\d+)$/, '$1.$2')
    .trim();
}

function columnsOf(mapping: ImportMapping, key: ImportFieldKey): number[] {
  return mapping.columns.flatMap((field, index) => (field === key ? [index] : []));
}

/**
 * Applies the mapping to one row: joins split columns, matches vocabulary values (with the
 * person's own choices for the ones no word matched), and checks the result with the very rules
 * the partner form uses. Problems name the column they came from.
 */
export function prepareRow(
  table: ImportTable,
  index: number,
  mapping: ImportMapping,
  choices: ChoiceSets,
  fileName: string,
): PreparedRow {
  const row = table.rows[index]!;
  const rowNumber = table.rowNumbers[index]!;
  const problems: RowProblem[] = [];
  const headerOf = (key: ImportFieldKey) =>
    columnsOf(mapping, key)
      .map((c) => table.headers[c])
      .join(', ') || fieldOf(key)!.label;
  const cellsOf = (key: ImportFieldKey) =>
    columnsOf(mapping, key)
      .map((c) => ({ header: table.headers[c]!, value: row[c] ?? '' }))
      .filter((cell) => cell.value !== '');
  const joined = (key: ImportFieldKey, separator: string, labelled = false) => {
    const cells = cellsOf(key);
    if (labelled && cells.length > 1)
      return cells.map((cell) => `${cell.header}: ${cell.value}`).join(separator);
    return cells.map((cell) => cell.value).join(separator);
  };

  const vocabulary = (field: VocabularyField): string[] => {
    const keys: string[] = [];
    const own = mapping.values[field] ?? {};
    const list = Boolean((fieldOf(field) as { list?: boolean }).list);
    for (const cell of cellsOf(field)) {
      const found = matchCell(field, cell.value, choices[field], list);
      keys.push(...found.keys);
      for (const part of found.unmatched) {
        const chosen = own[normalise(part)];
        if (chosen === undefined) {
          problems.push({
            column: cell.header,
            value: part,
            message: `“${part}” is not a ${fieldOf(field)!.label.toLowerCase()} we know; map it on the columns step, or fix the file.`,
          });
        } else if (chosen) keys.push(chosen);
      }
    }
    return [...new Set(keys)];
  };

  const values: Record<string, unknown> = {};
  values.name = joined('name', ' ');
  const [category] = vocabulary('category');
  values.category = category ?? mapping.defaults.category;
  const [stage] = vocabulary('stage');
  values.stage = stage ?? mapping.defaults.stage;
  if (values.stage === 'ended') values.endedReason = `Marked as ended in ${fileName}.`;
  values.sectors = vocabulary('sectors');
  values.agesServed = vocabulary('agesServed');
  values.priorityCommunities = cellsOf('priorityCommunities').flatMap((cell) => cell.value.split(/[;,|\n]+/));
  values.description = joined('description', '\n\n', true);
  values.strengths = joined('strengths', '\n\n', true);
  values.interests = joined('interests', '\n\n', true);
  const [depth] = vocabulary('depth');
  values.depth = depth ?? '';
  const [formality] = vocabulary('formality');
  values.formality = formality ?? '';
  const [branch] = vocabulary('branch');
  values.primaryBranchId = branch ?? mapping.defaults.branchId;
  const [owner] = vocabulary('owner');
  values.ownerMembershipId = owner ?? '';
  values.website = joined('website', ' ');
  values.phone = joined('phone', ' ');
  values.email = joined('email', ' ');
  values.address = joined('address', ', ');
  const coordinates = joined('coordinates', ' ');
  values.latitude = numberText(coordinates || joined('latitude', ' '));
  values.longitude = coordinates ? '' : numberText(joined('longitude', ' '));
  const [precision] = vocabulary('locationPrecision');
  // A person is never pinned exactly: unless the file says otherwise, their place is approximate.
  values.locationPrecision = precision ?? (values.category === 'individual' ? 'approximate' : 'exact');

  // A category the file gives but no word matched is already a problem of its own.
  if (!values.category && cellsOf('category').length === 0) {
    problems.push({
      column: headerOf('category'),
      value: '',
      message: 'No category: choose one for rows without a category on the columns step.',
    });
  }
  const parsed = createPartnerSchema.safeParse(values);
  if (!parsed.success) {
    const errors = z.flattenError(parsed.error).fieldErrors as Record<string, string[] | undefined>;
    for (const [formField, messages] of Object.entries(errors)) {
      if (formField === 'category' && !values.category) continue;
      const key = (Object.entries(formFieldOf).find(([, name]) => name === formField)?.[0] ??
        formField) as ImportFieldKey;
      const fromColumns = columnsOf(mapping, key);
      const source = key === 'latitude' && columnsOf(mapping, 'coordinates').length ? 'coordinates' : key;
      problems.push({
        column: fromColumns.length || source !== key ? headerOf(source) : (fieldOf(key)?.label ?? formField),
        value: String(values[formField] ?? ''),
        message: messages?.[0] ?? 'This value can’t be used.',
      });
    }
  }

  const contactValues = {
    name: joined('contactName', ' '),
    role: joined('contactRole', ' '),
    email: joined('contactEmail', ' '),
    phone: joined('contactPhone', ' '),
    preferredLanguage: joined('contactLanguage', ' '),
    notes: joined('contactNotes', '\n\n', true),
  };
  let contact: ContactInput | null = null;
  if (Object.values(contactValues).some(Boolean)) {
    const checked = createContactSchema.safeParse({ ...contactValues, partnerId: 'import' });
    if (checked.success) {
      const { partnerId: _partner, shareWithViewers: _share, ...rest } = checked.data;
      contact = rest;
    } else {
      const errors = z.flattenError(checked.error).fieldErrors as Record<string, string[] | undefined>;
      const contactKey: Record<string, ImportFieldKey> = {
        name: 'contactName',
        role: 'contactRole',
        email: 'contactEmail',
        phone: 'contactPhone',
        preferredLanguage: 'contactLanguage',
        notes: 'contactNotes',
      };
      for (const [field, messages] of Object.entries(errors)) {
        const key = contactKey[field] ?? 'contactName';
        problems.push({
          column: headerOf(key),
          value: String(contactValues[field as keyof typeof contactValues] ?? ''),
          message:
            field === 'name'
              ? 'This row has details of a contact but not their name.'
              : (messages?.[0] ?? 'This value can’t be used.'),
        });
      }
    }
  }
  return {
    index,
    rowNumber,
    partner: parsed.success && problems.length === 0 ? parsed.data : null,
    contact: problems.length === 0 ? contact : null,
    problems,
  };
}

/** Every row of the file, prepared. */
export function prepareRows(
  table: ImportTable,
  mapping: ImportMapping,
  choices: ChoiceSets,
  fileName: string,
): PreparedRow[] {
  return table.rows.map((_, index) => prepareRow(table, index, mapping, choices, fileName));
}

/** Problems with the mapping itself, by field: shown beside the choices on the columns step. */
export function mappingProblems(table: ImportTable, mapping: ImportMapping): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  const add = (key: string, message: string) => {
    errors[key] = [...(errors[key] ?? []), message];
  };
  if (mapping.columns.length !== table.headers.length)
    add('columns', 'The columns changed; reload the page.');
  if (!mapping.columns.includes('name')) add('columns', 'Choose the column that holds each partner’s name.');
  const counts = new Map<string, number[]>();
  mapping.columns.forEach((key, index) => {
    if (key) counts.set(key, [...(counts.get(key) ?? []), index]);
  });
  for (const [key, indexes] of counts) {
    const field = fieldOf(key);
    if (indexes.length > 1 && !(field && 'multi' in field && field.multi)) {
      for (const index of indexes)
        add(`column-${index}`, `Only one column can be the ${field?.label.toLowerCase()}.`);
    }
  }
  const coordinates = counts.has('coordinates');
  if (coordinates && (counts.has('latitude') || counts.has('longitude'))) {
    add('columns', 'Use either one column with latitude and longitude together, or one column for each.');
  }
  if (counts.has('latitude') !== counts.has('longitude')) {
    add(
      'columns',
      counts.has('latitude')
        ? 'You chose a latitude column: choose the longitude column too.'
        : 'You chose a longitude column: choose the latitude column too.',
    );
  }
  const categoryColumns = counts.get('category') ?? [];
  const emptyCategory = table.rows.some((row) => categoryColumns.every((c) => !row[c]));
  if (emptyCategory && !mapping.defaults.category) {
    add(
      'defaults.category',
      categoryColumns.length
        ? 'Some rows have no category: choose one for them.'
        : 'No column holds a category: choose one for every row.',
    );
  }
  return errors;
}
