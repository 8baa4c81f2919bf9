import type { GuideSection } from '@/db/schema';
import { csvBom, csvLineWithNumbers } from '@/lib/csv/cell';
import type { ArchiveRow, ArchiveTableKey, OrganizationArchive } from './format';
import { archivedColumns, plainTables } from './tables';

// The archive's CSV files: one per table, with the same field names as organization.json, for
// people who open the archive in a spreadsheet. Every cell goes through the shared formula guard.

const fileNames: Record<ArchiveTableKey, string> = {
  branches: 'branches.csv',
  staff: 'staff.csv',
  interviewGuides: 'interview-guides.csv',
  interviewGuideVersions: 'interview-guide-versions.csv',
  partners: 'partners.csv',
  contacts: 'contacts.csv',
  interviews: 'interviews.csv',
  interviewInterviewers: 'interview-interviewers.csv',
  referrals: 'referrals.csv',
  interactions: 'interactions.csv',
  interactionParticipants: 'interaction-participants.csv',
  followUps: 'follow-ups.csv',
  stageChanges: 'stage-changes.csv',
  resources: 'resources.csv',
  resourceHides: 'resource-hides.csv',
  areaSets: 'area-sets.csv',
  areas: 'areas.csv',
  auditEntries: 'audit-log.csv',
};

const fixedColumns: Partial<Record<ArchiveTableKey, string[]>> = {
  staff: [
    'id',
    'userId',
    'email',
    'name',
    'role',
    'homeBranchId',
    'active',
    'deactivatedAt',
    'lastSignInAt',
    'version',
    'createdAt',
    'updatedAt',
  ],
  resourceHides: ['builtinKey', 'hiddenByUserId', 'hiddenAt'],
};

function columnsOf(key: ArchiveTableKey): string[] {
  const fixed = fixedColumns[key];
  if (fixed) return fixed;
  return archivedColumns(plainTables[key as keyof typeof plainTables]);
}

/** A value as a spreadsheet cell: lists one per line, nested data as JSON, numbers as numbers. */
function cellOf(value: unknown): unknown {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value.join('\n');
  if (typeof value === 'object') return JSON.stringify(value);
  return value;
}

function csvOf(columns: string[], rows: ArchiveRow[]): string {
  return (
    csvBom +
    csvLineWithNumbers(columns) +
    rows.map((row) => csvLineWithNumbers(columns.map((c) => cellOf(row[c])))).join('')
  );
}

/** Each kept answer on its own line, beside the question as it was asked (readable without the JSON). */
function answersCsv(archive: OrganizationArchive): string {
  const versions = new Map(archive.interviewGuideVersions.map((v) => [v.id, v.sections as GuideSection[]]));
  const rows: ArchiveRow[] = [];
  for (const interview of archive.interviews) {
    const answers = (interview.answers ?? {}) as Record<string, unknown>;
    for (const section of versions.get(interview.guideVersionId) ?? []) {
      for (const question of section.questions) {
        if (!(question.id in answers)) continue;
        const answer = answers[question.id];
        rows.push({
          interviewId: interview.id,
          heldOn: interview.heldOn,
          section: section.title,
          questionId: question.id,
          question: question.prompt,
          answer: Array.isArray(answer) ? answer.join('\n') : answer,
        });
      }
    }
  }
  return csvOf(['interviewId', 'heldOn', 'section', 'questionId', 'question', 'answer'], rows);
}

/** The archive's CSV files, name and content, one at a time (so only one is held as text at once). */
export function* archiveCsvFiles(archive: OrganizationArchive): Generator<[string, string]> {
  const organization = archive.organization;
  yield ['organization.csv', csvOf(Object.keys(organization), [organization])];
  for (const [key, name] of Object.entries(fileNames) as [ArchiveTableKey, string][]) {
    yield [name, csvOf(columnsOf(key), archive[key])];
    if (key === 'interviews') yield ['interview-answers.csv', answersCsv(archive)];
  }
}
