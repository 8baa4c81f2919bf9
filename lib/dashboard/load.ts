import 'server-only';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { branches, memberships, organizations, users } from '@/db/schema';
import { areaGaps } from '@/lib/areas/coverage';
import type { MemberRole } from '@/lib/auth/roles';
import { roleAtLeast } from '@/lib/auth/roles';
import { today as todayIn } from '@/lib/dates';
import { interactionsPerMonth, interviewThemes, staffActivity, stageMovements } from './activity-queries';
import type { ScopeNames } from './csv';
import type { DashboardFilter, Period } from './filters';
import { coverageCells, goingCold, headlineNumbers, partnersPerBranch, stageFunnel } from './partner-queries';
import { partnerScope, type Scope } from './sql';

/** Who is asking, and the organization's time zone: its today, days and months (lib/dates). */
export type DashboardCaller = { orgId: string; role: MemberRole; timeZone: string };

/** Staff activity names people: only managers and admins see it ("dashboards show counts, not people"). */
export function canSeeStaffActivity(role: MemberRole): boolean {
  return roleAtLeast(role, 'manager');
}

export const goingColdLimit = 10;
export const themeLimit = 12;

async function cadenceOf(db: Db, orgId: string): Promise<number> {
  const [org] = await db
    .select({ cadence: organizations.healthCadenceDays })
    .from(organizations)
    .where(eq(organizations.id, orgId));
  return org?.cadence ?? 90;
}

/** The branch and liaison a filter names, in words (for file names), looked up in the caller's organization. */
export async function scopeNames(
  db: Db,
  caller: DashboardCaller,
  filter: DashboardFilter,
): Promise<ScopeNames> {
  const branchId = filter.branch;
  const ownerId = filter.owner;
  const [branch] =
    branchId && branchId !== 'none'
      ? await db
          .select({ name: branches.name })
          .from(branches)
          .where(and(eq(branches.orgId, caller.orgId), eq(branches.id, branchId)))
      : [];
  const [owner] =
    ownerId && ownerId !== 'none'
      ? await db
          .select({ name: users.name })
          .from(memberships)
          .innerJoin(users, eq(users.id, memberships.userId))
          .where(and(eq(memberships.orgId, caller.orgId), eq(memberships.id, ownerId)))
      : [];
  return {
    branch: branchId === 'none' ? 'No primary branch' : (branch?.name ?? null),
    owner: ownerId === 'none' ? 'No liaison' : (owner?.name ?? null),
  };
}

export async function listDashboardBranches(db: Db, orgId: string) {
  return db
    .select({ id: branches.id, name: branches.name })
    .from(branches)
    .where(eq(branches.orgId, orgId))
    .orderBy(sql`lower(${branches.name})`, asc(branches.id));
}

/** Each section's loader, by the key its CSV download uses. */
function sectionLoaders(db: Db, scope: Scope, caller: DashboardCaller, now: Date, full: boolean) {
  const today = todayIn(caller.timeZone, now);
  return {
    headline: () => headlineNumbers(db, scope, today),
    funnel: () => stageFunnel(db, scope),
    'stage-movements': () => stageMovements(db, scope),
    coverage: async () => ({
      cells: await coverageCells(db, scope),
      branches: await listDashboardBranches(db, caller.orgId),
    }),
    branches: () => partnersPerBranch(db, scope),
    'area-gaps': () => areaGaps(db, caller, { condition: partnerScope(scope.filter, 'p') }),
    interactions: () => interactionsPerMonth(db, scope),
    'going-cold': async () =>
      goingCold(db, scope, {
        cadenceDays: await cadenceOf(db, caller.orgId),
        today,
        // The download lists every cold or cooling partner; the page the longest-waiting few.
        limit: full ? 10_000 : goingColdLimit,
      }),
    themes: () => interviewThemes(db, scope, full ? 500 : themeLimit),
    'staff-activity': async () => (canSeeStaffActivity(caller.role) ? staffActivity(db, scope, today) : null),
  };
}

type Loaders = ReturnType<typeof sectionLoaders>;
export type DashboardSection = keyof Loaders;
export type DashboardData = { [K in DashboardSection]: Awaited<ReturnType<Loaders[K]>> };

export const dashboardSections = [
  'headline',
  'funnel',
  'stage-movements',
  'coverage',
  'branches',
  'area-gaps',
  'interactions',
  'going-cold',
  'themes',
  'staff-activity',
] as const satisfies readonly DashboardSection[];

export function isDashboardSection(value: string): value is DashboardSection {
  return (dashboardSections as readonly string[]).includes(value);
}

/**
 * Every section of the dashboard for the caller's organization. The sections are asked for four at
 * a time: PostgreSQL runs them side by side on the pool's connections (at 100,000 partners they took
 * three seconds one after another, decision 0012); the embedded database, with one connection,
 * takes them in turn.
 */
export async function loadDashboard(
  db: Db,
  caller: DashboardCaller,
  filter: DashboardFilter,
  period: Period,
  now = new Date(),
): Promise<DashboardData> {
  const loaders = sectionLoaders(db, { ctx: caller, filter, period }, caller, now, false);
  // Four at a time: a dashboard should not hold every connection of the pool (db/client.ts) while
  // other pages wait.
  const loaded: unknown[] = [];
  let next = 0;
  const worker = async () => {
    while (next < dashboardSections.length) {
      const i = next++;
      loaded[i] = await loaders[dashboardSections[i]!]();
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
  return Object.fromEntries(dashboardSections.map((section, i) => [section, loaded[i]])) as DashboardData;
}

/** One section, in full, for its CSV download. */
export async function loadSection<K extends DashboardSection>(
  db: Db,
  caller: DashboardCaller,
  section: K,
  filter: DashboardFilter,
  period: Period,
  now = new Date(),
): Promise<DashboardData[K]> {
  const loaders = sectionLoaders(db, { ctx: caller, filter, period }, caller, now, true);
  return (await loaders[section]()) as DashboardData[K];
}
