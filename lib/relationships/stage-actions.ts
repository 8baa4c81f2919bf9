'use server';

import { getDb } from '@/db';
import { ActionError, defineAction } from '@/lib/auth/action';
import { refuseIfStale } from '@/lib/concurrency/stale';
import { stageLabels } from '@/lib/partners/vocabulary';
import { lockPartner } from './guards';
import { movePartnerStage } from './record';
import { changeStageSchema } from './validation';

/**
 * Moves a partner to another stage from its page or the board. The move, who made it, when and why
 * go into the stage history (never rewritten); an edit begun before someone else's is refused.
 */
export const changeStage = defineAction(
  { schema: changeStageSchema, role: 'staff', revalidate: ['/partners', '/map', '/follow-ups', '/'] },
  async (input, ctx) => {
    const db = await getDb();
    return db.transaction(async (tx) => {
      const partner = await lockPartner(tx, ctx, input.partnerId);
      await refuseIfStale(tx, ctx, partner, input, { thing: 'this partner', keptInput: true });
      if (partner.stage === input.toStage) {
        throw new ActionError('Some fields need attention.', {
          toStage: [`${partner.name} is already at ${stageLabels[partner.stage]}. Choose another stage.`],
        });
      }
      const updated = await movePartnerStage(tx, ctx, partner, {
        toStage: input.toStage,
        note: input.note,
        endedReason: input.endedReason,
      });
      if (!updated) throw new Error('The stage did not change');
      return {
        id: updated.id,
        name: updated.name,
        fromStage: partner.stage,
        stage: updated.stage,
        version: updated.version,
      };
    });
  },
);
