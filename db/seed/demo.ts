import { hash } from '@node-rs/argon2';
import { count, eq } from 'drizzle-orm';
import type { Db } from '../client';
import { appSetup, auditEntries, branches, memberships, organizations, users } from '../schema';
import { seedDemoAreas } from './demo-areas';
import { demoAccounts, demoBranches, demoOrganization, demoPassword } from './demo-data';
import { seedDemoInterviews } from './demo-interviews';
import { seedDemoPartners } from './demo-partners';
import { seedDemoRelationships } from './demo-relationships';

/** True when the database holds no organization yet. */
export async function isEmpty(db: Db): Promise<boolean> {
  const [row] = await db.select({ value: count() }).from(organizations);
  return (row?.value ?? 0) === 0;
}

/** True when the demo library system is in the database (so showing its sign-in details is safe). */
export async function holdsDemo(db: Db): Promise<boolean> {
  const [row] = await db
    .select({ value: count() })
    .from(organizations)
    .where(eq(organizations.name, demoOrganization.name));
  return (row?.value ?? 0) > 0;
}

/** Loads the demo library system, all or nothing. */
export async function seedDemo(db: Db) {
  const passwordHash = await hash(demoPassword);
  return db.transaction(async (tx) => {
    await tx.insert(appSetup).values({ id: 1 }).onConflictDoNothing();
    const [org] = await tx.insert(organizations).values(demoOrganization).returning();
    if (!org) throw new Error('Insert returned no row');
    const branchRows = await tx
      .insert(branches)
      .values(demoBranches.map(({ key: _key, ...branch }) => ({ ...branch, orgId: org.id })))
      .returning();
    const branchId = (key: string) => branchRows[demoBranches.findIndex((b) => b.key === key)]?.id ?? null;

    for (const account of demoAccounts) {
      const [user] = await tx
        .insert(users)
        .values({ email: account.email, name: account.name, passwordHash })
        .returning();
      if (!user) throw new Error('Insert returned no row');
      await tx.insert(memberships).values({
        orgId: org.id,
        userId: user.id,
        role: account.role,
        homeBranchId: branchId(account.branch),
      });
    }
    await seedDemoAreas(tx, org.id, branchRows);
    await seedDemoPartners(tx, org.id);
    await seedDemoRelationships(tx, org.id);
    await seedDemoInterviews(tx, org.id);
    await tx.insert(auditEntries).values({
      orgId: org.id,
      actorUserId: null,
      action: 'demo.seed',
      entityType: 'organization',
      entityId: org.id,
      after: { name: org.name, branches: branchRows.length, members: demoAccounts.length },
    });
    return org;
  });
}

export function demoSignInText(url = 'http://localhost:3000'): string {
  const width = Math.max(...demoAccounts.map((a) => a.email.length));
  return [
    `Partner Atlas demo: ${demoOrganization.name}`,
    `Open ${url} and sign in with one of these accounts (password: ${demoPassword}):`,
    ...demoAccounts.map((a) => `  ${a.email.padEnd(width)}  ${a.role}`),
  ].join('\n');
}
