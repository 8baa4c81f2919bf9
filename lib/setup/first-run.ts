import 'server-only';
import type { Db } from '@/db/client';
import { isUniqueViolation } from '@/db/errors';
import { appSetup, memberships, organizations, users } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { hashPassword } from '@/lib/auth/password';
import { isSetupOpen } from './queries';
import type { SetupInput } from './validation';

export class SetupClosedError extends Error {
  constructor() {
    super('Partner Atlas has already been set up here. Sign in, or ask the admin for an account.');
  }
}

/**
 * Creates the first organization and its admin, all or nothing. The app_setup row's primary key
 * refuses a second run even when two people submit at the same moment.
 */
export async function completeFirstRun(db: Db, input: SetupInput) {
  if (!(await isSetupOpen(db))) throw new SetupClosedError();
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.transaction(async (tx) => {
      await tx.insert(appSetup).values({ id: 1 });
      const [org] = await tx
        .insert(organizations)
        .values({
          name: input.organizationName,
          ...(input.timeZone ? { timeZone: input.timeZone, timeZoneConfirmed: true } : {}),
        })
        .returning();
      const [user] = await tx
        .insert(users)
        .values({ email: input.email, name: input.name, passwordHash })
        .returning();
      if (!org || !user) throw new Error('Insert returned no row');
      const [membership] = await tx
        .insert(memberships)
        .values({ orgId: org.id, userId: user.id, role: 'admin' })
        .returning();
      if (!membership) throw new Error('Insert returned no row');
      const actor = { orgId: org.id, userId: user.id };
      await recordAudit(tx, actor, {
        action: 'organization.create',
        entityType: 'organization',
        entityId: org.id,
        after: org,
      });
      await recordAudit(tx, actor, {
        action: 'member.create',
        entityType: 'member',
        entityId: membership.id,
        after: { name: user.name, email: user.email, role: membership.role },
      });
      return { org, user, membership };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new SetupClosedError();
    throw error;
  }
}
