import type { Db } from '@/db/client';
import { appSetup, auditEntries, branches, memberships, organizations, users } from '@/db/schema';
import { hashPassword } from '@/lib/auth/password';
import { e2ePassword, northgate, southport } from './accounts';

/** Two organizations, so the browser tests can prove neither sees the other. */
export async function seedBrowserTestData(db: Db) {
  const passwordHash = await hashPassword(e2ePassword);
  await db.transaction(async (tx) => {
    await tx.insert(appSetup).values({ id: 1 });
    await tx.insert(organizations).values([
      { id: northgate.id, name: northgate.name },
      { id: southport.id, name: southport.name },
    ]);
    await tx.insert(branches).values([
      {
        id: northgate.branchId,
        orgId: northgate.id,
        name: northgate.branchName,
        address: '1 Library Way',
        latitude: 47.9,
        longitude: -122.2,
      },
      {
        id: southport.branchId,
        orgId: southport.id,
        name: southport.branchName,
        address: '9 Harbour Rd',
        latitude: 47.1,
        longitude: -122.5,
      },
    ]);
    const roles = {
      admin: 'admin',
      manager: 'manager',
      staff: 'staff',
      viewer: 'viewer',
      lockout: 'staff',
      deactivated: 'staff',
    } as const;
    for (const [key, account] of Object.entries(northgate.accounts)) {
      const [user] = await tx
        .insert(users)
        .values({ ...account, passwordHash })
        .returning();
      await tx.insert(memberships).values({
        orgId: northgate.id,
        userId: user!.id,
        role: roles[key as keyof typeof roles],
        active: key !== 'deactivated',
        homeBranchId: northgate.branchId,
      });
    }
    const [southAdmin] = await tx
      .insert(users)
      .values({ ...southport.accounts.admin, passwordHash })
      .returning();
    await tx
      .insert(memberships)
      .values({ id: southport.memberId, orgId: southport.id, userId: southAdmin!.id, role: 'admin' });
    await tx.insert(auditEntries).values({
      orgId: southport.id,
      actorUserId: southAdmin!.id,
      action: 'branch.create',
      entityType: 'branch',
      entityId: southport.branchId,
      after: { name: southport.branchName },
    });
  });
}
