import { csvBom, csvLine } from '@/lib/csv/cell';
import { auditChanges, auditRecordName, describeAuditAction, describeEntityType } from './describe';
import type { AuditRow } from './queries';

export const auditCsvColumns = [
  'When (UTC)',
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
] as const;

/** One audit entry as CSV cells, in the order of auditCsvColumns. */
export function auditCsvCells(row: AuditRow): string[] {
  const changes = auditChanges(row.before, row.after)
    .map((change) => `${change.label}: ${change.before || '(empty)'} → ${change.after || '(empty)'}`)
    .join('\n');
  return [
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

/** audit-log-2026-03-04.csv, dated in UTC like the entries inside. */
export function auditCsvFilename(now = new Date()): string {
  return `audit-log-${now.toISOString().slice(0, 10)}.csv`;
}

/**
 * The CSV file as a stream, written batch by batch so a long log never sits in memory whole. It
 * starts with a byte-order mark so that Excel reads names with accents as UTF-8.
 */
export function auditCsvStream(batches: AsyncIterable<AuditRow[]>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = batches[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(`${csvBom}${csvLine(auditCsvColumns)}`));
    },
    async pull(controller) {
      const next = await iterator.next();
      if (next.done) {
        controller.close();
        return;
      }
      controller.enqueue(encoder.encode(next.value.map((row) => csvLine(auditCsvCells(row))).join('')));
    },
    async cancel() {
      await iterator.return?.(undefined);
    },
  });
}
