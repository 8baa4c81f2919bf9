'use server';

import { getDb } from '@/db';
import { memberReminders } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { defineAction } from '@/lib/auth/action';
import { digestFrequencySchema } from './validation';

/** The member chooses how often their e-mail digest comes: weekly, daily or not at all. */
export const setDigestFrequency = defineAction(
  { schema: digestFrequencySchema, role: 'viewer', revalidate: ['/account'] },
  async (input, ctx) => {
    const db = await getDb();
    await db.transaction(async (tx) => {
      await tx
        .insert(memberReminders)
        .values({ membershipId: ctx.membershipId, orgId: ctx.orgId, digestFrequency: input.frequency })
        .onConflictDoUpdate({
          target: memberReminders.membershipId,
          set: { digestFrequency: input.frequency, updatedAt: new Date() },
        });
      await recordAudit(tx, ctx, {
        action: 'member.digest_frequency',
        entityType: 'member',
        entityId: ctx.membershipId,
        after: { name: ctx.name, frequency: input.frequency },
      });
    });
    return { frequency: input.frequency };
  },
);
