import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { auditEntries, memberships, signInAttempts } from '@/db/schema';
import { checkCredentials } from '@/lib/auth/credentials';
import { signInPolicy } from '@/lib/auth/throttle';
import { createMember, createOrganization, defaultTestPassword } from '../factories';
import { useTestDatabase } from '../support/database';

const t = useTestDatabase();
// Each test from a client address of its own, so that the per-client limit (tested in
// sign-in-spray.test.ts) never mixes one test's failures into another's.
let clientNumber = 0;
const noSleep = { sleep: async () => {}, client: '' };
beforeEach(() => {
  noSleep.client = `198.51.100.${++clientNumber}`;
});

describe('checking a password', () => {
  it('accepts the right password, whatever the case of the email', async () => {
    const org = await createOrganization(t.db);
    const member = await createMember(t.db, org.id, { email: 'Reader@Example.org' });
    const result = await checkCredentials(t.db, '  READER@example.ORG ', defaultTestPassword, noSleep);
    expect(result).toMatchObject({
      ok: true,
      userId: member.userId,
      orgId: org.id,
      membershipId: member.membershipId,
    });
    const audit = await t.db.select().from(auditEntries).where(eq(auditEntries.orgId, org.id));
    expect(audit).toMatchObject([
      { action: 'member.sign_in', actorUserId: member.userId, entityId: member.membershipId },
    ]);
    const [membership] = await t.db.select().from(memberships).where(eq(memberships.id, member.membershipId));
    expect(membership?.lastSignInAt).toBeInstanceOf(Date);
  });

  it('refuses a wrong password and an unknown address with the same answer', async () => {
    const org = await createOrganization(t.db);
    const member = await createMember(t.db, org.id);
    expect(await checkCredentials(t.db, member.email, 'not the password', noSleep)).toEqual({
      ok: false,
      reason: 'invalid',
    });
    expect(await checkCredentials(t.db, 'nobody@example.org', 'whatever', noSleep)).toEqual({
      ok: false,
      reason: 'invalid',
    });
  });

  it('refuses a deactivated member even with the right password, and keeps their account', async () => {
    const org = await createOrganization(t.db);
    const member = await createMember(t.db, org.id, { active: false });
    expect(await checkCredentials(t.db, member.email, member.password, noSleep)).toEqual({
      ok: false,
      reason: 'deactivated',
    });
  });
});

describe('repeated failures', () => {
  it('slows the answers after the free failures, then locks the address even for the right password', async () => {
    const org = await createOrganization(t.db);
    const member = await createMember(t.db, org.id);
    const waits: number[] = [];
    const sleep = async (ms: number) => {
      waits.push(ms);
    };
    const client = noSleep.client;
    for (let i = 1; i < signInPolicy.maxFailures; i++) {
      expect(await checkCredentials(t.db, member.email, `wrong ${i}`, { sleep, client })).toEqual({
        ok: false,
        reason: 'invalid',
      });
    }
    expect(waits.slice(0, signInPolicy.freeFailures).every((ms) => ms === 0)).toBe(true);
    expect(waits.at(-1)).toBeGreaterThan(0);

    const locking = await checkCredentials(t.db, member.email, 'wrong again', { sleep, client });
    expect(locking).toMatchObject({ ok: false, reason: 'locked' });
    const refused = await checkCredentials(t.db, member.email, member.password, { sleep, client });
    expect(refused.ok).toBe(false);
    if (!refused.ok && refused.reason === 'locked') {
      const minutes = (refused.until.getTime() - Date.now()) / 60_000;
      expect(minutes).toBeGreaterThan(signInPolicy.lockMinutes - 1);
      expect(minutes).toBeLessThanOrEqual(signInPolicy.lockMinutes);
    } else {
      throw new Error(`expected a lock, got ${JSON.stringify(refused)}`);
    }
  });

  it('lets the member in again once the lock has run out, and a success clears the count', async () => {
    const org = await createOrganization(t.db);
    const member = await createMember(t.db, org.id);
    for (let i = 0; i < signInPolicy.maxFailures; i++)
      await checkCredentials(t.db, member.email, 'wrong', noSleep);
    // The lock is kept in the database, so moving its end into the past is what time passing looks like.
    await t.db
      .update(signInAttempts)
      .set({ lockedUntil: new Date(Date.now() - 1000) })
      .where(eq(signInAttempts.email, member.email));
    expect(await checkCredentials(t.db, member.email, member.password, noSleep)).toMatchObject({ ok: true });
    const rows = await t.db.select().from(signInAttempts).where(eq(signInAttempts.email, member.email));
    expect(rows).toHaveLength(0);
  });

  it('counts simultaneous failures exactly, with one atomic update in the database', async () => {
    const org = await createOrganization(t.db);
    const member = await createMember(t.db, org.id);
    // Concurrent failures stand in for several processes: the count is one atomic upsert.
    await Promise.all(
      Array.from({ length: signInPolicy.maxFailures }, () =>
        checkCredentials(t.db, member.email, 'wrong', noSleep),
      ),
    );
    const [row] = await t.db.select().from(signInAttempts).where(eq(signInAttempts.email, member.email));
    expect(row?.failedCount).toBe(signInPolicy.maxFailures);
    expect(row?.lockedUntil).not.toBeNull();
  });

  it('checks at most the allowed number of simultaneous guesses; the rest are refused unchecked', async () => {
    const org = await createOrganization(t.db);
    const member = await createMember(t.db, org.id);
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => checkCredentials(t.db, member.email, `guess ${i}`, noSleep)),
    );
    const checked = results.filter((r) => !r.ok && r.reason === 'invalid');
    expect(checked.length).toBeLessThan(signInPolicy.maxFailures);
    expect(results.filter((r) => !r.ok && r.reason === 'locked')).toHaveLength(20 - checked.length);
    expect(await checkCredentials(t.db, member.email, member.password, noSleep)).toMatchObject({
      reason: 'locked',
    });
  });
});
