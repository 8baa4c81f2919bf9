import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { branches, contacts, memberships, organizations, partners, users } from '@/db/schema';
import { hashPassword } from '@/lib/auth/password';
import type { MemberRole } from '@/lib/auth/roles';
import { signInAs } from './support/session';

export const defaultTestPassword = 'correct horse battery staple';
let defaultHash: Promise<string> | undefined;

/** An organization; its time zone is UTC (the column's default) unless `values` names another. */
export async function createOrganization(db: Db, values: Partial<typeof organizations.$inferInsert> = {}) {
  const [org] = await db
    .insert(organizations)
    .values({ name: `Test Library ${randomUUID().slice(0, 8)}`, ...values })
    .returning();
  if (!org) throw new Error('no organization');
  return org;
}

export async function createBranch(
  db: Db,
  orgId: string,
  values: Partial<typeof branches.$inferInsert> = {},
) {
  const [branch] = await db
    .insert(branches)
    .values({
      orgId,
      name: `Branch ${randomUUID().slice(0, 8)}`,
      address: '100 Main St, Everett, WA 98201',
      latitude: 47.98,
      longitude: -122.2,
      ...values,
    })
    .returning();
  if (!branch) throw new Error('no branch');
  return branch;
}

export type TestMember = {
  userId: string;
  membershipId: string;
  orgId: string;
  email: string;
  name: string;
  role: MemberRole;
  password: string;
  /** The organization's time zone (UTC unless the test set another), so a member works as a context. */
  timeZone: string;
};

export async function createMember(
  db: Db,
  orgId: string,
  options: {
    role?: MemberRole;
    email?: string;
    name?: string;
    password?: string;
    active?: boolean;
    mustChangePassword?: boolean;
    homeBranchId?: string | null;
  } = {},
): Promise<TestMember> {
  const password = options.password ?? defaultTestPassword;
  defaultHash ??= hashPassword(defaultTestPassword);
  const passwordHash = options.password === undefined ? await defaultHash : await hashPassword(password);
  const email = (options.email ?? `member-${randomUUID().slice(0, 8)}@example.org`).toLowerCase();
  const name = options.name ?? 'Test Member';
  const [user] = await db
    .insert(users)
    .values({ email, name, passwordHash, mustChangePassword: options.mustChangePassword ?? false })
    .returning();
  if (!user) throw new Error('no user');
  const role = options.role ?? 'staff';
  const [membership] = await db
    .insert(memberships)
    .values({
      orgId,
      userId: user.id,
      role,
      active: options.active ?? true,
      homeBranchId: options.homeBranchId ?? null,
    })
    .returning();
  if (!membership) throw new Error('no membership');
  const [org] = await db
    .select({ timeZone: organizations.timeZone })
    .from(organizations)
    .where(eq(organizations.id, orgId));
  return {
    userId: user.id,
    membershipId: membership.id,
    orgId,
    email,
    name,
    role,
    password,
    timeZone: org?.timeZone ?? 'UTC',
  };
}

/** An organization with one member per role, handy for role and isolation tests. */
export async function createOrganizationWithMembers(db: Db, name?: string) {
  const org = await createOrganization(db, name ? { name } : {});
  const [admin, manager, staff, viewer] = await Promise.all(
    (['admin', 'manager', 'staff', 'viewer'] as const).map((role) =>
      createMember(db, org.id, { role, name: `${role} ${org.name}` }),
    ),
  );
  return { org, admin: admin!, manager: manager!, staff: staff!, viewer: viewer! };
}

/** A partner written straight into the table (no audit entry): for tests that need one to exist. */
export async function createPartner(
  db: Db,
  orgId: string,
  values: Partial<typeof partners.$inferInsert> = {},
) {
  const [partner] = await db
    .insert(partners)
    .values({ orgId, name: `Partner ${randomUUID().slice(0, 8)}`, category: 'institution', ...values })
    .returning();
  if (!partner) throw new Error('no partner');
  return partner;
}

/** A contact of a partner, written straight into the table. */
export async function createContact(
  db: Db,
  orgId: string,
  partnerId: string,
  values: Partial<typeof contacts.$inferInsert> = {},
) {
  const [contact] = await db
    .insert(contacts)
    .values({ orgId, partnerId, name: `Contact ${randomUUID().slice(0, 8)}`, ...values })
    .returning();
  if (!contact) throw new Error('no contact');
  return contact;
}

/** Builds the FormData a form would send. */
export function form(
  values: Record<string, string | number | boolean | null | undefined | string[]>,
): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) for (const item of value) data.append(key, item);
    else data.append(key, String(value));
  }
  return data;
}

export { signInAs };
