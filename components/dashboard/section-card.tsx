import { Card } from '@/components/ui/card';
import type { DataTable } from '@/lib/dashboard/tables';
import { NumbersTable } from './data-table';

type Props = {
  id: string;
  title: string;
  description: React.ReactNode;
  /** The numbers behind the chart, shown on request (and always when printing). */
  table?: DataTable;
  /** The section's CSV download, with the same filters. */
  csvHref?: string;
  /** Shown instead of the chart when there is nothing to draw. */
  empty?: React.ReactNode;
  className?: string;
  children?: React.ReactNode;
};

/** One dashboard section: heading, what it counts, the chart, its numbers and their download. */
export function SectionCard({ id, title, description, table, csvHref, empty, className, children }: Props) {
  return (
    <Card aria-labelledby={`${id}-heading`} className={`dashboard-section min-w-0 ${className ?? ''}`}>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h2 id={`${id}-heading`} className="text-lg font-semibold text-ink">
          {title}
        </h2>
        {csvHref ? (
          // Named by its text, the section said to screen readers only: what is seen is what is
          // said (WCAG 2.5.3, label in name).
          <a href={csvHref} download className="no-print relative text-sm font-medium">
            Download CSV<span className="sr-only"> of {title.toLowerCase()}</span>
          </a>
        ) : null}
      </div>
      <div className="mt-1 text-sm text-muted">{description}</div>
      <div className="mt-4">{empty ?? children}</div>
      {table && !empty ? (
        <details data-print-open className="dashboard-numbers mt-4 rounded-md border border-line">
          <summary className="cursor-pointer px-3 py-2 text-sm font-medium text-brand-700">
            Show the numbers
          </summary>
          <div className="border-t border-line px-3 py-2">
            <NumbersTable table={table} caption={title} />
          </div>
        </details>
      ) : null}
    </Card>
  );
}
