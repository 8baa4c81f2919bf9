import type { DashboardData } from '@/lib/dashboard/load';
import { coverageMatrix } from '@/lib/dashboard/shape';
import { noBranchLabel } from '@/lib/dashboard/tables';
import { CoverageTable, NoAgesNote } from './coverage-matrix';

/**
 * The organization's matrix, then one per branch (closed until opened, open when printing). With a
 * branch chosen in the filters, that branch's matrix alone.
 */
export function CoverageMatrices({
  data,
  branchFilter,
}: {
  data: DashboardData['coverage'];
  branchFilter: string | null;
}) {
  if (branchFilter) {
    const name =
      branchFilter === 'none'
        ? noBranchLabel
        : (data.branches.find((branch) => branch.id === branchFilter)?.name ?? 'This branch');
    const matrix = coverageMatrix(data.cells, branchFilter === 'none' ? null : branchFilter);
    return (
      <>
        <CoverageTable matrix={matrix} caption={name} />
        <NoAgesNote matrix={matrix} />
      </>
    );
  }
  const all = coverageMatrix(data.cells);
  const hasUnbranched = data.cells.some((cell) => !cell.allBranches && cell.branchId === null);
  const scopes = [
    ...data.branches.map((branch) => ({
      key: branch.id,
      name: branch.name,
      branchId: branch.id as string | null,
    })),
    ...(hasUnbranched ? [{ key: 'none', name: noBranchLabel, branchId: null }] : []),
  ];
  return (
    <>
      <CoverageTable matrix={all} caption="All branches" />
      <NoAgesNote matrix={all} />
      {scopes.length > 1 ? (
        <div className="mt-4 space-y-2">
          <h3 className="text-base font-semibold">By branch</h3>
          {scopes.map((scope) => {
            const matrix = coverageMatrix(data.cells, scope.branchId);
            return (
              <details key={scope.key} data-print-open className="rounded-md border border-line">
                <summary className="cursor-pointer px-3 py-2 text-sm font-medium text-brand-700">
                  {scope.name}: {matrix.emptyCells} empty of 36
                </summary>
                <div className="border-t border-line px-3 py-3">
                  <CoverageTable matrix={matrix} caption={scope.name} />
                  <NoAgesNote matrix={matrix} />
                </div>
              </details>
            );
          })}
        </div>
      ) : null}
    </>
  );
}
