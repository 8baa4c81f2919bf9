import 'server-only';
import type { Db } from '@/db/client';
import type { ImportJob } from '@/db/schema';
import { agesText, categoryLabels, labelOf, stageLabels } from '@/lib/partners/vocabulary';
import { importFields, vocabularyFields } from './fields';
import { importLimits } from './limits';
import { distinctValues, type ImportMapping, suggestMapping, unmatchedValues } from './mapping';
import { planCounts, planImport } from './plan';
import { loadChoices, loadExistingPartners, rememberedColumns } from './queries';

type Ctx = { orgId: string };

/** Everything the columns step shows: each column with examples, the suggestions, and the choices. */
export async function mappingView(db: Db, ctx: Ctx, job: ImportJob) {
  const choices = await loadChoices(db, ctx);
  const saved = job.mapping as ImportMapping | null;
  const columns = saved?.columns ?? suggestMapping(job.table, await rememberedColumns(db, ctx), choices);
  const samples = job.table.headers.map((_, column) => {
    const examples: string[] = [];
    for (const row of job.table.rows) {
      const cell = row[column] ?? '';
      if (cell && !examples.includes(cell)) examples.push(cell.length > 60 ? `${cell.slice(0, 57)}…` : cell);
      if (examples.length >= 3) break;
    }
    return examples;
  });
  // For each column, its distinct values and the ones each vocabulary would leave unmatched.
  const unmatched: Record<string, Record<string, { raw: string; key: string; count: number }[]>> = {};
  job.table.headers.forEach((_, column) => {
    const { values, more } = distinctValues(job.table, column);
    unmatched[column] = {};
    if (more) return;
    for (const field of vocabularyFields) {
      const open = unmatchedValues(field, values, choices[field]);
      if (open.length) unmatched[column]![field] = open;
    }
  });
  return {
    headers: job.table.headers,
    samples,
    columns,
    unmatched,
    values: saved?.values ?? {},
    defaults: saved?.defaults ?? { category: '', stage: 'identified', branchId: '' },
    choices: Object.fromEntries(
      vocabularyFields.map((f) => [f, choices[f].map(({ value, label }) => ({ value, label }))]),
    ),
    fields: importFields.map((f) => ({
      key: f.key,
      label: f.label,
      group: f.group,
      multi: 'multi' in f && Boolean(f.multi),
    })),
    notes: job.table.notes,
    unit: job.table.unit,
    rowCount: job.table.rows.length,
  };
}

export type MappingView = Awaited<ReturnType<typeof mappingView>>;

/** The review: what will be saved, what cannot be, and what looks like a partner already there. */
export async function reviewView(db: Db, ctx: Ctx, job: ImportJob) {
  const choices = await loadChoices(db, ctx);
  const existing = await loadExistingPartners(db, ctx);
  const existingName = new Map(existing.map((p) => [p.id, p.name]));
  const plan = planImport(
    {
      table: job.table,
      mapping: job.mapping as ImportMapping,
      fileName: job.fileName,
      decisions: job.decisions,
    },
    choices,
    existing,
  );
  const branchName = new Map(choices.branch.map((b) => [b.value, b.label]));
  const ownerName = new Map(choices.owner.map((o) => [o.value, o.label]));
  const preview = plan.steps
    .filter((step) => step.kind === 'create' || step.kind === 'merge' || step.kind === 'skip')
    .slice(0, importLimits.previewRows)
    .map((step) => {
      const row = step.row;
      const p = step.kind === 'skip' ? row.partner! : step.partner;
      const action =
        step.kind === 'create'
          ? 'A new partner'
          : step.kind === 'merge'
            ? `Merged into ${existingName.get(step.partnerId) ?? 'a partner you have'}`
            : step.reason;
      return {
        rowNumber: row.rowNumber,
        action,
        name: p.name,
        category: labelOf(categoryLabels, p.category),
        stage: labelOf(stageLabels, p.stage),
        ages: agesText(p.agesServed),
        place:
          p.latitude !== null
            ? `${p.latitude.toFixed(5)}, ${p.longitude!.toFixed(5)}`
            : p.address
              ? `${p.address} (to look up)`
              : '',
        branch: p.primaryBranchId ? (branchName.get(p.primaryBranchId) ?? '') : '',
        owner: p.ownerMembershipId ? (ownerName.get(p.ownerMembershipId) ?? '') : '',
        contact: row.contact
          ? [row.contact.name, row.contact.role, row.contact.email].filter(Boolean).join(' · ')
          : '',
        website: p.website,
      };
    });
  const problems = plan.rows.flatMap((row) =>
    row.problems.map((problem) => ({ rowNumber: row.rowNumber, ...problem })),
  );
  const rowsOf = new Map(plan.rows.map((row) => [row.index, row]));
  const duplicates = plan.duplicates.map((d) => ({
    rowNumber: rowsOf.get(d.index)!.rowNumber,
    name: rowsOf.get(d.index)!.partner!.name,
    match: d.match,
    reasons: d.reasons,
    strong: d.strong,
    decision: (job.decisions?.[String(rowsOf.get(d.index)!.rowNumber)] ?? (d.strong ? 'merge' : 'keep')) as
      | 'merge'
      | 'skip'
      | 'keep',
  }));
  return {
    counts: planCounts(plan),
    preview,
    problems,
    duplicates,
    total: plan.rows.length,
    unit: job.table.unit,
    notes: job.table.notes,
  };
}

export type ReviewView = Awaited<ReturnType<typeof reviewView>>;

/** The problems of every row, for the CSV download: the row's own cells come along to fix it by. */
export async function problemRows(db: Db, ctx: Ctx, job: ImportJob) {
  const choices = await loadChoices(db, ctx);
  const plan = planImport(
    {
      table: job.table,
      mapping: job.mapping as ImportMapping,
      fileName: job.fileName,
      decisions: job.decisions,
    },
    choices,
    [],
  );
  const header = [
    job.table.unit === 'place' ? 'Place' : 'Row',
    'Column',
    'Value',
    'Problem',
    ...job.table.headers,
  ];
  const lines = plan.rows.flatMap((row) =>
    row.problems.map((p) => [row.rowNumber, p.column, p.value, p.message, ...job.table.rows[row.index]!]),
  );
  return { header, lines };
}
