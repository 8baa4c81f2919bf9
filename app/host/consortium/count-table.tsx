import { type ShownCount, shownCountText } from '@/lib/consortium/suppress';

/** Two columns (a label, a suppressed count), narrow enough for a phone as it is. */
export function CountTable({
  id,
  caption,
  labelHeader,
  rows,
}: {
  id: string;
  caption: string;
  labelHeader: string;
  rows: { key: string; label: string; count: ShownCount; note?: string }[];
}) {
  return (
    <table aria-labelledby={id} className="w-full text-left text-sm">
      <caption id={id} className="mb-2 text-left text-lg font-semibold text-ink">
        {caption}
      </caption>
      <thead>
        <tr className="border-b border-line text-muted">
          <th scope="col" className="py-2 pr-3 font-medium">
            {labelHeader}
          </th>
          <th scope="col" className="py-2 text-right font-medium">
            Partners
          </th>
        </tr>
      </thead>
      <tbody className="divide-y divide-line">
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row" className="py-2 pr-3 font-normal">
              {row.label}
              {row.note ? <span className="block text-xs text-muted">{row.note}</span> : null}
            </th>
            <td className="py-2 text-right tabular-nums whitespace-nowrap">{shownCountText(row.count)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
