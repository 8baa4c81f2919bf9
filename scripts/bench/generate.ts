import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { hash } from '@node-rs/argon2';
import { and, eq, getTableName, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { defaultGuideKey, ensureDefaultGuide } from '@/db/catalogue/interview-guide';
import type { Db } from '@/db/client';
import {
  appSetup,
  auditEntries,
  branches,
  contacts,
  followUps,
  interactionParticipants,
  interactions,
  interviewGuides,
  interviewInterviewers,
  interviews,
  memberships,
  organizations,
  partners,
  referrals,
  stageChanges,
  users,
} from '@/db/schema';
import {
  type AgeServed,
  type AssetCategory,
  agesServed,
  type InteractionKind,
  type RelationshipStage,
  type Sector,
  sectors,
} from '@/db/schema/vocabulary';
import { type Town, washingtonTowns } from './towns';

/**
 * The benchmark's data: one library system the size asked for, spread over Washington State's
 * towns (weighted by population, so Puget Sound is dense and the east is sparse), with a year of
 * relationship history. Rows are built in memory a batch of partners at a time and written with
 * multi-row inserts, each batch in one transaction. Deterministic for a given size and seed.
 */

export const benchPassword = 'bench-password-1';

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

/** mulberry32: small, fast and deterministic. */
function generator(seed: number) {
  let state = seed | 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
type Random = () => number;

const pick = <T>(r: Random, list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
const between = (r: Random, low: number, high: number) => low + Math.floor(r() * (high - low + 1));
/** Box–Muller: a normal deviate, for scattering points around a town centre. */
const normal = (r: Random) => Math.sqrt(-2 * Math.log(1 - r())) * Math.cos(2 * Math.PI * r());
const dayString = (d: Date) => d.toISOString().slice(0, 10);
function uuid(r: Random): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(r() * 16).toString(16));
  hex[12] = '4';
  hex[16] = ((Number.parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
function someOf<T>(r: Random, list: readonly T[], low: number, high: number): T[] {
  const n = between(r, low, high);
  const out = new Set<T>();
  while (out.size < n) out.add(pick(r, list));
  return [...out];
}

const stageWeights: [RelationshipStage, number][] = [
  ['identified', 0.2],
  ['reached_out', 0.2],
  ['connected', 0.25],
  ['collaborating', 0.15],
  ['sustained', 0.1],
  ['paused', 0.06],
  ['ended', 0.04],
];
/** Interactions over the year by stage (low, high): about twenty a partner over all stages. */
const interactionsByStage: Record<RelationshipStage, [number, number]> = {
  identified: [0, 4],
  reached_out: [8, 16],
  connected: [16, 28],
  collaborating: [28, 40],
  sustained: [34, 46],
  paused: [10, 20],
  ended: [10, 20],
};
const path: RelationshipStage[] = ['identified', 'reached_out', 'connected', 'collaborating', 'sustained'];
const kinds: InteractionKind[] = ['meeting', 'call', 'email', 'email', 'event', 'joint_program', 'other'];
const categoryWeights: [AssetCategory, number][] = [
  ['individual', 0.15],
  ['association', 0.25],
  ['institution', 0.3],
  ['physical_space', 0.1],
  ['local_economy', 0.12],
  ['culture_stories', 0.08],
];
const nouns: Record<Exclude<AssetCategory, 'individual' | 'local_economy'>, string[]> = {
  association: [
    'Garden Club',
    'Rotary Club',
    'Neighborhood Association',
    'Chess Club',
    "Quilters' Guild",
    'Youth Soccer League',
    'Lions Club',
    'Running Club',
    'Parents Network',
    'Mutual Aid Group',
  ],
  institution: [
    'Elementary School',
    'Middle School',
    'High School',
    'Community College',
    'Senior Services',
    'Food Bank',
    'Family Resource Center',
    'Health Clinic',
    'Boys & Girls Club',
    'WorkSource Office',
  ],
  physical_space: ['Community Center', 'Park', 'Grange Hall', 'Market Pavilion', 'Teen Center', 'Skate Park'],
  culture_stories: [
    'Historical Society',
    'Arts Council',
    'Community Radio',
    'Heritage Museum',
    'Storytellers',
    'Folk Dance Troupe',
  ],
};
const shops = ['Hardware', 'Bakery', 'Coffee', 'Credit Union', 'Auto Repair', 'Books', 'Grocery', 'Tacos'];
const quarters = ['North', 'South', 'East', 'West', 'Central', 'Old Town', 'Harbor', 'Hillside'];
const firstNames = [
  'Ana',
  'Ben',
  'Chen',
  'Dana',
  'Eli',
  'Fatima',
  'Grace',
  'Hiro',
  'Iris',
  'Jorge',
  'Kim',
  'Lena',
];
const lastNames = [
  'Garcia',
  'Nguyen',
  'Smith',
  'Yusuf',
  'Kowalski',
  'Begay',
  'Okafor',
  'Larsen',
  'Patel',
  'Reyes',
];
const streets = ['Main', 'Pine', 'Cedar', 'Maple', 'Lake', 'Hill', 'Park', 'Division', 'Broadway', 'Mill'];
const themes = [
  'transport',
  'childcare',
  'digital access',
  'language',
  'housing costs',
  'youth spaces',
  'trust',
];
const notes = [
  'Met to plan the next program together.',
  'Quick call to confirm dates.',
  'Sent the flyer and sign-up link.',
  'Tabled together at the community fair.',
  'Talked about what their members need this season.',
];

function weighted<T>(r: Random, items: [T, number][]): T {
  let x = r();
  for (const [item, w] of items) {
    x -= w;
    if (x < 0) return item;
  }
  return items[items.length - 1]![0];
}

/** Writes rows in multi-row INSERTs, as many per statement as PostgreSQL's 65,535 parameters allow. */
async function insertAll(db: Db, table: PgTable, rows: Record<string, unknown>[]) {
  if (!rows.length) return;
  const perRow = Object.keys(rows[0]!).length;
  const size = Math.max(1, Math.floor(60_000 / perRow));
  for (let i = 0; i < rows.length; i += size) {
    await db.insert(table).values(rows.slice(i, i + size) as never);
  }
}

/** One value in COPY's text format (https://www.postgresql.org/docs/current/sql-copy.html). */
function copyValue(value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) {
    const items = value.map((v) => `"${String(v).replace(/["\\]/g, '\\$&')}"`);
    return `{${items.join(',')}}`.replace(/\\/g, '\\\\');
  }
  if (typeof value === 'boolean') return value ? 't' : 'f';
  return String(value).replace(/[\\\t\n\r]/g, (c) =>
    c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r',
  );
}

const snake = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

type PgliteClient = { query: (text: string, params: unknown[], options: { blob: Blob }) => Promise<unknown> };
type PostgresClient = {
  unsafe: (text: string) => { writable: () => Promise<NodeJS.WritableStream> };
};

/**
 * Bulk rows with COPY FROM STDIN (postgres.js) or from a blob (PGlite): several times faster than
 * INSERTs for the millions of interaction rows at 100,000 partners. Every row must have the same keys.
 */
async function copyAll(db: Db, table: PgTable, rows: Record<string, unknown>[]) {
  if (!rows.length) return;
  const keys = Object.keys(rows[0]!);
  const text = `${rows.map((row) => keys.map((k) => copyValue(row[k])).join('\t')).join('\n')}\n`;
  const statement = `copy ${getTableName(table)} (${keys.map(snake).join(', ')}) from`;
  const client = (db as unknown as { $client: unknown }).$client;
  if (client && typeof (client as PostgresClient).unsafe === 'function') {
    const stream = await (client as PostgresClient).unsafe(`${statement} stdin`).writable();
    await pipeline(Readable.from([text]), stream);
  } else if (client && typeof (client as PgliteClient).query === 'function') {
    await (client as PgliteClient).query(`${statement} '/dev/blob'`, [], { blob: new Blob([text]) });
  } else {
    await insertAll(db, table, rows);
  }
}

function townPicker(r: Random) {
  // Partners follow population, a little flattened: small towns have proportionally more of them.
  const weights = washingtonTowns.map((t) => t.population ** 0.85);
  const total = weights.reduce((a, b) => a + b, 0);
  return (): Town => {
    let x = r() * total;
    for (const [i, w] of weights.entries()) {
      x -= w;
      if (x < 0) return washingtonTowns[i]!;
    }
    return washingtonTowns[0]!;
  };
}

function scatter(r: Random, town: Town): [number, number] {
  const sigmaKm = 1.2 + Math.sqrt(town.population) / 150;
  const lat = town.lat + (normal(r) * sigmaKm) / 111;
  const lng = town.lng + (normal(r) * sigmaKm) / (111 * Math.cos((town.lat * Math.PI) / 180));
  return [lat, lng];
}

/** Fills `db` (already migrated) with one organization of `options.partners` partners. */
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
  const orgId = uuid(r);
  const branchCount = Math.min(50, Math.max(1, Math.round(n / 2000)));
  const staffCount = Math.min(400, Math.max(4, Math.round(n / 250)));
  const passwordHash = await hash(benchPassword);
  const branchRows = Array.from({ length: branchCount }, (_, i) => {
    const town = washingtonTowns[i % washingtonTowns.length]!;
    const round = Math.floor(i / washingtonTowns.length);
    const [lat, lng] = round === 0 ? [town.lat, town.lng] : scatter(r, town);
    return {
      id: uuid(r),
      orgId,
      name: round === 0 ? `${town.name} Library` : `${town.name} ${quarters[round % quarters.length]} Branch`,
      address: `${between(r, 100, 9999)} ${pick(r, streets)} St, ${town.name}, WA`,
      latitude: lat,
      longitude: lng,
    };
  });
  const userRows = Array.from({ length: staffCount }, (_, i) => ({
    id: uuid(r),
    email: i === 0 ? `bench-admin-${tag}@example.org` : `bench-staff-${tag}-${i}@example.org`,
    name: i === 0 ? 'Bench Admin' : `${pick(r, firstNames)} ${pick(r, lastNames)} ${i}`,
    passwordHash,
  }));
  const membershipRows = userRows.map((u, i) => ({
    id: uuid(r),
    orgId,
    userId: u.id,
    role: (i === 0 ? 'admin' : i <= 2 ? 'manager' : i % 10 === 9 ? 'viewer' : 'staff') as
      | 'admin'
      | 'manager'
      | 'staff'
      | 'viewer',
    homeBranchId: branchRows[i % branchCount]!.id,
  }));
  const owners = membershipRows.filter((m) => m.role !== 'viewer');

  await db.transaction(async (tx) => {
    await tx.insert(appSetup).values({ id: 1 }).onConflictDoNothing();
    await tx.insert(organizations).values({
      id: orgId,
      name: `Bench Library System (${n.toLocaleString('en-US')} partners)`,
      mapCenterLat: 47.4,
      mapCenterLng: -120.6,
      mapZoom: 7,
    });
    await insertAll(tx, branches, branchRows);
    await insertAll(tx, users, userRows);
    await insertAll(tx, memberships, membershipRows);
    await ensureDefaultGuide(tx, orgId);
  });
  counts.branches = branchRows.length;
  counts.memberships = membershipRows.length;
  const [guide] = await db
    .select({ versionId: interviewGuides.currentVersionId })
    .from(interviewGuides)
    .where(and(eq(interviewGuides.orgId, orgId), eq(interviewGuides.builtinKey, defaultGuideKey)));
  if (!guide?.versionId) throw new Error('The built-in guide is missing');
  const guideVersionId = guide.versionId;

  const nextTown = townPicker(r);
  const nearestBranch = (lat: number, lng: number) => {
    let best = branchRows[0]!;
    let bestD = Number.POSITIVE_INFINITY;
    for (const b of branchRows) {
      const d = (b.latitude - lat) ** 2 + (b.longitude - lng) ** 2;
      if (d < bestD) {
        bestD = d;
        best = b;
      }
    }
    return best.id;
  };

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
      const target = stage === 'paused' || stage === 'ended' ? pick(r, path.slice(1, 4)) : stage;
      const moves = [...path.slice(0, path.indexOf(target) + 1)];
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
      if (path.indexOf(target) >= 2 && r() < 0.4) {
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
