'use server';

import { eq } from 'drizzle-orm';
import { headers } from 'next/headers';
import { z } from 'zod';
import { getDb } from '@/db';
import { memberReminders } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { defineAction } from '@/lib/auth/action';
import { feedPath, feedSecretHash, newFeedSecret } from './feed-secret';
import { absoluteLink, appOrigin } from './links';

const noInput = z.object({});

/**
 * Makes the member's calendar feed, or a new address for it: the old address ends at once (it is
 * the secret, and only the new one's hash is kept). The address is shown this once.
 */
export const resetCalendarFeed = defineAction(
  { schema: noInput, role: 'staff', revalidate: ['/account'] },
  async (_input, ctx) => {
    const secret = newFeedSecret();
    const hash = feedSecretHash(secret)!;
    const db = await getDb();
    const now = new Date();
    await db.transaction(async (tx) => {
      await tx
        .insert(memberReminders)
        .values({
          membershipId: ctx.membershipId,
          orgId: ctx.orgId,
          calendarTokenHash: hash,
          calendarCreatedAt: now,
        })
        .onConflictDoUpdate({
          target: memberReminders.membershipId,
          set: { calendarTokenHash: hash, calendarCreatedAt: now, updatedAt: now },
        });
      await recordAudit(tx, ctx, {
        action: 'member.calendar_feed_reset',
        entityType: 'member',
        entityId: ctx.membershipId,
        after: { name: ctx.name },
      });
    });
    const origin = appOrigin((await headers()).get('origin') ?? undefined);
    return { address: absoluteLink(origin, feedPath(secret)) };
  },
);

/** Ends the member's calendar feed: its address answers 404 from now on. */
export const stopCalendarFeed = defineAction(
  { schema: noInput, role: 'staff', revalidate: ['/account'] },
  async (_input, ctx) => {
    const db = await getDb();
    await db.transaction(async (tx) => {
      await tx
        .update(memberReminders)
        .set({ calendarTokenHash: null, calendarCreatedAt: null, updatedAt: new Date() })
        .where(eq(memberReminders.membershipId, ctx.membershipId));
      await recordAudit(tx, ctx, {
        action: 'member.calendar_feed_stop',
        entityType: 'member',
        entityId: ctx.membershipId,
        after: { name: ctx.name },
      });
    });
    return { stopped: true };
  },
);
