import { csvBom, csvLine } from '@/lib/csv/cell';
import type { Period } from './filters';
import type { DataTable } from './tables';

/**
 * A section's numbers as a CSV file (RFC 4180, CRLF, a byte-order mark so Excel reads accents), with
 * every cell guarded against spreadsheet formulas: theme and partner names are typed by people.
 */
export function dashboardCsv(table: DataTable): string {
  return `${csvBom}${csvLine(table.columns)}${table.rows.map((row) => csvLine(row)).join('')}`;
}

function slug(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'unnamed'
  );
}

/** Which partners the numbers are about, in words: the branch and the liaison chosen, if any. */
export type ScopeNames = { branch: string | null; owner: string | null };

/**
 * "partners-by-stage_lynnwood-branch_2025-12-01-to-2026-11-28.csv": what the numbers are, for which
 * branch (and liaison), over which days, so that a file in a downloads folder says what it holds.
 */
export function dashboardCsvFilename(title: string, period: Period, scope: ScopeNames): string {
  const parts = [slug(title), scope.branch ? slug(scope.branch) : 'all-branches'];
  if (scope.owner) parts.push(`liaison-${slug(scope.owner)}`);
  parts.push(`${period.from}-to-${period.to}`);
  return `${parts.join('_')}.csv`;
}
