import type { DataTable } from '@/lib/dashboard/tables';

/** The numbers behind a chart: the first column names each row, the rest are counts. */
export function NumbersTable({ table, caption }: { table: DataTable; caption: string }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard
    <section className="relative overflow-x-auto" aria-label={`Numbers: ${caption}`} tabIndex={0}>
      <table className="w-full border-collapse text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-line text-left">
            {table.columns.map((column, i) => (
              <th
                key={column}
                scope="col"
                className={i === 0 ? 'py-2 pr-4 font-semibold' : 'px-2 py-2 text-right font-semibold'}
              >
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, r) => (
            // Rows are fixed for one render; their first cell may repeat (a branch per category).
            // biome-ignore lint/suspicious/noArrayIndexKey: the table is rendered once, never reordered
            <tr key={r} className="border-b border-line/70 last:border-0">
              {row.map((cell, i) =>
                i === 0 ? (
                  <th key={table.columns[i]} scope="row" className="py-1.5 pr-4 text-left font-normal">
                    {cell}
                  </th>
                ) : (
                  <td key={table.columns[i]} className="px-2 py-1.5 text-right tabular-nums">
                    {cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
