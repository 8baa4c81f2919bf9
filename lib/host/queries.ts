import 'server-only';
import { asc, desc, eq, sql } from 'drizzle-orm';
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
  members: number;
  partners: number;
  interviews: number;
  /** The latest sign-in or change recorded in its audit log (sign-ins are recorded there too). */
  lastActivityAt: Date | null;
};

const countOf = (table: typeof partners | typeof interviews) =>
  sql<number>`(select count(*)::int from ${table} where ${table.orgId} = ${organizations.id})`;

export async function listLibrarySystems(db: Db): Promise<SystemSummary[]> {
  const rows = await db
    .select({
      id: organizations.id,
      name: organizations.name,
      timeZone: organizations.timeZone,
      createdAt: organizations.createdAt,
      suspendedAt: organizations.suspendedAt,
      members: sql<number>`(select count(*)::int from ${memberships} where ${memberships.orgId} = ${organizations.id} and ${memberships.active})`,
      partners: countOf(partners),
      interviews: countOf(interviews),
      lastActivityAt: sql<string | null>`greatest(
        (select max(${memberships.lastSignInAt}) from ${memberships} where ${memberships.orgId} = ${organizations.id}),
        (select max(${auditEntries.createdAt}) from ${auditEntries} where ${auditEntries.orgId} = ${organizations.id})
      )`,
    })
    .from(organizations)
    .orderBy(asc(organizations.name));
  // A raw expression comes back as text on one driver and a Date on the other: one shape here.
  return rows.map((row) => ({
    ...row,
    members: Number(row.members),
    partners: Number(row.partners),
    interviews: Number(row.interviews),
    lastActivityAt: row.lastActivityAt ? new Date(row.lastActivityAt) : null,
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
