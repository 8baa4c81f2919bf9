import 'server-only';
import { sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import {
  type AgeServed,
  type AssetCategory,
  agesServed,
  assetCategories,
  type RelationshipStage,
  relationshipStages,
} from '@/db/schema/vocabulary';
import { rowsOf } from '@/lib/dashboard/sql';
import { type ShownCount, suppressCount, suppressDistribution } from './suppress';

/**
 * The host's consortium view (decision 0025): counts over every library system that chose to share
 * them (and is not suspended), summed across systems, never one system's figures, never a name.
 * Partners are counted as the dashboard counts them: every partner not archived, hidden places
 * included (a forgotten person's partner is archived, so not counted).
 */
export type ConsortiumFigures = {
  systems: ShownCount;
  partners: ShownCount;
  byStage: { stage: RelationshipStage; partners: ShownCount }[];
  byCategory: { category: AssetCategory; partners: ShownCount }[];
  /**
   * Per age served: how many partners serve it, and which kinds of partner none of them is; null
   * when the count is suppressed, since the kinds that do serve it would bound it (four kinds
   * serving an age that has "fewer than 5" partners would mean exactly four).
   */
  byAge: { age: AgeServed; partners: ShownCount; missingCategories: AssetCategory[] | null }[];
  interviews: { total: ShownCount; lastTwelveMonths: ShownCount };
};

/** Sharing and open: the systems whose figures the view adds up. */
const sharing = sql`(select id from organizations where consortium_sharing and suspended_at is null)`;

type Raw = {
  systems: number;
  stages: { key: RelationshipStage; n: number }[];
  categories: { key: AssetCategory; n: number }[];
  ages: { key: AgeServed; n: number }[];
  cells: { category: AssetCategory; age: AgeServed }[];
  interviews: { total: number; recent: number };
};

/** The raw sums, before suppression: only for consortiumFigures and its tests. */
export async function consortiumSums(db: Db): Promise<Raw> {
  const live = sql`p.org_id in ${sharing} and p.archived_at is null`;
  const [systems, stages, categories, ages, cells, interviews] = await Promise.all([
    rowsOf<{ n: number }>(db, sql`select count(*)::int as n from ${sharing} s`),
    rowsOf<{ key: RelationshipStage; n: number }>(
      db,
      sql`select p.stage::text as key, count(*)::int as n from partners p where ${live} group by p.stage`,
    ),
    rowsOf<{ key: AssetCategory; n: number }>(
      db,
      sql`select p.category::text as key, count(*)::int as n from partners p where ${live} group by p.category`,
    ),
    rowsOf<{ key: AgeServed; n: number }>(
      db,
      sql`select a.age as key, count(distinct p.id)::int as n
        from partners p cross join lateral unnest(p.ages_served) as a(age)
        where ${live} group by a.age`,
    ),
    rowsOf<{ category: AssetCategory; age: AgeServed }>(
      db,
      sql`select distinct p.category::text as category, a.age
        from partners p cross join lateral unnest(p.ages_served) as a(age) where ${live}`,
    ),
    // Held (complete), by the interview's date; the last twelve months end today in UTC (the host is
    // in no library's zone, and a day either way changes nothing a consortium reads here).
    rowsOf<{ total: number; recent: number }>(
      db,
      sql`select count(*)::int as total,
          (count(*) filter (where iv.held_on > (now() at time zone 'UTC')::date - interval '12 months'))::int as recent
        from interviews iv where iv.org_id in ${sharing} and iv.status = 'complete'`,
    ),
  ]);
  return {
    systems: systems[0]?.n ?? 0,
    stages,
    categories,
    ages,
    cells,
    interviews: interviews[0] ?? { total: 0, recent: 0 },
  };
}

function countOf<K extends string>(rows: { key: K; n: number }[], key: K): number {
  return rows.find((row) => row.key === key)?.n ?? 0;
}

export async function consortiumFigures(db: Db): Promise<ConsortiumFigures> {
  const raw = await consortiumSums(db);
  const stageCounts = relationshipStages.map((stage) => countOf(raw.stages, stage));
  const categoryCounts = assetCategories.map((category) => countOf(raw.categories, category));
  const stageShown = suppressDistribution(stageCounts);
  const categoryShown = suppressDistribution(categoryCounts);
  const covered = new Set(raw.cells.map((cell) => `${cell.category}/${cell.age}`));
  return {
    systems: suppressCount(raw.systems),
    partners: suppressCount(stageCounts.reduce((sum, n) => sum + n, 0)),
    byStage: relationshipStages.map((stage, i) => ({ stage, partners: stageShown[i]! })),
    byCategory: assetCategories.map((category, i) => ({ category, partners: categoryShown[i]! })),
    // A partner serves several ages, so these add up to no total shown: each stands alone.
    byAge: agesServed.map((age) => {
      const partners = suppressCount(countOf(raw.ages, age));
      return {
        age,
        partners,
        missingCategories:
          partners.kind === 'exact'
            ? assetCategories.filter((category) => !covered.has(`${category}/${age}`))
            : null,
      };
    }),
    interviews: {
      total: suppressCount(raw.interviews.total),
      lastTwelveMonths: suppressCount(raw.interviews.recent),
    },
  };
}
