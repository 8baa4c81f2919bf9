import { cx } from './cx';

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
  /** Names the table and the phone's list, for everyone: keep it short. */
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

const edge = 'px-5 sm:px-6';

/**
 * Rows of records: a table on wider screens and, on a phone, the same rows as stacked cards (a title,
 * a line, then labelled fields), so nothing needs scrolling sideways on a small screen.
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
  const title = columns.find((c) => c.rowHeader);
  const lines = columns.filter((c) => !c.rowHeader && c.phone === 'line');
  const fields = columns.filter((c) => !c.rowHeader && (c.phone ?? 'field') === 'field');
  const pad = (index: number) => (index === 0 || index === columns.length - 1 ? edge : 'px-3');
  return (
    <>
      {captionHidden ? null : (
        <p id={`${id}-cards`} className={cx('pt-4 pb-2 text-sm text-muted md:hidden', edge)}>
          {caption}
        </p>
      )}
      <ul
        className="divide-y divide-line md:hidden"
        aria-label={captionHidden ? caption : undefined}
        aria-labelledby={captionHidden ? undefined : `${id}-cards`}
      >
        {rows.map((row) => (
          <li key={rowKey(row)} className={cx('space-y-2 py-4', edge, rowClassName?.(row))}>
            {title ? <p>{title.cell(row)}</p> : null}
            {lines.length ? (
              <p className="flex flex-wrap items-center gap-2 text-sm">
                {lines.map((column) => (
                  <span key={column.header} className="min-w-0 break-words">
                    {column.cell(row)}
                  </span>
                ))}
              </p>
            ) : null}
            {fields.length ? (
              <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
                {fields.map((column) => (
                  <div key={column.header} className="contents">
                    <dt className="text-muted">{column.phoneLabel ?? column.header}</dt>
                    <dd className="min-w-0 break-words">{column.cell(row)}</dd>
                  </div>
                ))}
              </dl>
            ) : null}
          </li>
        ))}
      </ul>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
      <section className="hidden overflow-x-auto md:block" aria-labelledby={id} tabIndex={0}>
        <table className="w-full text-left text-sm">
          <caption id={id} className={captionHidden ? 'sr-only' : cx('pt-4 pb-2 text-left text-muted', edge)}>
            {caption}
          </caption>
          <thead className="border-b border-line bg-paper text-xs font-semibold tracking-wide text-muted uppercase">
            <tr>
              {columns.map((column, index) => (
                <th key={column.header} scope="col" className={cx('py-3', pad(index))}>
                  {column.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-line">
            {rows.map((row) => (
              <tr key={rowKey(row)} className={cx('align-top', rowClassName?.(row))}>
                {columns.map((column, index) => {
                  const className = cx('py-3', pad(index), column.className);
                  return column.rowHeader ? (
                    <th key={column.header} scope="row" className={cx('font-normal', className)}>
                      {column.cell(row)}
                    </th>
                  ) : (
                    <td key={column.header} className={className}>
                      {column.cell(row)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}
