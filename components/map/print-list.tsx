import type { MapPoint } from '@/lib/map/payload';
import { categoryLabels, stageLabels } from '@/lib/partners/vocabulary';

/** More than this many names would fill pages no board member reads: the rest are counted. */
const listedAtMost = 300;

function count(n: number, one: string, many: string) {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}

/** The printed map's list: the partners in its view by name, with their stage and category. */
export function PrintList({
  points,
  hidden,
  unplaced,
  columns,
}: {
  points: MapPoint[];
  hidden: number;
  unplaced: number;
  /** Three on a landscape sheet, two on a portrait one. */
  columns: 2 | 3;
}) {
  const listed = points.slice(0, listedAtMost);
  return (
    <section aria-label="Partners in view" className="text-xs">
      <h3 className="text-sm font-semibold">{count(points.length, 'partner', 'partners')} in view</h3>
      <ol className={`mt-1 gap-4 ${columns === 3 ? 'columns-3' : 'columns-2'}`}>
        {listed.map((p) => (
          <li key={p.id} className="break-inside-avoid">
            {p.name}{' '}
            <span className="text-muted">
              ({stageLabels[p.stage]}, {categoryLabels[p.category]}
              {p.approximate ? ', approximate' : ''})
            </span>
          </li>
        ))}
      </ol>
      {points.length > listed.length ? (
        <p className="mt-1">
          …and {count(points.length - listed.length, 'more partner', 'more partners')}, on the map.
        </p>
      ) : null}
      {hidden || unplaced ? (
        <p className="mt-1 text-muted">
          {hidden
            ? `${count(hidden, 'partner matches', 'partners match')} whose location is hidden; not drawn. `
            : ''}
          {unplaced ? `${count(unplaced, 'partner has', 'partners have')} no location yet.` : ''}
        </p>
      ) : null}
    </section>
  );
}
