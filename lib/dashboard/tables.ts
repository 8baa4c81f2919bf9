import { agesServed, assetCategories, interactionKinds, relationshipStages } from '@/db/schema/vocabulary';
import { formatMonth } from '@/lib/dates';
import { ageLabels, categoryLabels, stageLabels } from '@/lib/partners/vocabulary';
import { healthLabels } from '@/lib/relationships/health';
import { areaGapsTable } from './area-gaps-table';
import type { DashboardData, DashboardSection } from './load';
import { coverageMatrix, interactionKindLabels, pivotMonths } from './shape';

/**
 * The numbers behind each chart as rows and columns: the page shows them as an accessible table
 * and the CSV download writes exactly the same cells. Pure.
 */
export type DataTable = { columns: string[]; rows: (string | number)[][] };

export const noBranchLabel = 'No primary branch';

export const sectionTitles: Record<DashboardSection, string> = {
  headline: 'Headline numbers',
  funnel: 'Partners by stage',
  'stage-movements': 'Stage movements per month',
  coverage: 'Coverage: asset categories and ages served',
  branches: 'Partners per branch',
  'area-gaps': 'Gaps by area',
  interactions: 'Interactions per month',
  'going-cold': 'Going cold',
  themes: 'Top interview themes',
  'staff-activity': 'Staff activity',
};

export const headlineLabels = {
  partners: 'Partners',
  strong: 'Collaborating or sustained',
  newInPeriod: 'New this period',
  interviews: 'Interviews this period',
  overdueFollowUps: 'Overdue follow-ups',
} as const;

export function headlineTable(data: DashboardData['headline']): DataTable {
  return {
    columns: ['Measure', 'Count'],
    rows: (Object.keys(headlineLabels) as (keyof typeof headlineLabels)[]).map((key) => [
      headlineLabels[key],
      data[key],
    ]),
  };
}

export function funnelTable(data: DashboardData['funnel']): DataTable {
  return { columns: ['Stage', 'Partners'], rows: data.map((row) => [stageLabels[row.stage], row.partners]) };
}

export function movementsTable(data: DashboardData['stage-movements']): DataTable {
  const months = pivotMonths(data, relationshipStages);
  return {
    columns: [
      'Month',
      ...relationshipStages.map((stage) => `Into ${stageLabels[stage].toLowerCase()}`),
      'All moves',
    ],
    rows: months.map((m) => [
      formatMonth(m.month),
      ...relationshipStages.map((stage) => m.counts[stage]),
      m.total,
    ]),
  };
}

export function interactionsTable(data: DashboardData['interactions']): DataTable {
  const months = pivotMonths(data, interactionKinds);
  return {
    columns: ['Month', 'Interactions', ...interactionKinds.map((kind) => interactionKindLabels[kind])],
    rows: months.map((m) => [
      formatMonth(m.month),
      m.total,
      ...interactionKinds.map((kind) => m.counts[kind]),
    ]),
  };
}

export function branchesTable(data: DashboardData['branches']): DataTable {
  return {
    columns: ['Branch', 'Partners', 'Collaborating or sustained'],
    rows: data.map((row) => [row.branchName ?? noBranchLabel, row.partners, row.strong]),
  };
}

/** One row per scope and category: all branches first, then each branch, then partners with none. */
export function coverageTable(data: DashboardData['coverage']): DataTable {
  const scopes: { label: string; branchId?: string | null }[] = [
    { label: 'All branches' },
    ...data.branches.map((branch) => ({ label: branch.name, branchId: branch.id })),
  ];
  if (data.cells.some((cell) => !cell.allBranches && cell.branchId === null))
    scopes.push({ label: noBranchLabel, branchId: null });
  const rows: (string | number)[][] = [];
  for (const scope of scopes) {
    const matrix = coverageMatrix(data.cells, scope.branchId);
    for (const category of assetCategories) {
      rows.push([
        scope.label,
        categoryLabels[category],
        ...agesServed.map((age) => matrix.counts[category][age]),
        matrix.noAges[category],
      ]);
    }
  }
  return {
    columns: ['Branch', 'Asset category', ...agesServed.map((age) => ageLabels[age]), 'No ages recorded'],
    rows,
  };
}

export function goingColdTable(data: DashboardData['going-cold']): DataTable {
  return {
    columns: ['Partner', 'Health', 'Stage', 'Branch', 'Last contact'],
    rows: data.partners.map((row) => [
      row.name,
      healthLabels[row.health],
      stageLabels[row.stage],
      row.branchName ?? noBranchLabel,
      row.lastInteractionAt,
    ]),
  };
}

export function themesTable(data: DashboardData['themes']): DataTable {
  return { columns: ['Theme', 'Interviews'], rows: data.map((row) => [row.theme, row.interviews]) };
}

export function staffTable(data: DashboardData['staff-activity']): DataTable {
  return {
    columns: ['Staff member', 'Interactions', 'Interviews', 'Overdue follow-ups'],
    rows: (data ?? []).map((row) => [
      row.active ? row.name : `${row.name} (deactivated)`,
      row.interactions,
      row.interviews,
      row.overdueFollowUps,
    ]),
  };
}

/** The table of any section, for its download. */
export function sectionTable<K extends DashboardSection>(section: K, data: DashboardData[K]): DataTable {
  const builders: { [S in DashboardSection]: (value: DashboardData[S]) => DataTable } = {
    headline: headlineTable,
    funnel: funnelTable,
    'stage-movements': movementsTable,
    coverage: coverageTable,
    branches: branchesTable,
    'area-gaps': areaGapsTable,
    interactions: interactionsTable,
    'going-cold': goingColdTable,
    themes: themesTable,
    'staff-activity': staffTable,
  };
  return builders[section](data);
}
