import 'server-only';
import type { Db } from '@/db/client';
import { isUniqueViolation } from '@/db/errors';
import { appSetup, users } from '@/db/schema';
import { hashPassword } from '@/lib/auth/password';
import { insertOrganizationWithAdmin } from './organization';
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
      const [user] = await tx
        .insert(users)
        .values({ email: input.email, name: input.name, passwordHash })
        .returning();
      if (!user) throw new Error('Insert returned no row');
      const { org, membershipId } = await insertOrganizationWithAdmin(
        tx,
        { name: input.organizationName, timeZone: input.timeZone },
        { userId: user.id, name: user.name, email: user.email },
        user.id,
      );
      return { org, user, membershipId };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new SetupClosedError();
    throw error;
  }
}
