import { randomUUID } from 'node:crypto';
import { eq, inArray } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '@/db/client';
import { memberships, users } from '@/db/schema';
import { ArchiveRefused } from './read-archive';
import type { IdKind } from './tables';
import type { ParsedArchive } from './validation';

// The pieces of a restore that hold ids and people: which new id each old one became, how rows
// are written, and how staff are matched by email.

type Ctx = { orgId: string; userId: string };

/**
 * A restored member who had no account anywhere here gets one that no password opens (argon2
 * cannot verify it): an admin hands them a one-time password from the staff page.
 */
export const noPasswordYet = 'restored-from-archive:no-password-set';

// PostgreSQL takes at most 65,535 parameters in one statement; stay well below it.
const parametersPerInsert = 30_000;

export class IdMaps {
  private readonly maps = new Map<IdKind, Map<string, string>>();
  /** Every old id, whatever its kind: for ids inside free JSON (audit details, pending entries). */
  readonly any = new Map<string, string>();

  of(kind: IdKind): Map<string, string> {
    const map = this.maps.get(kind) ?? new Map<string, string>();
    this.maps.set(kind, map);
    return map;
  }

  set(kind: IdKind, oldId: string, newId: string, where: string) {
    const map = this.of(kind);
    if (map.has(oldId)) throw new ArchiveRefused(`The archive is damaged: ${where} repeats the id ${oldId}.`);
    map.set(oldId, newId);
    if (!this.any.has(oldId)) this.any.set(oldId, newId);
  }

  /** The new id for a reference; a person no longer in the archive becomes "nobody", anything else must be there. */
  ref(kind: IdKind, oldId: unknown, where: string): string | null {
    if (oldId === null || oldId === undefined) return null;
    const found = this.maps.get(kind)?.get(String(oldId));
    if (found) return found;
    if (kind === 'user') return null;
    throw new ArchiveRefused(
      `The archive is damaged: ${where} refers to a ${kind} it does not hold (${oldId}).`,
    );
  }

  /** Ids inside free JSON follow their records; everything else is kept as it is. */
  deep(value: unknown): unknown {
    if (typeof value === 'string') return this.any.get(value) ?? value;
    if (Array.isArray(value)) return value.map((item) => this.deep(item));
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, this.deep(item)]));
    }
    return value;
  }
}

export async function insertAll(tx: Db, table: PgTable, rows: Record<string, unknown>[]) {
  const size = Math.max(1, Math.floor(parametersPerInsert / Math.max(1, Object.keys(rows[0] ?? {}).length)));
  for (let i = 0; i < rows.length; i += size) {
    await tx.insert(table).values(rows.slice(i, i + size) as never);
  }
}

/** Staff by email: an existing account keeps its password; a membership already here is left as it is. */
export async function restoreStaff(tx: Db, ctx: Ctx, archive: ParsedArchive, ids: IdMaps) {
  const staff = archive.staff as {
    id: string;
    userId: string;
    email: string;
    name: string;
    role: 'admin' | 'manager' | 'staff' | 'viewer';
    homeBranchId: string | null;
    active: boolean;
    deactivatedAt: Date | null;
    lastSignInAt: Date | null;
    version: number;
    createdAt: Date;
    updatedAt: Date;
  }[];
  const emails = staff.map((member) => member.email);
  if (new Set(emails).size !== emails.length) {
    throw new ArchiveRefused('The archive is damaged: a staff email appears twice.');
  }
  const existingUsers = new Map<string, string>();
  for (let i = 0; i < emails.length; i += 500) {
    const rows = await tx
      .select({ id: users.id, email: users.email })
      .from(users)
      .where(inArray(users.email, emails.slice(i, i + 500)));
    for (const row of rows) existingUsers.set(row.email, row.id);
  }
  const here = new Map(
    (
      await tx
        .select({ id: memberships.id, userId: memberships.userId })
        .from(memberships)
        .where(eq(memberships.orgId, ctx.orgId))
    ).map((row) => [row.userId, row.id]),
  );
  const newUsers: (typeof users.$inferInsert)[] = [];
  const newMemberships: (typeof memberships.$inferInsert)[] = [];
  staff.forEach((member, index) => {
    const where = `staff, row ${index + 1}`;
    let userId = existingUsers.get(member.email);
    if (!userId) {
      userId = randomUUID();
      newUsers.push({ id: userId, email: member.email, name: member.name, passwordHash: noPasswordYet });
    }
    ids.set('user', member.userId, userId, where);
    const membershipId = here.get(userId);
    if (membershipId) {
      ids.set('membership', member.id, membershipId, where);
      return;
    }
    const id = randomUUID();
    ids.set('membership', member.id, id, where);
    newMemberships.push({
      id,
      orgId: ctx.orgId,
      userId,
      role: member.role,
      homeBranchId: ids.ref('branch', member.homeBranchId, where),
      active: member.active,
      deactivatedAt: member.deactivatedAt,
      lastSignInAt: member.lastSignInAt,
      version: member.version,
      // Sign-in opens a person's oldest active membership: someone who already works in another
      // organization here must keep landing there, so their new membership here starts now.
      createdAt: existingUsers.has(member.email) ? new Date() : member.createdAt,
      updatedAt: member.updatedAt,
    });
  });
  await insertAll(tx, users, newUsers);
  await insertAll(tx, memberships, newMemberships);
  return { created: newUsers.length, joined: newMemberships.length - newUsers.length };
}
