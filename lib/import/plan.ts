import type { ImportTable } from '@/db/schema';
import {
  type Duplicate,
  type DuplicateDecision,
  defaultDecision,
  type ExistingPartner,
  findDuplicates,
} from './duplicates';
import type { ChoiceSets, ImportMapping } from './mapping';
import { type ContactInput, type PreparedRow, prepareRows } from './prepare';

type PartnerFields = NonNullable<PreparedRow['partner']>;

/** What the job does with one row. */
export type RowStep =
  | { kind: 'invalid'; row: PreparedRow }
  | { kind: 'skip'; row: PreparedRow; reason: string; mergedIntoIndex?: number }
  | { kind: 'create'; row: PreparedRow; partner: PartnerFields; contact: ContactInput | null }
  | {
      kind: 'merge';
      row: PreparedRow;
      partnerId: string;
      partner: PartnerFields;
      contact: ContactInput | null;
    };

const textFields = ['description', 'strengths', 'interests', 'address', 'website', 'phone', 'email'] as const;
const listFields = ['sectors', 'agesServed', 'priorityCommunities'] as const;
const choiceFields = ['primaryBranchId', 'ownerMembershipId', 'depth', 'formality'] as const;

/**
 * What a merge adds to a partner: only what it lacks (a blank text, a missing point, a branch or
 * liaison not yet chosen) and list entries it does not have. Nothing it holds is overwritten.
 */
export function mergePatch(
  target: { [K in keyof PartnerFields]?: K extends (typeof listFields)[number] ? string[] : unknown },
  source: PartnerFields,
): Partial<PartnerFields> {
  const patch: Record<string, unknown> = {};
  for (const field of textFields) if (!target[field] && source[field]) patch[field] = source[field];
  for (const field of listFields) {
    const have: string[] = target[field] ?? [];
    const added = source[field].filter((value) => !have.some((h) => h.toLowerCase() === value.toLowerCase()));
    if (added.length) patch[field] = [...have, ...added];
  }
  for (const field of choiceFields) if (!target[field] && source[field]) patch[field] = source[field];
  if ((target.latitude === null || target.latitude === undefined) && source.latitude !== null) {
    patch.latitude = source.latitude;
    patch.longitude = source.longitude;
  }
  return patch as Partial<PartnerFields>;
}

export type ImportPlan = { steps: RowStep[]; duplicates: Duplicate[]; rows: PreparedRow[] };

/**
 * The whole import decided, row by row, before anything is written: rows with problems stay out,
 * duplicates are merged, skipped or kept as the person chose (or by default), and a row merged into
 * an earlier row of the file folds into it here.
 */
export function planImport(
  input: {
    table: ImportTable;
    mapping: ImportMapping;
    fileName: string;
    decisions: Record<string, string> | null;
  },
  choices: ChoiceSets,
  existing: ExistingPartner[],
): ImportPlan {
  const rows = prepareRows(input.table, input.mapping, choices, input.fileName);
  const duplicates = findDuplicates(rows, existing);
  const byIndex = new Map(duplicates.map((d) => [d.index, d]));
  const steps: RowStep[] = rows.map((row) => {
    if (!row.partner) return { kind: 'invalid', row };
    const duplicate = byIndex.get(row.index);
    if (!duplicate) return { kind: 'create', row, partner: row.partner, contact: row.contact };
    const decision =
      (input.decisions?.[String(row.rowNumber)] as DuplicateDecision | undefined) ??
      defaultDecision(duplicate);
    if (decision === 'keep') return { kind: 'create', row, partner: row.partner, contact: row.contact };
    if (decision === 'skip')
      return { kind: 'skip', row, reason: `Skipped: looks like ${duplicate.match.name}.` };
    if (duplicate.match.kind === 'existing') {
      return {
        kind: 'merge',
        row,
        partnerId: duplicate.match.id,
        partner: row.partner,
        contact: row.contact,
      };
    }
    return {
      kind: 'skip',
      row,
      reason: `Merged into row ${duplicate.match.rowNumber}.`,
      mergedIntoIndex: duplicate.match.index,
    };
  });
  // Fold rows merged into an earlier row of the file into that row's partner.
  for (const step of steps) {
    if (step.kind !== 'skip' || step.mergedIntoIndex === undefined) continue;
    const target = steps[step.mergedIntoIndex]!;
    if (target.kind === 'skip' || target.kind === 'invalid') continue;
    steps[step.mergedIntoIndex] = {
      ...target,
      partner: { ...target.partner, ...mergePatch(target.partner, step.row.partner!) },
      contact: target.contact ?? step.row.contact,
    };
  }
  return { steps, duplicates, rows };
}

/** How many rows the plan creates, merges, skips and leaves out. */
export function planCounts(plan: ImportPlan) {
  const counts = { create: 0, merge: 0, skip: 0, invalid: 0 };
  for (const step of plan.steps) counts[step.kind] += 1;
  return counts;
}
