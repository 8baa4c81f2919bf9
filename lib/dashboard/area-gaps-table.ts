import { missingAgesInWords, missingCategoriesInWords } from '@/lib/areas/describe';
import type { DashboardData } from './load';
import type { DataTable } from './tables';

export const outsideLabel = 'In no area';

/** One row per area of the set counted, then the partners in none; the page and the CSV alike. */
export function areaGapsTable(data: DashboardData['area-gaps']): DataTable {
  const set = data.set?.name ?? '';
  // A viewer's counts leave hidden partners out (lib/areas/coverage.ts): no column for them.
  const hidden = !data.hiddenLeftOut;
  return {
    columns: [
      'Set of areas',
      'Area',
      'Partners',
      'Of them at an approximate point',
      ...(hidden ? ['Of them with location hidden'] : []),
      'Ages with no partner',
      'Kinds of partner missing',
    ],
    rows: [
      ...data.areas.map((area) => [
        set,
        area.name,
        area.partners,
        area.approximate,
        ...(hidden ? [area.hidden] : []),
        area.missingAges.length
          ? missingAgesInWords(area.missingAges).replace(/^no partners serving /, '')
          : 'None',
        area.missingCategories.length ? missingCategoriesInWords(area.missingCategories) : 'None',
      ]),
      ...(data.set ? [[set, outsideLabel, data.outside, '', ...(hidden ? [''] : []), '', '']] : []),
    ],
  };
}
