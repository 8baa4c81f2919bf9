import { and, eq, inArray, ne } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { memberships, partners, users } from '@/db/schema';
import { ActionError, type FieldErrors } from '@/lib/auth/action';
import { isUuid } from '@/lib/ids';
import { changedMeanwhileMessage } from '@/lib/partners/conflict';

// Checks the relationship actions share: the partner and the members a form names must be the
// caller's organization's own, and a change that began before someone else's is refused.

/** Who is asking, and the organization's time zone, the one a refusal says times in. */
type Ctx = { orgId: string; userId: string; timeZone: string };

export const partnerNotFound = 'That partner was not found. It may belong to another library system.';

/** The partner, locked until the transaction ends. */
export async function lockPartner(tx: Db, ctx: Ctx, id: string) {
  if (!isUuid(id)) throw new ActionError(partnerNotFound);
  const [partner] = await tx
    .select()
    .from(partners)
    .where(and(eq(partners.orgId, ctx.orgId), eq(partners.id, id)))
    .for('update');
  if (!partner) throw new ActionError(partnerNotFound);
  return partner;
}

/** The name of a user, for "Morgan Lee changed this…". */
async function nameOf(tx: Db, userId: string | null) {
  if (!userId) return null;
  const [row] = await tx.select({ name: users.name }).from(users).where(eq(users.id, userId));
  return row?.name ?? null;
}

/** Refuses a change made from an older version of a record, naming who changed it and when. */
export async function refuseIfStale(
  tx: Db,
  ctx: Ctx,
  record: { version: number; updatedByUserId: string | null; updatedAt: Date },
  input: { version: number },
  thing: string,
  keptInput: boolean,
) {
  if (record.version === input.version) return;
  throw new ActionError(
    changedMeanwhileMessage({
      who: await nameOf(tx, record.updatedByUserId),
      isSelf: record.updatedByUserId === ctx.userId,
      at: record.updatedAt,
      timeZone: ctx.timeZone,
      thing,
      keptInput,
    }),
  );
}

/**
 * The members a form names, which must be members of the caller's organization: active ones, or
 * ones already recorded there (someone who took part and has since left stays on the record).
 */
export async function checkMembers(
  tx: Db,
  ctx: Ctx,
  ids: string[],
  options: { field: string; message: string; alreadyThere?: string[]; workersOnly?: boolean },
) {
  if (ids.length === 0) return [];
  const valid = ids.filter(isUuid);
  const rows = valid.length
    ? await tx
        .select({ id: memberships.id, active: memberships.active, name: users.name })
        .from(memberships)
        .innerJoin(users, eq(users.id, memberships.userId))
        .where(
          and(
            eq(memberships.orgId, ctx.orgId),
            inArray(memberships.id, valid),
            options.workersOnly ? ne(memberships.role, 'viewer') : undefined,
          ),
        )
        .for('share', { of: memberships })
    : [];
  const ok = new Set(
    rows.filter((row) => row.active || options.alreadyThere?.includes(row.id)).map((row) => row.id),
  );
  if (ids.some((id) => !ok.has(id))) {
    const errors: FieldErrors = { [options.field]: [options.message] };
    throw new ActionError('Some fields need attention.', errors);
  }
  return rows;
}
