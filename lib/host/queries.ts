import 'server-only';
import { asc, count, desc, eq, max, notInArray, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import {
  auditEntries,
  hostAudit,
  interviews,
  memberships,
  organizations,
  partners,
  users,
} from '@/db/schema';

/** What the host sees of a library system: its size and when it was last used, never its records. */
export type SystemSummary = {
  id: string;
  name: string;
  timeZone: string;
  createdAt: Date;
  suspendedAt: Date | null;
  /** When its deletion takes effect, while one is scheduled (decision 0025). */
  deletionScheduledAt: Date | null;
  members: number;
  partners: number;
  interviews: number;
  /** The latest sign-in or change recorded in its audit log (sign-ins are recorded there too). */
  lastActivityAt: Date | null;
};

/** Per organization: how many rows, and the latest of a time column. */
async function perOrganization(
  db: Db,
  table: typeof partners | typeof interviews | typeof memberships | typeof auditEntries,
  latest?: typeof memberships.lastSignInAt | typeof auditEntries.createdAt,
) {
  const where =
    table === memberships
      ? eq(memberships.active, true)
      : table === auditEntries
        ? // The host's own suspending, reopening and deleting is not the system being used.
          notInArray(auditEntries.action, [
            'organization.suspend',
            'organization.reopen',
            'organization.delete_schedule',
            'organization.delete_cancel',
          ])
        : undefined;
  const rows = await db
    .select({ orgId: table.orgId, n: count(), latest: latest ? max(latest) : sql<null>`null` })
    .from(table)
    .where(where)
    .groupBy(table.orgId);
  return new Map(rows.map((row) => [row.orgId, row]));
}

function later(a: Date | string | null | undefined, b: Date | string | null | undefined): Date | null {
  const times = [a, b].filter(Boolean).map((value) => new Date(value as Date | string));
  return times.length ? new Date(Math.max(...times.map((time) => time.getTime()))) : null;
}

export async function listLibrarySystems(db: Db): Promise<SystemSummary[]> {
  const [orgs, members, partnerCounts, interviewCounts, activity] = await Promise.all([
    db
      .select({
        id: organizations.id,
        name: organizations.name,
        timeZone: organizations.timeZone,
        createdAt: organizations.createdAt,
        suspendedAt: organizations.suspendedAt,
        deletionScheduledAt: organizations.deletionScheduledAt,
      })
      .from(organizations)
      .orderBy(asc(organizations.name)),
    perOrganization(db, memberships, memberships.lastSignInAt),
    perOrganization(db, partners),
    perOrganization(db, interviews),
    perOrganization(db, auditEntries, auditEntries.createdAt),
  ]);
  return orgs.map((org) => ({
    ...org,
    members: members.get(org.id)?.n ?? 0,
    partners: partnerCounts.get(org.id)?.n ?? 0,
    interviews: interviewCounts.get(org.id)?.n ?? 0,
    lastActivityAt: later(members.get(org.id)?.latest, activity.get(org.id)?.latest),
  }));
}

export type HostAuditRow = {
  id: string;
  action: string;
  actorName: string | null;
  details: Record<string, unknown>;
  createdAt: Date;
};

/** The latest host actions, newest first. */
export async function listHostAudit(db: Db, limit = 50): Promise<HostAuditRow[]> {
  return db
    .select({
      id: hostAudit.id,
      action: hostAudit.action,
      actorName: users.name,
      details: hostAudit.details,
      createdAt: hostAudit.createdAt,
    })
    .from(hostAudit)
    .leftJoin(users, eq(users.id, hostAudit.actorUserId))
    .orderBy(desc(hostAudit.createdAt))
    .limit(limit);
}
