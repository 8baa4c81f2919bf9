import 'server-only';
import { and, asc, count, desc, eq, type SQL, sql } from 'drizzle-orm';
import { notFound } from 'next/navigation';
import type { Db } from '@/db/client';
import { branches, memberships, users } from '@/db/schema';
import { isUuid } from '@/lib/ids';

type Ctx = { orgId: string };

// What the staff pages show about a member: never the password hash.
const memberColumns = {
  membershipId: memberships.id,
  userId: users.id,
  name: users.name,
  email: users.email,
  role: memberships.role,
  homeBranchId: memberships.homeBranchId,
  homeBranchName: branches.name,
  active: memberships.active,
  deactivatedAt: memberships.deactivatedAt,
  mustChangePassword: users.mustChangePassword,
  lastSignInAt: memberships.lastSignInAt,
  version: memberships.version,
  createdAt: memberships.createdAt,
};

/** Members of the caller's organization only: the filter lives here so no read can forget it. */
function membersOf(db: Db, ctx: Ctx, where?: SQL) {
  return (
    db
      .select(memberColumns)
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      // The branch must be the organization's own too, so a stray id never shows another's name.
      .leftJoin(
        branches,
        and(eq(branches.id, memberships.homeBranchId), eq(branches.orgId, memberships.orgId)),
      )
      .where(and(eq(memberships.orgId, ctx.orgId), where))
  );
}

/** The organization's members: active ones first, then by name. */
export async function listMembers(db: Db, ctx: Ctx) {
  return membersOf(db, ctx).orderBy(
    desc(memberships.active),
    asc(sql`lower(${users.name})`),
    asc(users.email),
  );
}

export type StaffMember = Awaited<ReturnType<typeof listMembers>>[number];

/** One member of the caller's organization, or null (also for an id that is not a uuid). */
export async function getMember(db: Db, ctx: Ctx, membershipId: string): Promise<StaffMember | null> {
  if (!isUuid(membershipId)) return null;
  const [row] = await membersOf(db, ctx, eq(memberships.id, membershipId));
  return row ?? null;
}

/** For pages: a member of the caller's organization, or the not-found page. */
export async function getMemberOrThrow(db: Db, ctx: Ctx, membershipId: string): Promise<StaffMember> {
  return (await getMember(db, ctx, membershipId)) ?? notFound();
}

/** How many members may still sign in as admins. */
export async function countActiveAdmins(db: Db, ctx: Ctx): Promise<number> {
  const [row] = await db
    .select({ value: count() })
    .from(memberships)
    .where(
      and(eq(memberships.orgId, ctx.orgId), eq(memberships.role, 'admin'), eq(memberships.active, true)),
    );
  return row?.value ?? 0;
}
