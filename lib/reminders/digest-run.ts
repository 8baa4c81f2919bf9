import 'server-only';
import { randomUUID } from 'node:crypto';
import { and, eq, inArray, isNull, lt, lte, or, sql } from 'drizzle-orm';
import type { PgUpdateSetSource } from 'drizzle-orm/pg-core';
import type { Db } from '@/db/client';
import { logError } from '@/db/errors';
import { digestDeliveries, memberReminders, memberships, organizations, users } from '@/db/schema';
import { deliver, MailRefused } from '@/lib/mail/send';
import { mailServerFor } from '@/lib/mail/server';
import { digestContent, digestHasNews } from './digest-content';
import { digestMessage } from './digest-message';
import { absoluteLink, appOrigin } from './links';
import { latestSlot } from './schedule';
import { unsubscribeToken } from './unsubscribe';

/** A claimed digest is this process's for this long; a crashed sender's lapses for the next. */
const leaseSeconds = 10 * 60;
/** Tries before a digest is given up: 5 min, 20 min, 80 min, about 5 h apart. */
export const maxAttempts = 5;
const retryAfterSeconds = (attempts: number) => 5 * 60 * 4 ** (attempts - 1);
const batch = 25;
/** Finished digests (sent, empty, failed) are kept this long for the record, then pruned. */
export const keepFinishedDays = 90;

/** Every active member whose digest is on, with what the pass needs to know of them. */
async function subscribers(db: Db) {
  return db
    .select({
      orgId: memberships.orgId,
      membershipId: memberships.id,
      frequency: sql<'weekly' | 'daily' | 'off'>`coalesce(${memberReminders.digestFrequency}, 'weekly')`,
      timeZone: organizations.timeZone,
    })
    .from(memberships)
    .innerJoin(organizations, eq(organizations.id, memberships.orgId))
    .leftJoin(memberReminders, eq(memberReminders.membershipId, memberships.id))
    .where(
      and(
        eq(memberships.active, true),
        or(isNull(memberReminders.digestFrequency), sql`${memberReminders.digestFrequency} <> 'off'`),
      ),
    );
}

/**
 * Plans the digest each member is due (one row per member and period; planning twice, or in two
 * processes, adds nothing). Only for organizations with a mail server: nothing piles up unsent.
 */
export async function planDigests(db: Db, now: Date): Promise<number> {
  const rows = await subscribers(db);
  const servers = new Map<string, boolean>();
  const values = [];
  for (const row of rows) {
    if (row.frequency === 'off') continue;
    if (!servers.has(row.orgId)) servers.set(row.orgId, Boolean(await mailServerFor(db, row.orgId)));
    if (!servers.get(row.orgId)) continue;
    values.push({
      orgId: row.orgId,
      membershipId: row.membershipId,
      frequency: row.frequency,
      period: latestSlot(row.frequency, row.timeZone, now),
    });
  }
  if (!values.length) return 0;
  const added = await db
    .insert(digestDeliveries)
    .values(values)
    .onConflictDoNothing()
    .returning({ id: digestDeliveries.id });
  return added.length;
}

/**
 * Takes up to `batch` digests that are due and not held: one UPDATE whose condition is checked again
 * on each row as it is locked, so two processes never take the same one (PostgreSQL and PGlite).
 */
async function claimDigests(db: Db) {
  const holder = randomUUID();
  const free = or(isNull(digestDeliveries.leaseUntil), lt(digestDeliveries.leaseUntil, sql`now()`));
  const due = and(
    eq(digestDeliveries.status, 'pending'),
    lte(digestDeliveries.nextAttemptAt, sql`now()`),
    free,
  );
  const candidates = db.select({ id: digestDeliveries.id }).from(digestDeliveries).where(due).limit(batch);
  return db
    .update(digestDeliveries)
    .set({
      leaseHolder: holder,
      leaseUntil: sql`now() + make_interval(secs => ${leaseSeconds})`,
      attempts: sql`${digestDeliveries.attempts} + 1`,
    })
    .where(and(inArray(digestDeliveries.id, candidates), due))
    .returning();
}

type Claimed = Awaited<ReturnType<typeof claimDigests>>[number];
const held = (row: Claimed) =>
  and(eq(digestDeliveries.id, row.id), eq(digestDeliveries.leaseHolder, row.leaseHolder!));

