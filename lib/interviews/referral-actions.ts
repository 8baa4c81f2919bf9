'use server';

import { and, eq, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { referrals } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { ActionError, defineAction } from '@/lib/auth/action';
import { isUuid } from '@/lib/ids';
import { changedMeanwhileMessage } from '@/lib/partners/conflict';
import { referralStatusSchema } from './validation';

/** Working through referrals: open, contacted, not pursued. "Became a partner" comes from making one. */
export const setReferralStatus = defineAction(
  { schema: referralStatusSchema, role: 'staff', revalidate: ['/interviews/referrals'] },
  async (input, ctx) => {
    const db = await getDb();
    return db.transaction(async (tx) => {
      const [referral] = isUuid(input.id)
        ? await tx
            .select()
            .from(referrals)
            .where(and(eq(referrals.orgId, ctx.orgId), eq(referrals.id, input.id)))
            .for('update')
        : [];
      if (!referral) throw new ActionError('That referral was not found.');
      if (referral.version !== input.version) {
        throw new ActionError(
          changedMeanwhileMessage({
            who: null,
            isSelf: false,
            at: referral.updatedAt,
            timeZone: ctx.timeZone,
            thing: 'this referral',
            keptInput: false,
          }),
        );
      }
      if (referral.partnerId && input.status !== 'became_partner') {
        throw new ActionError('This referral became a partner; its status stays “became a partner”.');
      }
      if (!referral.partnerId && input.status === 'became_partner') {
        throw new ActionError('Use “Make a partner” to turn this referral into a partner.');
      }
      const [updated] = await tx
        .update(referrals)
        .set({ status: input.status, version: sql`${referrals.version} + 1`, updatedAt: new Date() })
        .where(eq(referrals.id, referral.id))
        .returning();
      await recordAudit(tx, ctx, {
        action: 'referral.status',
        entityType: 'referral',
        entityId: referral.id,
        before: { status: referral.status },
        after: { status: updated?.status },
      });
      return { version: updated?.version ?? referral.version + 1 };
    });
  },
);
