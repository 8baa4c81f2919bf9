import type { DashboardData } from '@/lib/dashboard/load';
import { pivotMonths } from '@/lib/dashboard/shape';
import { noBranchLabel } from '@/lib/dashboard/tables';
import { formatMonth } from '@/lib/dates';
import { type RelationshipStage, relationshipStages, stageLabels } from '@/lib/partners/vocabulary';
import { interactionKinds } from '@/lib/relationships/vocabulary';
import type { CategoryDatum, Series } from './bar-chart';

// Plain numbers for the chart components, from the section data. Pure.

// Stage colours from light to dark along the path, paused and ended apart; the legend and the
// table name every stage, so colour is never the only way to tell them.
const stageColors: Record<RelationshipStage, string> = {
  identified: '#9aa5a2',
  reached_out: '#5b9bd5',
  connected: '#2f8579',
  collaborating: '#17574f',
  sustained: '#0b2e2a',
  paused: '#d4a017',
  ended: '#b23b3b',
};

export const stageSeries: Series[] = relationshipStages.map((stage) => ({
  key: stage,
  label: stageLabels[stage],
  color: stageColors[stage],
}));

export function funnelData(funnel: DashboardData['funnel']): CategoryDatum[] {
  return funnel.map((row) => ({ label: stageLabels[row.stage], value: row.partners }));
}

export function movementData(rows: DashboardData['stage-movements']) {
  return pivotMonths(rows, relationshipStages).map((m) => ({ label: formatMonth(m.month), ...m.counts }));
}

export function interactionData(rows: DashboardData['interactions']) {
  return pivotMonths(rows, interactionKinds).map((m) => ({ label: formatMonth(m.month), total: m.total }));
}

export function branchData(rows: DashboardData['branches']): CategoryDatum[] {
  return rows.map((row) => ({ label: row.branchName ?? noBranchLabel, value: row.partners }));
}

export function themeData(rows: DashboardData['themes']): CategoryDatum[] {
  return rows.map((row) => ({ label: row.theme, value: row.interviews }));
}
