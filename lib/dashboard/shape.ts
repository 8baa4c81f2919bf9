import {
  type AgeServed,
  type AssetCategory,
  agesServed,
  assetCategories,
  type InteractionKind,
} from '@/db/schema/vocabulary';
import type { MonthCount } from './activity-queries';
import type { CoverageCell } from './partner-queries';

// Turns the rows the section queries return into the shapes charts and tables read. Pure.

/** The words for interaction kinds, as the dashboard shows them. */
export const interactionKindLabels: Record<InteractionKind, string> = {
  meeting: 'Meeting',
  call: 'Call',
  email: 'Email',
  event: 'Event or outreach table',
  joint_program: 'Joint program',
  interview: 'Interview',
  other: 'Other',
};

export type MonthRow<K extends string> = { month: string; counts: Record<K, number>; total: number };

/** One row per month (in order, empty months kept) with a count for every key. */
export function pivotMonths<K extends string>(rows: MonthCount<K>[], keys: readonly K[]): MonthRow<K>[] {
  const months = new Map<string, MonthRow<K>>();
  for (const row of rows) {
    let entry = months.get(row.month);
    if (!entry) {
      entry = {
        month: row.month,
        counts: Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>,
        total: 0,
      };
      months.set(row.month, entry);
    }
    if (row.key && keys.includes(row.key)) {
      entry.counts[row.key] += row.count;
      entry.total += row.count;
    }
  }
  return [...months.values()];
}

export type CoverageMatrix = {
  /** counts[category][age]: partners of that category serving that age. */
  counts: Record<AssetCategory, Record<AgeServed, number>>;
  /** Partners per category with no ages recorded. */
  noAges: Record<AssetCategory, number>;
  /** Cells with no partner at all: the gaps. */
  emptyCells: number;
};

/**
 * The matrix for all branches together (`branchId` undefined) or for one branch (an id, or null
 * for partners with no primary branch). Every category and age is present, zero when empty.
 */
export function coverageMatrix(cells: CoverageCell[], branchId?: string | null): CoverageMatrix {
  const counts = Object.fromEntries(
    assetCategories.map((category) => [category, Object.fromEntries(agesServed.map((age) => [age, 0]))]),
  ) as CoverageMatrix['counts'];
  const noAges = Object.fromEntries(
    assetCategories.map((category) => [category, 0]),
  ) as CoverageMatrix['noAges'];
  for (const cell of cells) {
    if (branchId === undefined ? !cell.allBranches : cell.allBranches || cell.branchId !== branchId) continue;
    if (!(cell.category in counts)) continue;
    if (cell.age === null) noAges[cell.category] += cell.partners;
    else if (cell.age in counts[cell.category]) counts[cell.category][cell.age] += cell.partners;
  }
  const emptyCells = assetCategories.reduce(
    (sum, category) => sum + agesServed.filter((age) => counts[category][age] === 0).length,
    0,
  );
  return { counts, noAges, emptyCells };
}

export const coverageCellCount = assetCategories.length * agesServed.length;
