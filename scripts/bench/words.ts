import type { AssetCategory, InteractionKind, RelationshipStage } from '@/db/schema/vocabulary';

// The words and proportions the benchmark data is made of.

export const stageWeights: [RelationshipStage, number][] = [
  ['identified', 0.2],
  ['reached_out', 0.2],
  ['connected', 0.25],
  ['collaborating', 0.15],
  ['sustained', 0.1],
  ['paused', 0.06],
  ['ended', 0.04],
];
/** Interactions over the year by stage (low, high): about twenty a partner over all stages. */
export const interactionsByStage: Record<RelationshipStage, [number, number]> = {
  identified: [0, 4],
  reached_out: [8, 16],
  connected: [16, 28],
  collaborating: [28, 40],
  sustained: [34, 46],
  paused: [10, 20],
  ended: [10, 20],
};
/** The usual way along, stage by stage. */
export const stagePath: RelationshipStage[] = [
  'identified',
  'reached_out',
  'connected',
  'collaborating',
  'sustained',
];
export const kinds: InteractionKind[] = [
  'meeting',
  'call',
  'email',
  'email',
  'event',
  'joint_program',
  'other',
];
export const categoryWeights: [AssetCategory, number][] = [
  ['individual', 0.15],
  ['association', 0.25],
  ['institution', 0.3],
  ['physical_space', 0.1],
  ['local_economy', 0.12],
  ['culture_stories', 0.08],
];
export const nouns: Record<Exclude<AssetCategory, 'individual' | 'local_economy'>, string[]> = {
  association: [
    'Garden Club',
    'Rotary Club',
    'Neighborhood Association',
    'Chess Club',
    "Quilters' Guild",
    'Youth Soccer League',
    'Lions Club',
    'Running Club',
    'Parents Network',
    'Mutual Aid Group',
  ],
  institution: [
    'Elementary School',
    'Middle School',
    'High School',
    'Community College',
    'Senior Services',
    'Food Bank',
    'Family Resource Center',
    'Health Clinic',
    'Boys & Girls Club',
    'WorkSource Office',
  ],
  physical_space: ['Community Center', 'Park', 'Grange Hall', 'Market Pavilion', 'Teen Center', 'Skate Park'],
  culture_stories: [
    'Historical Society',
    'Arts Council',
    'Community Radio',
    'Heritage Museum',
    'Storytellers',
    'Folk Dance Troupe',
  ],
};
export const shops = [
  'Hardware',
  'Bakery',
  'Coffee',
  'Credit Union',
  'Auto Repair',
  'Books',
  'Grocery',
  'Tacos',
];
export const quarters = ['North', 'South', 'East', 'West', 'Central', 'Old Town', 'Harbor', 'Hillside'];
export const firstNames = [
  'Ana',
  'Ben',
  'Chen',
  'Dana',
  'Eli',
  'Fatima',
  'Grace',
  'Hiro',
  'Iris',
  'Jorge',
  'Kim',
  'Lena',
];
export const lastNames = [
  'Garcia',
  'Nguyen',
  'Smith',
  'Yusuf',
  'Kowalski',
  'Begay',
  'Okafor',
  'Larsen',
  'Patel',
  'Reyes',
];
export const streets = [
  'Main',
  'Pine',
  'Cedar',
  'Maple',
  'Lake',
  'Hill',
  'Park',
  'Division',
  'Broadway',
  'Mill',
];
export const themes = [
  'transport',
  'childcare',
  'digital access',
  'language',
  'housing costs',
  'youth spaces',
  'trust',
];
export const notes = [
  'Met to plan the next program together.',
  'Quick call to confirm dates.',
  'Sent the flyer and sign-up link.',
  'Tabled together at the community fair.',
  'Talked about what their members need this season.',
];
