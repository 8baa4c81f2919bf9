import { type CoverageMatrix, coverageCellCount } from '@/lib/dashboard/shape';
import {
  type AgeServed,
  ageLabels,
  agesServed,
  assetCategories,
  categoryLabels,
} from '@/lib/partners/vocabulary';

// Short column heads so six ages fit on a phone; the full words are the headers' accessible names.
const shortAges: Record<AgeServed, string> = {
  early_childhood: '0–5',
  children: '6–11',
  teens: '12–18',
  adults: 'Adults',
  older_adults: 'Older adults',
  families: 'Families',
};

/**
 * Asset categories against ages served. An empty cell is a gap: it reads "None", is hatched and
 * outlined, so it stands out without colour; counts are plain numbers.
 */
export function CoverageTable({ matrix, caption }: { matrix: CoverageMatrix; caption: string }) {
  return (
    <>
      <p className="mb-2 text-sm text-muted" aria-hidden="true">
        {caption}: {matrix.emptyCells} of {coverageCellCount} combinations have no partner.
      </p>
      {/* Scrolls sideways on a phone; focusable so the keyboard can scroll it too. */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard */}
      <section className="relative overflow-x-auto" aria-label={`Coverage, ${caption}`} tabIndex={0}>
        <table className="w-full min-w-[34rem] table-fixed border-separate border-spacing-1 text-sm">
          <caption className="sr-only">
            {caption}: {matrix.emptyCells} of {coverageCellCount} combinations have no partner.
          </caption>
          <thead>
            <tr>
              <th scope="col" className="w-36 text-left font-semibold">
                Category
              </th>
              {agesServed.map((age) => (
                <th key={age} scope="col" className="px-1 text-center font-semibold">
                  <span aria-hidden="true">{shortAges[age]}</span>
                  <span className="sr-only">{ageLabels[age]}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {assetCategories.map((category) => (
              <tr key={category}>
                <th scope="row" className="pr-2 text-left font-normal whitespace-nowrap">
                  {categoryLabels[category]}
                </th>
                {agesServed.map((age) => {
                  const count = matrix.counts[category][age];
                  return count === 0 ? (
                    <td
                      key={age}
                      className="coverage-gap rounded border border-dashed border-amber-700 bg-amber-50 px-2 py-2 text-center text-xs font-medium text-amber-950 italic"
                    >
                      None
                    </td>
                  ) : (
                    <td
                      key={age}
                      className="rounded border border-brand-200 bg-brand-50 px-2 py-2 text-center font-semibold text-brand-900 tabular-nums"
                    >
                      {count}
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

/** How many partners have no ages recorded, which the matrix cannot place. */
export function NoAgesNote({ matrix }: { matrix: CoverageMatrix }) {
  const total = Object.values(matrix.noAges).reduce((sum, n) => sum + n, 0);
  if (total === 0) return null;
  return (
    <p className="mt-2 text-sm text-muted">
      {total === 1 ? '1 partner has' : `${total} partners have`} no ages served recorded and{' '}
      {total === 1 ? 'is' : 'are'} not counted above.
    </p>
  );
}
