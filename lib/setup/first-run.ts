import 'server-only';
import type { Db } from '@/db/client';
import { isUniqueViolation } from '@/db/errors';
import { appSetup, hostAdmins, users } from '@/db/schema';
import { hashPassword } from '@/lib/auth/password';
import { recordHostAudit } from '@/lib/host/audit';
import { insertOrganizationWithAdmin } from './organization';
import { isSetupOpen } from './queries';
import type { SetupInput } from './validation';

export class SetupClosedError extends Error {
  constructor() {
    super('Partner Atlas has already been set up here. Sign in, or ask the admin for an account.');
  }
}

/**
 * Creates the first organization and its admin (a host admin too, if they said so), all or nothing. The app_setup row's primary key
 * refuses a second run even when two people submit at the same moment.
 */
export async function completeFirstRun(db: Db, input: Omit<SetupInput, 'alsoHost'> & { alsoHost?: boolean }) {
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
      if (input.alsoHost) {
        await tx.insert(hostAdmins).values({ userId: user.id });
        await recordHostAudit(tx, {
          actorUserId: user.id,
          action: 'host_admin.add',
          details: { name: user.name, email: user.email, atSetup: true },
        });
      }
      return { org, user, membershipId };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new SetupClosedError();
    throw error;
  }
}
