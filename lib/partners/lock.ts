import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { partners } from '@/db/schema';
import { ActionError } from '@/lib/auth/action';
import { isUuid } from '@/lib/ids';

export const partnerNotFound = 'That partner was not found. It may belong to another library system.';

const forgottenMessage =
  'This person was forgotten at their request: the record stays only to keep the counts, and cannot be changed or restored.';

/**
 * The caller's organization's partner, locked until the transaction ends, for every write that
 * changes it or hangs something on it (an edit, a stage move, a call logged). A forgotten person's
 * record takes no more changes.
 */
export async function lockPartner(tx: Db, ctx: { orgId: string }, id: string) {
  if (!isUuid(id)) throw new ActionError(partnerNotFound);
  const [partner] = await tx
    .select()
    .from(partners)
    .where(and(eq(partners.orgId, ctx.orgId), eq(partners.id, id)))
    .for('update');
  if (!partner) throw new ActionError(partnerNotFound);
  if (partner.forgottenAt) throw new ActionError(forgottenMessage);
  return partner;
}
