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

/** dashboard-coverage-2025-12-01-to-2026-11-28.csv */
export function dashboardCsvFilename(section: string, period: Period): string {
  return `dashboard-${section}-${period.from}-to-${period.to}.csv`;
}
