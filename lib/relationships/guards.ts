import 'server-only';
import { and, eq, inArray, ne } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { memberships, users } from '@/db/schema';
import { ActionError, type FieldErrors } from '@/lib/auth/action';
import { isUuid } from '@/lib/ids';

// Checks the relationship actions share: the partner and the members a form names must be the
// caller's organization's own, and a change that began before someone else's is refused.

/** Who is asking, and the organization's time zone, the one a refusal says times in. */
type Ctx = { orgId: string; userId: string; timeZone: string };

export { lockPartner, partnerNotFound } from '@/lib/partners/lock';

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
