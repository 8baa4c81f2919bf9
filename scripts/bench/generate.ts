import { sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import {
  auditEntries,
  contacts,
  followUps,
  interactionParticipants,
  interactions,
  interviewInterviewers,
  interviews,
  partners,
  referrals,
  stageChanges,
} from '@/db/schema';
import { type AgeServed, agesServed, type Sector, sectors } from '@/db/schema/vocabulary';
import { copyAll } from './bulk-write';
import { benchPassword, createBenchOrganization } from './organization';
import { between, dayString, generator, pick, scatter, someOf, townPicker, uuid, weighted } from './random';
import {
  categoryWeights,
  firstNames,
  interactionsByStage,
  kinds,
  lastNames,
  notes,
  nouns,
  quarters,
  shops,
  stagePath,
  stageWeights,
  streets,
  themes,
} from './words';

/**
 * The benchmark's data: one library system the size asked for, spread over Washington State's
 * towns (weighted by population, so Puget Sound is dense and the east is sparse), with a year of
 * relationship history. Rows are built in memory a batch of partners at a time and written with
 * multi-row inserts, each batch in one transaction. Deterministic for a given size and seed.
 */

export type GenerateOptions = {
  partners: number;
  /** Interactions per partner on average (about twenty by default, as the issue asks). */
  interactionsPerPartner?: number;
  /** Distinguishes the accounts of several generated organizations in one database. */
  tag?: string;
  seed?: number;
  now?: Date;
  /** Partners per batch (each batch is one transaction). */
  batchSize?: number;
  onProgress?: (done: number, total: number) => void;
};

export type GeneratedCounts = {
  branches: number;
  memberships: number;
  partners: number;
  contacts: number;
  interactions: number;
  interactionParticipants: number;
  interviews: number;
  referrals: number;
  stageChanges: number;
  followUps: number;
};

export type Generated = {
  orgId: string;
  adminEmail: string;
  password: string;
  counts: GeneratedCounts;
};

const day = 86_400_000;

export async function generateOrganization(db: Db, options: GenerateOptions): Promise<Generated> {
  const n = options.partners;
  const r = generator(options.seed ?? 20_231_024);
  const now = options.now ?? new Date();
  const tag = options.tag ?? `${n}`;
  const perPartner = options.interactionsPerPartner ?? 20;
  const scale = perPartner / 18.9; // the stage ranges above average about 18.9
  const batchSize = options.batchSize ?? 1000;
  const counts: GeneratedCounts = {
    branches: 0,
    memberships: 0,
    partners: 0,
    contacts: 0,
    interactions: 0,
    interactionParticipants: 0,
    interviews: 0,
    referrals: 0,
    stageChanges: 0,
    followUps: 0,
  };

  // The organization, its branches and its staff.
  const { orgId, userRows, membershipRows, branchRows, owners, guideVersionId, nearestBranch } =
    await createBenchOrganization(db, r, { partners: n, tag });
  counts.branches = branchRows.length;
  counts.memberships = membershipRows.length;

  const nextTown = townPicker(r);

  for (let start = 0; start < n; start += batchSize) {
    const end = Math.min(n, start + batchSize);
    const P: Record<string, unknown>[] = [];
    const C: Record<string, unknown>[] = [];
    const I: Record<string, unknown>[] = [];
    const IP: Record<string, unknown>[] = [];
    const IV: Record<string, unknown>[] = [];
    const IVI: Record<string, unknown>[] = [];
    const RF: Record<string, unknown>[] = [];
    const S: Record<string, unknown>[] = [];
    const F: Record<string, unknown>[] = [];
    for (let k = start; k < end; k++) {
      const id = uuid(r);
      const town = nextTown();
      const category = weighted(r, categoryWeights);
      const stage = weighted(r, stageWeights);
      const owner = pick(r, owners);
      const [lat, lng] = scatter(r, town);
      const unplaced = r() < 0.01;
      const precision =
        category === 'individual' ? (r() < 0.15 ? 'hidden' : 'approximate') : ('exact' as const);
      const name =
        category === 'individual'
          ? `${pick(r, firstNames)} ${pick(r, lastNames)}`
          : category === 'local_economy'
            ? `${pick(r, lastNames)} ${pick(r, shops)}`
            : `${r() < 0.4 ? `${pick(r, quarters)} ` : ''}${town.name} ${pick(r, nouns[category])}`;
      const createdAt = new Date(now.getTime() - between(r, 200, 900) * day);

      // A year of interactions, the latest setting the partner's health.
      const [low, high] = interactionsByStage[stage];
      const interactionCount = Math.round(between(r, low, high) * scale);
      let last: Date | null = null;
      // Most partners are warm; some have gone quiet for a while.
      const quietDays = r() < 0.25 ? between(r, 60, 200) : between(r, 0, 40);
      for (let j = 0; j < interactionCount; j++) {
        const when = new Date(now.getTime() - between(r, quietDays, 365) * day);
        if (!last || when > last) last = when;
        const interactionId = uuid(r);
        I.push({
          id: interactionId,
          orgId,
          partnerId: id,
          kind: pick(r, kinds),
          occurredOn: dayString(when),
          note: pick(r, notes),
          createdByUserId: owner.userId,
          createdAt: when,
          updatedAt: when,
        });
        IP.push({ orgId, interactionId, membershipId: r() < 0.8 ? owner.id : pick(r, owners).id });
      }

      // The path to the current stage, one move at a time over the partner's life.
      const target = stage === 'paused' || stage === 'ended' ? pick(r, stagePath.slice(1, 4)) : stage;
      const moves = [...stagePath.slice(0, stagePath.indexOf(target) + 1)];
      if (stage === 'paused' || stage === 'ended') moves.push(stage);
      const span = now.getTime() - createdAt.getTime();
      moves.forEach((to, m) => {
        S.push({
          id: uuid(r),
          orgId,
          partnerId: id,
          fromStage: m === 0 ? null : moves[m - 1],
          toStage: to,
          note: m === 0 ? 'Added' : '',
          changedByUserId: owner.userId,
          changedAt: new Date(createdAt.getTime() + (span * m) / moves.length),
        });
      });

      for (let c = 0, cn = category === 'individual' ? 1 : between(r, 1, 3); c < cn; c++) {
        const first = pick(r, firstNames);
        const lastName = pick(r, lastNames);
        C.push({
          id: uuid(r),
          orgId,
          partnerId: id,
          name: `${first} ${lastName}`,
          role: pick(r, ['Director', 'Coordinator', 'Volunteer lead', 'Teacher', 'Owner']),
          email: `${first}.${lastName}.${k}@example.org`.toLowerCase(),
          phone: `360-555-${String(between(r, 0, 9999)).padStart(4, '0')}`,
          shareWithViewers: r() < 0.5,
        });
      }

      // Interviews with partners the library knows well enough.
      if (stagePath.indexOf(target) >= 2 && r() < 0.4) {
        const interviewId = uuid(r);
        const heldOn = new Date(now.getTime() - between(r, 10, 360) * day);
        IV.push({
          id: interviewId,
          orgId,
          guideVersionId,
          partnerId: id,
          intervieweeName: `${pick(r, firstNames)} ${pick(r, lastNames)}`,
          heldOn: dayString(heldOn),
          mode: pick(r, ['in_person', 'phone', 'video'] as const),
          status: r() < 0.9 ? 'complete' : 'draft',
          consentRecordedAt: heldOn,
          consentNotes: true,
          takeaways: ['They want a joint program for families.'],
          themes: someOf(r, themes, 1, 3),
          completedAt: heldOn,
          createdByUserId: owner.userId,
        });
        IVI.push({ orgId, interviewId, membershipId: owner.id });
        if (r() < 0.3) {
          RF.push({
            id: uuid(r),
            orgId,
            interviewId,
            name: `${pick(r, firstNames)} ${pick(r, lastNames)}`,
            organizationName: `${town.name} ${pick(r, nouns.association)}`,
            reason: 'Knows the families we want to reach.',
          });
        }
      }

      // An open follow-up for relationships in motion (some overdue), and some done ones.
      let nextFollowUpOn: string | null = null;
      if (stage !== 'ended' && stage !== 'identified') {
        nextFollowUpOn = dayString(new Date(now.getTime() + between(r, -30, 60) * day));
        F.push({
          id: uuid(r),
          orgId,
          partnerId: id,
          description: 'Check in about the next program.',
          assigneeMembershipId: owner.id,
          dueOn: nextFollowUpOn,
          status: 'open',
          doneAt: null,
          doneByUserId: null,
          createdByUserId: owner.userId,
        });
      }
      if (r() < 0.5) {
        const due = new Date(now.getTime() - between(r, 30, 300) * day);
        F.push({
          id: uuid(r),
          orgId,
          partnerId: id,
          description: 'Send a thank-you note.',
          assigneeMembershipId: owner.id,
          dueOn: dayString(due),
          status: 'done',
          doneAt: due,
          doneByUserId: owner.userId,
          createdByUserId: owner.userId,
        });
      }

      P.push({
        id,
        orgId,
        name,
        category,
        sectors: someOf(r, sectors, 1, 3) as Sector[],
        agesServed: someOf(r, agesServed, 1, 3) as AgeServed[],
        priorityCommunities:
          r() < 0.3 ? [pick(r, ['Spanish-speaking families', 'Veterans', 'Rural youth'])] : [],
        description: `${name} serves people in and around ${town.name}.`,
        address: `${between(r, 100, 9999)} ${pick(r, streets)} ${pick(r, ['St', 'Ave', 'Rd'])}, ${town.name}, WA`,
        latitude: unplaced ? null : lat,
        longitude: unplaced ? null : lng,
        locationPrecision: precision,
        phone: `360-555-${String(between(r, 0, 9999)).padStart(4, '0')}`,
        primaryBranchId: nearestBranch(lat, lng),
        ownerMembershipId: owner.id,
        stage,
        endedReason: stage === 'ended' ? 'Their program closed.' : '',
        nextFollowUpOn,
        lastInteractionAt: last,
        createdByUserId: owner.userId,
        createdAt,
        updatedAt: last ?? createdAt,
      });
    }
    // Not one transaction: COPY runs outside drizzle's, and a half-made benchmark set is remade anyway.
    for (const [table, rows] of [
      [partners, P],
      [contacts, C],
      [interviews, IV],
      [interviewInterviewers, IVI],
      [referrals, RF],
      [interactions, I],
      [interactionParticipants, IP],
      [stageChanges, S],
      [followUps, F],
    ] as const) {
      await copyAll(db, table, rows);
    }
    counts.partners += P.length;
    counts.contacts += C.length;
    counts.interactions += I.length;
    counts.interactionParticipants += IP.length;
    counts.interviews += IV.length;
    counts.referrals += RF.length;
    counts.stageChanges += S.length;
    counts.followUps += F.length;
    options.onProgress?.(end, n);
  }

  await db.insert(auditEntries).values({
    orgId,
    action: 'bench.generate',
    entityType: 'organization',
    entityId: orgId,
    after: { ...counts },
  });
  // Fresh statistics, so the planner sees the data as it is now (autovacuum would, later).
  await db.execute(sql`analyze`);
  return { orgId, adminEmail: userRows[0]!.email, password: benchPassword, counts };
}
