import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import {
  contacts,
  followUps,
  importJobs,
  interactions,
  interviews,
  partners,
  referrals,
  stageChanges,
} from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { eraseAuditDetails } from '@/lib/audit/scrub';
import { ActionError } from '@/lib/auth/action';
import { isUuid } from '@/lib/ids';
import { eraseContact } from '@/lib/partners/contact-records';
import { type ErasedCounts, eraseMentions } from './erase';
import { type PersonTraces, redactText, removedMark, tracePatterns } from './redact';

type Actor = { orgId: string; userId: string };

/** What a forgotten person's partner row is called from then on: it keeps them counted, not named. */
export const forgottenPartnerName = 'A person (removed)';

/** What the audit log keeps of a forgotten partner's entries: the relationship's shape, no person. */
const partnerFieldsKept = [
  'category',
  'sectors',
  'agesServed',
  'stage',
  'depth',
  'formality',
  'locationPrecision',
  'primaryBranchId',
  'primaryBranchName',
  'ownerMembershipId',
  'ownerName',
  'foundVia',
  'archivedAt',
  'version',
  'importJobId',
];

/** What describes the interviewee in an interview's audit entries. */
const intervieweeFields = ['intervieweeName', 'intervieweeRole', 'place'];
const referralFieldsKept = ['status', 'partnerId', 'interviewId', 'maySayWhoSuggested'];

/**
 * Forgets a person who is a partner (an individual): their name, how to reach them, where they live,
 * their contacts, what they said in their interviews, notes about them, the referral that named
 * them, and every mention of them elsewhere in the organization (answers that name them are
 * removed, other text loses the mention), in the audit log and import files too. The partner row
 * stays, archived and nameless, so counts keep it; the audit log records that a person was removed.
 */
export async function forgetPartnerPerson(
  tx: Db,
  actor: Actor,
  partnerId: string,
): Promise<ErasedCounts & { contacts: number; interviews: number }> {
  const notFound = 'That partner was not found. It may belong to another library system.';
  if (!isUuid(partnerId)) throw new ActionError(notFound);
  const [partner] = await tx
    .select()
    .from(partners)
    .where(and(eq(partners.orgId, actor.orgId), eq(partners.id, partnerId)))
    .for('update');
  if (!partner) throw new ActionError(notFound);
  if (partner.forgottenAt) throw new ActionError('This person has already been forgotten.');
  if (partner.category !== 'individual') {
    throw new ActionError(
      'Only a person can be forgotten. To remove someone at this organization, remove or forget that contact.',
    );
  }

  const people = await tx
    .select()
    .from(contacts)
    .where(and(eq(contacts.orgId, actor.orgId), eq(contacts.partnerId, partner.id)))
    .for('update');
  const referral = await tx
    .select()
    .from(referrals)
    .where(and(eq(referrals.orgId, actor.orgId), eq(referrals.partnerId, partner.id)));
  const traces: PersonTraces = {
    names: [partner.name, ...people.map((c) => c.name), ...referral.map((r) => r.name)],
    details: [
      partner.email,
      partner.phone,
      partner.address,
      partner.website,
      ...people.flatMap((c) => [c.email, c.phone]),
      ...referral.map((r) => r.howToReach),
    ],
  };
  const patterns = tracePatterns(traces);

  for (const contact of people)
    await eraseContact(tx, actor, contact, forgottenPartnerName, 'contact.forget');

  // Their interviews: what they said, who they are and where they were met.
  const theirInterviews = await tx
    .update(interviews)
    .set({
      intervieweeName: '',
      intervieweeRole: '',
      place: '',
      answers: {},
      pending: { followUps: [], referrals: [] },
      takeaways: sql`'{}'::text[]`,
    })
    .where(and(eq(interviews.orgId, actor.orgId), eq(interviews.partnerId, partner.id)))
    .returning({ id: interviews.id });
  const interviewIds = theirInterviews.map((row) => row.id);
  await eraseAuditDetails(tx, actor.orgId, 'interview', interviewIds, { drop: intervieweeFields });

  // Notes about them: contacts logged and stage moves are about this person alone.
  await tx
    .update(interactions)
    .set({ note: '' })
    .where(and(eq(interactions.orgId, actor.orgId), eq(interactions.partnerId, partner.id)));
  await tx
    .update(stageChanges)
    .set({ note: '' })
    .where(and(eq(stageChanges.orgId, actor.orgId), eq(stageChanges.partnerId, partner.id)));
  const tasks = await tx
    .select({ id: followUps.id, description: followUps.description })
    .from(followUps)
    .where(and(eq(followUps.orgId, actor.orgId), eq(followUps.partnerId, partner.id)));
  for (const task of tasks) {
    await tx
      .update(followUps)
      .set({ description: redactText(task.description, patterns) })
      .where(eq(followUps.id, task.id));
  }

  // The referral they came from keeps that it became a partner, not who it named.
  for (const row of referral) {
    await tx
      .update(referrals)
      .set({ name: removedMark, organizationName: '', howToReach: '', reason: '' })
      .where(eq(referrals.id, row.id));
  }
  await eraseAuditDetails(
    tx,
    actor.orgId,
    'referral',
    referral.map((r) => r.id),
    referralFieldsKept,
  );

  // What an import kept of them to undo a merge.
  const jobs = await tx
    .select({ id: importJobs.id, merges: importJobs.merges, unplaced: importJobs.unplaced })
    .from(importJobs)
    .where(
      and(
        eq(importJobs.orgId, actor.orgId),
        sql`(${importJobs.merges}::text like ${`%${partner.id}%`} or ${importJobs.unplaced}::text like ${`%${partner.id}%`})`,
      ),
    );
  for (const job of jobs) {
    await tx
      .update(importJobs)
      .set({
        merges: job.merges.map((m) => (m.partnerId === partner.id ? { ...m, before: {} } : m)),
        unplaced: job.unplaced.filter((u) => u.partnerId !== partner.id),
      })
      .where(eq(importJobs.id, job.id));
  }

  await tx
    .update(partners)
    .set({
      name: forgottenPartnerName,
      description: '',
      strengths: '',
      interests: '',
      priorityCommunities: sql`'{}'::text[]`,
      address: '',
      latitude: null,
      longitude: null,
      locationPrecision: 'hidden',
      website: '',
      phone: '',
      email: '',
      endedReason: '',
      foundViaNote: '',
      nextFollowUpOn: null,
      archivedAt: partner.archivedAt ?? sql`now()`,
      forgottenAt: sql`now()`,
      version: sql`${partners.version} + 1`,
      updatedAt: sql`now()`,
      updatedByUserId: actor.userId,
    })
    .where(eq(partners.id, partner.id));
  await eraseAuditDetails(tx, actor.orgId, 'partner', [partner.id], partnerFieldsKept);

  const elsewhere = await eraseMentions(tx, actor.orgId, traces, { exceptPartnerId: partner.id });
  const counts = { ...elsewhere, contacts: people.length, interviews: interviewIds.length };
  await recordAudit(tx, actor, {
    action: 'partner.forget',
    entityType: 'partner',
    entityId: partner.id,
    after: { ...counts, detailsErased: true },
  });
  return counts;
}