/** Builds and sends one claimed digest, and records how it went. */
async function sendOne(db: Db, row: Claimed, now: Date): Promise<'sent' | 'empty' | 'retry' | 'failed'> {
  const [member] = await db
    .select({
      name: users.name,
      email: users.email,
      role: memberships.role,
      active: memberships.active,
      homeBranchId: memberships.homeBranchId,
      orgName: organizations.name,
      timeZone: organizations.timeZone,
      healthCadenceDays: organizations.healthCadenceDays,
      frequency: sql<'weekly' | 'daily' | 'off'>`coalesce(${memberReminders.digestFrequency}, 'weekly')`,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .innerJoin(organizations, eq(organizations.id, memberships.orgId))
    .leftJoin(memberReminders, eq(memberReminders.membershipId, memberships.id))
    .where(and(eq(memberships.id, row.membershipId), eq(memberships.orgId, row.orgId)));
  const finish = (set: PgUpdateSetSource<typeof digestDeliveries>) =>
    db
      .update(digestDeliveries)
      .set({ leaseHolder: null, leaseUntil: null, ...set })
      .where(held(row));
  // Read now, not when planned: a member who left, or unsubscribed since (by the link or on their
  // account page), is sent nothing, retries included.
  if (!member?.active || member.frequency === 'off') {
    await finish({ status: 'empty', lastError: '' });
    return 'empty';
  }
  const content = await digestContent(
    db,
    { ...member, orgId: row.orgId, membershipId: row.membershipId },
    now,
  );
  const counts = {
    overdue: content.overdueTotal,
    thisWeek: content.thisWeekTotal,
    cooling: content.coolingTotal,
    referrals: content.referralsWaiting,
  };
  if (!digestHasNews(content)) {
    await finish({ status: 'empty', counts });
    return 'empty';
  }
  const server = await mailServerFor(db, row.orgId);
  const origin = appOrigin();
  const unsubscribe = absoluteLink(origin, `/api/unsubscribe/${unsubscribeToken(row.membershipId)}`);
  const frequency = row.frequency === 'daily' ? 'daily' : 'weekly';
  const message = digestMessage(
    content,
    { name: member.name, orgName: member.orgName, frequency },
    { origin, unsubscribe },
  );
  try {
    if (!server) throw new MailRefused('No mail server is set.', false);
    await deliver(server, {
      to: member.email,
      ...message,
      headers: {
        'List-Unsubscribe': `<${unsubscribe}>`,
        'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      },
    });
  } catch (error) {
    const refused = error instanceof MailRefused ? error : new MailRefused('Sending failed.', false);
    if (!(error instanceof MailRefused)) logError('digest', error);
    const giveUp = refused.permanent || row.attempts >= maxAttempts;
    await finish({
      status: giveUp ? 'failed' : 'pending',
      lastError: refused.message.slice(0, 500),
      nextAttemptAt: sql`now() + make_interval(secs => ${retryAfterSeconds(row.attempts)})`,
      counts,
    });
    return giveUp ? 'failed' : 'retry';
  }
  await finish({ status: 'sent', sentAt: sql`now()`, lastError: '', counts });
  return 'sent';
}

/**
 * Drops finished digests older than `keepFinishedDays`: planning only ever looks at the latest
 * slot (at most a week back), so nothing older is needed to keep a period from being sent twice.
 */
export async function pruneDigestDeliveries(db: Db, now: Date): Promise<number> {
  const before = new Date(now.getTime() - keepFinishedDays * 86_400_000);
  const pruned = await db
    .delete(digestDeliveries)
    .where(
      and(
        inArray(digestDeliveries.status, ['sent', 'empty', 'failed']),
        lt(digestDeliveries.createdAt, before),
      ),
    )
    .returning({ id: digestDeliveries.id });
  return pruned.length;
}

/**
 * One pass: plan what is due, then send every due digest no other process holds (retries whose
 * wait is over included). Returns counts for the scheduler's record and the command line.
 */
export async function sendDueDigests(
  db: Db,
  options: { now?: Date; keepAlive?: () => Promise<boolean> } = {},
) {
  const now = options.now ?? new Date();
  const result = { planned: await planDigests(db, now), sent: 0, empty: 0, retry: 0, failed: 0 };
  for (;;) {
    const claimed = await claimDigests(db);
    if (!claimed.length) break;
    for (const row of claimed) result[await sendOne(db, row, now)] += 1;
    if (options.keepAlive && !(await options.keepAlive())) break;
  }
  return { ...result, pruned: await pruneDigestDeliveries(db, now) };
}
