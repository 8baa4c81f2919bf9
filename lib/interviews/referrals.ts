import { and, asc, count, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { notFound } from 'next/navigation';
import type { Db } from '@/db/client';
import { interviews, partners, referrals } from '@/db/schema';
import type { ReferralStatus } from '@/db/schema/vocabulary';
import { ActionError } from '@/lib/auth/action';
import { isUuid } from '@/lib/ids';

type Ctx = { orgId: string };

/** Who suggested a referral, as staff read it: the interview's partner or interviewee. */
const suggestedBy = {
  interviewId: interviews.id,
  interviewHeldOn: interviews.heldOn,
  intervieweeName: interviews.intervieweeName,
  interviewPartnerId: interviews.partnerId,
};

export async function listReferrals(
  db: Db,
  ctx: Ctx,
  filter: { status?: ReferralStatus },
  page = 1,
  pageSize = 50,
) {
  const conditions: SQL[] = [eq(referrals.orgId, ctx.orgId)];
  if (filter.status) conditions.push(eq(referrals.status, filter.status));
  const where = and(...conditions);
  const [rows, counts] = await Promise.all([
    db
      .select({
        id: referrals.id,
        name: referrals.name,
        organizationName: referrals.organizationName,
        howToReach: referrals.howToReach,
        reason: referrals.reason,
        maySayWhoSuggested: referrals.maySayWhoSuggested,
        status: referrals.status,
        version: referrals.version,
        createdAt: referrals.createdAt,
        partnerId: referrals.partnerId,
        partnerName: partners.name,
        ...suggestedBy,
      })
      .from(referrals)
      .innerJoin(interviews, eq(interviews.id, referrals.interviewId))
      .leftJoin(partners, and(eq(partners.id, referrals.partnerId), eq(partners.orgId, ctx.orgId)))
      .where(where)
      .orderBy(
        desc(interviews.heldOn),
        asc(referrals.createdAt),
        asc(sql`lower(${referrals.name})`),
        asc(referrals.id),
      )
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db
      .select({ status: referrals.status, total: count() })
      .from(referrals)
      .where(eq(referrals.orgId, ctx.orgId))
      .groupBy(referrals.status),
  ]);
  const interviewPartnerIds = [
    ...new Set(rows.map((r) => r.interviewPartnerId).filter((id): id is string => !!id)),
  ];
  const names = await partnerNames(db, ctx, interviewPartnerIds);
  return {
    rows: rows.map((row) => ({
      ...row,
      suggestedByName: (row.interviewPartnerId && names.get(row.interviewPartnerId)) || row.intervieweeName,
    })),
    counts: Object.fromEntries(counts.map((c) => [c.status, c.total])) as Partial<
      Record<ReferralStatus, number>
    >,
  };
}

async function partnerNames(db: Db, ctx: Ctx, ids: string[]) {
  const rows = ids.length
    ? await db
        .select({ id: partners.id, name: partners.name })
        .from(partners)
        .where(and(eq(partners.orgId, ctx.orgId), inArray(partners.id, ids)))
    : [];
  return new Map(rows.map((row) => [row.id, row.name]));
}

export type ReferralDetail = NonNullable<Awaited<ReturnType<typeof getReferral>>>;

export async function getReferral(db: Db, ctx: Ctx, id: string) {
  if (!isUuid(id)) return null;
  const [row] = await db
    .select({ referral: referrals, ...suggestedBy })
    .from(referrals)
    .innerJoin(interviews, eq(interviews.id, referrals.interviewId))
    .where(and(eq(referrals.orgId, ctx.orgId), eq(referrals.id, id)));
  if (!row) return null;
  const names = await partnerNames(db, ctx, row.interviewPartnerId ? [row.interviewPartnerId] : []);
  return {
    ...row.referral,
    interviewId: row.interviewId,
    interviewHeldOn: row.interviewHeldOn,
    interviewPartnerId: row.interviewPartnerId,
    suggestedByName: (row.interviewPartnerId && names.get(row.interviewPartnerId)) || row.intervieweeName,
  };
}

export async function getReferralOrThrow(db: Db, ctx: Ctx, id: string) {
  const referral = await getReferral(db, ctx, id);
  if (!referral) notFound();
  return referral;
}

/** The referral a partner came from, for "suggested by … in the interview of …" on its page. */
export async function getReferralOfPartner(db: Db, ctx: Ctx, partnerId: string) {
  if (!isUuid(partnerId)) return null;
  const [row] = await db
    .select({ id: referrals.id })
    .from(referrals)
    .where(and(eq(referrals.orgId, ctx.orgId), eq(referrals.partnerId, partnerId)))
    .orderBy(asc(referrals.updatedAt))
    .limit(1);
  return row ? getReferral(db, ctx, row.id) : null;
}

/**
 * Links a new partner to the referral it was made from (called in the partner's creation
 * transaction). A referral already turned into a partner is refused, so two people cannot make
 * two partners from one referral.
 */
export async function linkReferralToPartner(
  tx: Db,
  actor: { orgId: string; userId: string },
  referralId: string,
  partnerId: string,
) {
  const [referral] = isUuid(referralId)
    ? await tx
        .select()
        .from(referrals)
        .where(and(eq(referrals.orgId, actor.orgId), eq(referrals.id, referralId)))
        .for('update')
    : [];
  if (!referral) throw new ActionError('The referral this partner came from was not found.');
  if (referral.partnerId) throw new ActionError('This referral has already become a partner.');
  const [updated] = await tx
    .update(referrals)
    .set({ partnerId, status: 'became_partner', version: referral.version + 1, updatedAt: new Date() })
    .where(eq(referrals.id, referral.id))
    .returning();
  return { before: referral, after: updated };
}
