import type { AgeServed, AssetCategory } from '@/db/schema/vocabulary';
import { ageLabels, categoryLabels } from '@/lib/partners/vocabulary';

// An area's count and gaps in one sentence, for the map's list, the dashboard table and print.

function listInWords(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

export function partnersInWords(n: number): string {
  return n === 1 ? '1 partner' : `${n} partners`;
}

export function missingAgesInWords(missing: readonly AgeServed[]): string {
  if (missing.length === 0) return 'every age served';
  return `no partners serving ${listInWords(missing.map((age) => ageLabels[age].toLowerCase()))}`;
}

export function missingCategoriesInWords(missing: readonly AssetCategory[]): string {
  return listInWords(missing.map((category) => categoryLabels[category].toLowerCase()));
}

/** "Casino Road: 2 partners; no partners serving teens or older adults". */
export function describeArea(area: {
  name: string;
  partners: number;
  missingAges: readonly AgeServed[];
}): string {
  if (area.partners === 0) return `${area.name}: no partners`;
  return `${area.name}: ${partnersInWords(area.partners)}; ${missingAgesInWords(area.missingAges)}`;
}
