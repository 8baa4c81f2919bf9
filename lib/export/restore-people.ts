import 'server-only';
import { randomUUID } from 'node:crypto';
import { eq, inArray } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '@/db/client';
import { memberships, users } from '@/db/schema';
import { normaliseEmail } from '@/lib/auth/throttle';
import { insertInvitation, pendingInvitationFor } from '@/lib/invitations/create';
import { ArchiveRefused } from './read-archive';
import type { IdKind } from './tables';
import type { ParsedArchive } from './validation';

// The pieces of a restore that hold ids and people: which new id each old one became, how rows
// are written, and how staff are matched by email.

type Ctx = { orgId: string; userId: string; membershipId: string };

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

  /**
   * Staff the archive holds who are not made members here (an account of another organization's):
   * references to them become "nobody", like references to someone the archive does not hold.
   */
  readonly nobody = new Set<string>();

  /** The new id for a reference; a person no longer in the archive becomes "nobody", anything else must be there. */
  ref(kind: IdKind, oldId: unknown, where: string): string | null {
    if (oldId === null || oldId === undefined) return null;
    const found = this.maps.get(kind)?.get(String(oldId));
    if (found) return found;
    if (kind === 'user' || (kind === 'membership' && this.nobody.has(String(oldId)))) return null;
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

/**
 * Staff by email (decision 0011, changed by 0015 and 0024). A member here already keeps their
 * membership as it is (the restoring admin is never demoted). An address with no account gets one
 * that no password opens, and a membership. An address whose account belongs to another
 * organization gets no membership (that library's admin keeps sole charge of the account): an
 * active one is invited with their archived role instead, the invitation waiting on the staff page
 * for the admin to make its link; what named them names nobody. The restore's answer says nothing
 * about which was which.
 */
export async function restoreStaff(tx: Db, ctx: Ctx, archive: ParsedArchive, ids: IdMaps): Promise<void> {
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
  // Accounts are kept lower-cased (lib/auth/throttle.ts); an archive written by hand may not be.
  for (const member of staff) member.email = normaliseEmail(member.email);
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
  const toInvite: typeof staff = [];
  staff.forEach((member, index) => {
    const where = `staff, row ${index + 1}`;
    const existing = existingUsers.get(member.email);
    if (existing) {
      const membershipId = here.get(existing);
      if (membershipId) {
        ids.set('user', member.userId, existing, where);
        ids.set('membership', member.id, membershipId, where);
      } else {
        ids.nobody.add(String(member.id));
        if (member.active) toInvite.push(member);
      }
      return;
    }
    const userId = randomUUID();
    newUsers.push({ id: userId, email: member.email, name: member.name, passwordHash: noPasswordYet });
    ids.set('user', member.userId, userId, where);
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
      createdAt: member.createdAt,
      updatedAt: member.updatedAt,
    });
  });
  await insertAll(tx, users, newUsers);
  await insertAll(tx, memberships, newMemberships);
  const branchNames = new Map(archive.branches.map((branch) => [String(branch.id), String(branch.name)]));
  for (const member of toInvite) {
    if (await pendingInvitationFor(tx, ctx.orgId, member.email)) continue;
    const homeBranchId = ids.ref('branch', member.homeBranchId, 'staff');
    // Nobody sees this link: the admin makes one from the staff page ("New link"), which mails it.
    await insertInvitation(tx, {
      orgId: ctx.orgId,
      actorUserId: ctx.userId,
      email: member.email,
      name: member.name,
      role: member.role,
      homeBranch: homeBranchId
        ? { id: homeBranchId, name: branchNames.get(String(member.homeBranchId)) ?? '' }
        : null,
    });
  }
}
