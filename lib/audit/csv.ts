import { csvBom, csvLine } from '@/lib/csv/cell';
import { localDateTime, today } from '@/lib/dates';
import { auditChanges, auditRecordName, describeAuditAction, describeEntityType } from './describe';
import type { AuditRow } from './queries';

/** The CSV's columns; the first names the organization's zone, which its times are in. */
export const auditCsvColumns = (timeZone: string) => [
  `When (${timeZone})`,
  'When (UTC, ISO 8601)',
  'Who',
  'Email',
  'What',
  'Action',
  'Record type',
  'Record',
  'Record ID',
  'Changes',
  'Before',
  'After',
];

/**
 * One audit entry as CSV cells, in the order of auditCsvColumns: when, as the organization's wall
 * clock (what a spreadsheet sorts and people read) and as the exact instant.
 */
export function auditCsvCells(row: AuditRow, timeZone: string): string[] {
  const changes = auditChanges(row.before, row.after)
    .map((change) => `${change.label}: ${change.before || '(empty)'} → ${change.after || '(empty)'}`)
    .join('\n');
  return [
    localDateTime(row.createdAt, timeZone),
    row.createdAt.toISOString(),
    row.actorName ?? 'System',
    row.actorEmail ?? '',
    describeAuditAction(row.action),
    row.action,
    describeEntityType(row.entityType),
    auditRecordName(row) ?? '',
    row.entityId,
    changes,
    row.before ? JSON.stringify(row.before) : '',
    row.after ? JSON.stringify(row.after) : '',
  ];
}

/** audit-log-2026-03-04.csv, dated today in the organization's zone. */
export function auditCsvFilename(timeZone: string, now = new Date()): string {
  return `audit-log-${today(timeZone, now)}.csv`;
}

/**
 * The CSV file as a stream, written batch by batch so a long log never sits in memory whole. It
 * starts with a byte-order mark so that Excel reads names with accents as UTF-8.
 */
export function auditCsvStream(
  batches: AsyncIterable<AuditRow[]>,
  timeZone: string,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = batches[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(`${csvBom}${csvLine(auditCsvColumns(timeZone))}`));
    },
    async pull(controller) {
      const next = await iterator.next();
      if (next.done) {
        controller.close();
        return;
      }
      controller.enqueue(
        encoder.encode(next.value.map((row) => csvLine(auditCsvCells(row, timeZone))).join('')),
      );
    },
    async cancel() {
      await iterator.return?.(undefined);
    },
  });
}
