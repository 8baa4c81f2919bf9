import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { memberReminders, memberships } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { unsubscribeState } from './queries';
import { readUnsubscribeToken } from './unsubscribe';

/** Turns the digest off for the member a signed link names; false when the link is not valid. */
export async function unsubscribeByToken(token: string): Promise<boolean> {
  const membershipId = readUnsubscribeToken(token);
  if (!membershipId) return false;
  const db = await getDb();
  const [member] = await db
    .select({ orgId: memberships.orgId, userId: memberships.userId })
    .from(memberships)
    .where(eq(memberships.id, membershipId));
  if (!member) return false;
  await db.transaction(async (tx) => {
    await tx
      .insert(memberReminders)
      .values({ membershipId, orgId: member.orgId, digestFrequency: 'off' })
      .onConflictDoUpdate({
        target: memberReminders.membershipId,
        set: { digestFrequency: 'off', updatedAt: new Date() },
      });
    await recordAudit(tx, member, {
      action: 'member.digest_unsubscribe',
      entityType: 'member',
      entityId: membershipId,
      after: { frequency: 'off' },
    });
  });
  return true;
}

/** The unsubscribe page's data: null for a link that is not valid. */
export async function loadUnsubscribePage(token: string) {
  return unsubscribeState(await getDb(), readUnsubscribeToken(token));
}
