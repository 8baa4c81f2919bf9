import {
  type AgeServed,
  type AssetCategory,
  agesServed,
  assetCategories,
  type RelationshipStage,
  relationshipStages,
  type Sector,
  sectors,
} from '@/db/schema/vocabulary';
import { type HealthLevel, healthLevels } from '@/lib/relationships/health-levels';

/**
 * The partner filters shared by the map, the partner list and the exports. They live in the address
 * bar (repeated keys for several values), so a filtered view can be sent to a colleague as a link.
 * Pure: safe in the browser and on the server.
 */
export type PartnerFilter = {
  q: string;
  stages: RelationshipStage[];
  categories: AssetCategory[];
  sectors: Sector[];
  ages: AgeServed[];
  /** Branch ids, or 'none' for partners with no primary branch. */
  branches: string[];
  /** Membership ids of the staff liaison, or 'none' for partners with no owner. */
  owners: string[];
  /** Relationship health against the organization's cadence (lib/relationships/health-levels.ts). */
  health: HealthLevel[];
  /** Archived partners are left out unless asked for. */
  archived: 'exclude' | 'include' | 'only';
};

export const emptyFilter: PartnerFilter = {
  q: '',
  stages: [],
  categories: [],
  sectors: [],
  ages: [],
  branches: [],
  owners: [],
  health: [],
  archived: 'exclude',
};

const keys = {
  q: 'q',
  stages: 'stage',
  categories: 'category',
  sectors: 'sector',
  ages: 'ages',
  branches: 'branch',
  owners: 'owner',
  health: 'health',
  archived: 'archived',
} as const;

type ParamSource = URLSearchParams | Record<string, string | string[] | undefined>;

function all(source: ParamSource, key: string): string[] {
  if (source instanceof URLSearchParams) return source.getAll(key);
  const value = source[key];
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

const idPattern = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|none)$/i;

function pick<T extends string>(values: string[], allowed: readonly T[]): T[] {
  return [...new Set(values.filter((v): v is T => (allowed as readonly string[]).includes(v)))];
}

/** Reads a filter from the address bar; unknown values are dropped rather than refused. */
export function parsePartnerFilter(source: ParamSource): PartnerFilter {
  const archived = all(source, keys.archived)[0];
  return {
    q: (all(source, keys.q)[0] ?? '').trim().slice(0, 200),
    stages: pick(all(source, keys.stages), relationshipStages),
    categories: pick(all(source, keys.categories), assetCategories),
    sectors: pick(all(source, keys.sectors), sectors),
    ages: pick(all(source, keys.ages), agesServed),
    branches: [...new Set(all(source, keys.branches).filter((v) => idPattern.test(v)))],
    owners: [...new Set(all(source, keys.owners).filter((v) => idPattern.test(v)))],
    health: pick(all(source, keys.health), healthLevels),
    archived: archived === 'include' || archived === 'only' ? archived : 'exclude',
  };
}

/** Writes a filter for the address bar, leaving out what is empty or default. */
export function partnerFilterToSearchParams(filter: PartnerFilter): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.q) params.set(keys.q, filter.q);
  for (const field of ['stages', 'categories', 'sectors', 'ages', 'branches', 'owners', 'health'] as const) {
    for (const value of filter[field]) params.append(keys[field], value);
  }
  if (filter.archived !== 'exclude') params.set(keys.archived, filter.archived);
  return params;
}

export function isFilterEmpty(filter: PartnerFilter): boolean {
  return partnerFilterToSearchParams(filter).toString() === '';
}
