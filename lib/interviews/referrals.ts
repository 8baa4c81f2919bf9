import 'server-only';
import { and, asc, count, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { notFound } from 'next/navigation';
import type { Db } from '@/db/client';
import { interviews, partners, referrals } from '@/db/schema';
import type { ReferralStatus } from '@/db/schema/vocabulary';
import { ActionError } from '@/lib/auth/action';
import { isUuid } from '@/lib/ids';
import { type InterviewReader, intervieweeFieldFor, intervieweeNamedFor } from './visibility';

type Ctx = { orgId: string };

/**
 * Who suggested a referral: the interview's partner or interviewee, read under the interview's name
 * rule (./visibility.ts), and said only when the referral allows it (PRODUCT.md, "Names").
 */
function suggestedBy(ctx: InterviewReader) {
  return {
    interviewId: interviews.id,
    interviewHeldOn: interviews.heldOn,
    intervieweeName: intervieweeFieldFor(ctx, interviews.intervieweeName),
    intervieweeNamed: intervieweeNamedFor(ctx),
    interviewPartnerId: interviews.partnerId,
  };
}

function suggestedByName(
  row: {
    maySayWhoSuggested: boolean;
    intervieweeNamed: boolean;
    interviewPartnerId: string | null;
    intervieweeName: string;
  },
  partnerNames: Map<string, string>,
): string {
  if (!row.maySayWhoSuggested || !row.intervieweeNamed) return '';
  return (row.interviewPartnerId && partnerNames.get(row.interviewPartnerId)) || row.intervieweeName;
}

export async function listReferrals(
  db: Db,
  ctx: InterviewReader,
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
        ...suggestedBy(ctx),
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
    rows: rows.map((row) => ({ ...row, suggestedByName: suggestedByName(row, names) })),
    counts: Object.fromEntries(counts.map((c) => [c.status, c.total])) as Partial<
      Record<ReferralStatus, number>
    >,
  };
}

async function partnersById(db: Db, ctx: Ctx, ids: string[]) {
  return ids.length
    ? db
        .select({ id: partners.id, name: partners.name, primaryBranchId: partners.primaryBranchId })
        .from(partners)
        .where(and(eq(partners.orgId, ctx.orgId), inArray(partners.id, ids)))
    : [];
}

async function partnerNames(db: Db, ctx: Ctx, ids: string[]) {
  return new Map((await partnersById(db, ctx, ids)).map((row) => [row.id, row.name]));
}

export type ReferralDetail = NonNullable<Awaited<ReturnType<typeof getReferral>>>;

export async function getReferral(db: Db, ctx: InterviewReader, id: string) {
  if (!isUuid(id)) return null;
  const [row] = await db
    .select({ referral: referrals, ...suggestedBy(ctx) })
    .from(referrals)
    .innerJoin(interviews, eq(interviews.id, referrals.interviewId))
    .where(and(eq(referrals.orgId, ctx.orgId), eq(referrals.id, id)));
  if (!row) return null;
  const [from] = await partnersById(db, ctx, row.interviewPartnerId ? [row.interviewPartnerId] : []);
  const names = new Map(from ? [[from.id, from.name]] : []);
  return {
    ...row.referral,
    interviewId: row.interviewId,
    interviewHeldOn: row.interviewHeldOn,
    interviewPartnerId: row.interviewPartnerId,
    /** The referring partner's branch: where a partner made from this referral most likely belongs. */
    interviewPartnerBranchId: from?.primaryBranchId ?? null,
    suggestedByName: suggestedByName({ ...row, maySayWhoSuggested: row.referral.maySayWhoSuggested }, names),
  };
}

export async function getReferralOrThrow(db: Db, ctx: InterviewReader, id: string) {
  const referral = await getReferral(db, ctx, id);
  if (!referral) notFound();
  return referral;
}

/** The referral a partner came from, for "suggested by … in the interview of …" on its page. */
export async function getReferralOfPartner(db: Db, ctx: InterviewReader, partnerId: string) {
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

const emailPattern = /[^\s<>(),;:]+@[^\s<>(),;:]+\.[a-z]{2,}/i;
const phonePattern = /\+?\d[\d\s().-]{5,}\d/;

/**
 * The private contact a partner made from a referral gets: the person named, and how to reach them
 * (an email address and a phone number found in it go into their fields; the text as said is kept in
 * the notes unless it was only those). How to reach someone is never put where viewers read.
 */
export function contactFromReferral(referral: {
  name: string;
  organizationName: string;
  howToReach: string;
}): { name: string; email: string; phone: string; notes: string } | null {
  const person =
    referral.name.trim() && referral.name !== referral.organizationName ? referral.name.trim() : '';
  const reach = referral.howToReach.trim();
  if (!person && !reach) return null;
  if (!person && !referral.organizationName.trim()) return null;
  const email = reach.match(emailPattern)?.[0] ?? '';
  const phoneText = reach.replace(emailPattern, ' ').match(phonePattern)?.[0]?.trim() ?? '';
  const phone = phoneText.length <= 40 && (phoneText.match(/\d/g)?.length ?? 0) >= 7 ? phoneText : '';
  const rest = reach
    .replace(email, '')
    .replace(phone, '')
    .replace(/[\s,;:/-]+/g, '');
  return {
    name: (person || `${referral.organizationName.trim()} (from a referral)`).slice(0, 120),
    email: email.length <= 254 ? email : '',
    phone,
    notes: rest ? `How to reach them, as suggested: ${reach}`.slice(0, 2000) : '',
  };
}
