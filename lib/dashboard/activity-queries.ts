import 'server-only';
import { sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import type { InteractionKind, RelationshipStage } from '@/db/schema/vocabulary';
import { localMonth } from '@/lib/dates/sql';
import { monthSeries, partnerJoin, partnerScope, periodInstants, rowsOf, type Scope } from './sql';

// What happened in the period: stage moves, interactions, interview themes and who did the work.
// Months are the organization's calendar months, in its time zone (a stage move at 10 PM on 31 March
// in Los Angeles counts in March); every month of the period is listed, empty ones included.

export type MonthCount<K extends string> = { month: string; key: K | null; count: number };

/** Moves into each stage per month (a partner's starting stage counts as a move into it). */
export async function stageMovements(db: Db, { ctx, filter, period }: Scope) {
  const { start, end } = periodInstants(period, ctx.timeZone);
  return rowsOf<MonthCount<RelationshipStage>>(
    db,
    sql`with months as (${monthSeries(period)}),
      moves as (
        select ${localMonth(sql`sc.changed_at`, ctx.timeZone)} as m, sc.to_stage as key, count(*)::int as n
        from stage_changes sc
        ${partnerJoin(filter, sql`join partners p on p.id = sc.partner_id and p.org_id = sc.org_id`)}
        where sc.org_id = ${ctx.orgId} and sc.changed_at >= ${start} and sc.changed_at < ${end}
          and ${partnerScope(filter, 'p')}
        group by 1, 2)
      select to_char(months.m, 'YYYY-MM') as month, moves.key, coalesce(moves.n, 0) as count
      from months left join moves on moves.m = months.m
      order by months.m, moves.key`,
  );
}

/** Interactions per month and kind, by the day they happened. */
export async function interactionsPerMonth(db: Db, { ctx, filter, period }: Scope) {
  return rowsOf<MonthCount<InteractionKind>>(
    db,
    sql`with months as (${monthSeries(period)}),
      counted as (
        select date_trunc('month', i.occurred_on::timestamp) as m, i.kind as key, count(*)::int as n
        from interactions i
        ${partnerJoin(filter, sql`join partners p on p.id = i.partner_id and p.org_id = i.org_id`)}
        where i.org_id = ${ctx.orgId}
          and i.occurred_on between ${period.from}::date and ${period.to}::date
          and ${partnerScope(filter, 'p')}
        group by 1, 2)
      select to_char(months.m, 'YYYY-MM') as month, counted.key, coalesce(counted.n, 0) as count
      from months left join counted on counted.m = months.m
      order by months.m, counted.key`,
  );
}

export type ThemeRow = { theme: string; interviews: number };

/**
 * The themes of interviews completed in the period, most frequent first. Themes are free tags, so
 * spellings that differ only in case or spacing count as one, shown as the most used spelling.
 */
export async function interviewThemes(db: Db, { ctx, filter, period }: Scope, limit: number) {
  return rowsOf<ThemeRow>(
    db,
    sql`with tagged as (
        select iv.id, btrim(t.theme) as theme
        from interviews iv
        cross join lateral unnest(iv.themes) as t(theme)
        ${partnerJoin(filter, sql`left join partners p on p.id = iv.partner_id and p.org_id = iv.org_id`)}
        where iv.org_id = ${ctx.orgId} and iv.status = 'complete'
          and iv.held_on between ${period.from}::date and ${period.to}::date
          and ${partnerScope(filter, 'p')})
      select mode() within group (order by theme) as theme, count(distinct id)::int as interviews
      from tagged where theme <> ''
      group by lower(theme)
      order by interviews desc, lower(mode() within group (order by theme))
      limit ${limit}`,
  );
}

export type StaffRow = {
  membershipId: string;
  name: string;
  active: boolean;
  interactions: number;
  interviews: number;
  overdueFollowUps: number;
};

/**
 * Per staff member: interactions they took part in and interviews they held (completed) in the
 * period, and their open follow-ups past due today. Deactivated members appear only when they
 * have something to count. For managers and admins: the caller checks the role.
 */
export async function staffActivity(db: Db, { ctx, filter, period }: Scope, today: string) {
  return rowsOf<StaffRow>(
    db,
    sql`with took_part as (
        select ip.membership_id, count(*)::int as n
        from interaction_participants ip
        join interactions i on i.id = ip.interaction_id and i.org_id = ip.org_id
        ${partnerJoin(filter, sql`join partners p on p.id = i.partner_id and p.org_id = i.org_id`)}
        where ip.org_id = ${ctx.orgId}
          and i.occurred_on between ${period.from}::date and ${period.to}::date
          and ${partnerScope(filter, 'p')}
        group by 1),
      interviewed as (
        select ii.membership_id, count(*)::int as n
        from interview_interviewers ii
        join interviews iv on iv.id = ii.interview_id and iv.org_id = ii.org_id
        ${partnerJoin(filter, sql`left join partners p on p.id = iv.partner_id and p.org_id = iv.org_id`)}
        where ii.org_id = ${ctx.orgId} and iv.status = 'complete'
          and iv.held_on between ${period.from}::date and ${period.to}::date
          and ${partnerScope(filter, 'p')}
        group by 1),
      overdue as (
        select f.assignee_membership_id as membership_id, count(*)::int as n
        from follow_ups f
        left join interviews iv on iv.id = f.interview_id and iv.org_id = f.org_id
        ${partnerJoin(filter, sql`left join partners p on p.id = coalesce(f.partner_id, iv.partner_id) and p.org_id = f.org_id`)}
        where f.org_id = ${ctx.orgId} and f.status = 'open' and f.due_on < ${today}::date
          and ${partnerScope(filter, 'p')}
        group by 1)
      select m.id as "membershipId", u.name, m.active,
        coalesce(tp.n, 0) as interactions, coalesce(iv.n, 0) as interviews,
        coalesce(o.n, 0) as "overdueFollowUps"
      from memberships m
      join users u on u.id = m.user_id
      left join took_part tp on tp.membership_id = m.id
      left join interviewed iv on iv.membership_id = m.id
      left join overdue o on o.membership_id = m.id
      where m.org_id = ${ctx.orgId}
        and (m.active or tp.n is not null or iv.n is not null or o.n is not null)
      order by coalesce(tp.n, 0) + coalesce(iv.n, 0) desc, lower(u.name), m.id`,
  );
}
