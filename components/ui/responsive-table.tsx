export type Column<T> = {
  header: string;
  cell: (row: T) => React.ReactNode;
  /** The cell that names the row: the row header in the table, the title of each card on a phone. */
  rowHeader?: boolean;
  /**
   * On a phone: 'field' (the default) is a labelled line of the card; 'line' goes just under the
   * title without a label (the 'line' cells share one line); 'none' leaves it out.
   */
  phone?: 'field' | 'line' | 'none';
  /** A shorter label for the phone's card, where the header is long. */
  phoneLabel?: string;
  /** Classes for the table's cells of this column (widths, wrapping). */
  className?: string;
};

type Props<T> = {
  /** Names the table, for everyone: keep it short. */
  caption: string;
  /** Used to tie the caption to the scrolling region: unique on the page. */
  id: string;
  captionHidden?: boolean;
  columns: Column<T>[];
  rows: T[];
  rowKey: (row: T) => string;
  /** For rows that should stand apart (archived, deactivated). */
  rowClassName?: (row: T) => string | undefined;
};

// On a phone each row is a card, from `md` up a table row: one markup for both, styled by
// `.pa-rtable` in app/globals.css, so a page of rows is rendered and sent once (decision 0012).
// Some browsers drop a table's implied roles once its parts are displayed as blocks: they are
// spelled out (spread, as the linter would otherwise call them redundant).
const roles = {
  table: { role: 'table' },
  rowgroup: { role: 'rowgroup' },
  row: { role: 'row' },
  columnheader: { role: 'columnheader' },
  rowheader: { role: 'rowheader' },
  cell: { role: 'cell' },
} as const;

/**
 * Rows of records: a table on wider screens and, on a phone, the same rows as stacked cards, so
 * nothing needs scrolling sideways on a small screen.
 */
export function ResponsiveTable<T>({
  caption,
  id,
  captionHidden = false,
  columns,
  rows,
  rowKey,
  rowClassName,
}: Props<T>) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
    <section className="overflow-x-auto" aria-labelledby={id} tabIndex={0}>
      <table {...roles.table} className="pa-rtable">
        <caption id={id} className={captionHidden ? 'sr-only' : undefined}>
          {caption}
        </caption>
        <thead {...roles.rowgroup}>
          <tr {...roles.row}>
            {columns.map((column) => (
              <th key={column.header} {...roles.columnheader} scope="col">
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody {...roles.rowgroup}>
          {rows.map((row) => (
            <tr key={rowKey(row)} {...roles.row} className={rowClassName?.(row)}>
              {columns.map((column) =>
                column.rowHeader ? (
                  <th key={column.header} {...roles.rowheader} scope="row" className={column.className}>
                    {column.cell(row)}
                  </th>
                ) : (
                  <Cell key={column.header} column={column} row={row} />
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function Cell<T>({ column, row }: { column: Column<T>; row: T }) {
  const phone = column.phone ?? 'field';
  return phone === 'field' ? (
    // The label is the card's on a phone (CSS `attr()`); the span keeps the value one grid item.
    <td {...roles.cell} data-label={column.phoneLabel ?? column.header} className={column.className}>
      <span>{column.cell(row)}</span>
    </td>
  ) : (
    <td {...roles.cell} data-phone={phone} className={column.className}>
      {column.cell(row)}
    </td>
  );
}
