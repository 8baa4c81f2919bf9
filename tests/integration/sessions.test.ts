import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { signOutAction } from '@/app/(app)/actions';
import { auditEntries, userSessions } from '@/db/schema';
import { changePassword, endAllSessions, endOtherSessions } from '@/lib/account/actions';
import { listOwnSessions } from '@/lib/account/queries';
import { signOut } from '@/lib/auth';
import { getAuthContext } from '@/lib/auth/context';
import { checkCredentials } from '@/lib/auth/credentials';
import { endSignedOutSession } from '@/lib/auth/sessions';
import { deactivateMember, resetMemberPassword } from '@/lib/staff/actions';
import {
  createMember,
  createOrganization,
  createOrganizationWithMembers,
  form,
  signInAs,
} from '../factories';
import { useTestDatabase } from '../support/database';
import { expectRedirect } from '../support/next';

const t = useTestDatabase();
let clientNumber = 0;

const browsers = {
  firefox: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0',
  iphone:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
  chrome:
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
};

/** Signs in the way the app does (password, limits, a session recorded) and returns the cookie's ids. */
async function signInFrom(member: { email: string; password: string }, userAgent: string) {
  const result = await checkCredentials(t.db, member.email, member.password, {
    sleep: async () => {},
    client: `203.0.113.${++clientNumber}`,
    userAgent,
  });
  if (!result.ok) throw new Error(`sign-in refused: ${result.reason}`);
  return { userId: result.userId, membershipId: result.membershipId, sessionId: result.sessionId };
}

/** What a request bearing this session's cookie would get. */
async function contextFor(cookie: { userId: string; membershipId: string | null; sessionId: string }) {
  signInAs(cookie);
  return getAuthContext();
}

async function auditActions(orgId: string) {
  const rows = await t.db.select().from(auditEntries).where(eq(auditEntries.orgId, orgId));
  return rows.filter((row) => row.action !== 'member.sign_in');
}

describe('signing out', () => {
  it('ends the session on the server: a copy of its cookie opens nothing afterwards', async () => {
    const org = await createOrganization(t.db);
    const member = await createMember(t.db, org.id);
    const cookie = await signInFrom(member, browsers.firefox);
    expect(await contextFor(cookie)).toMatchObject({ userId: member.userId, sessionId: cookie.sessionId });

    await signOutAction();
    expect(signOut).toHaveBeenCalledWith({ redirectTo: '/sign-in?signedOut=1' });
    // The copied cookie carries the very same ids.
    expect(await contextFor(cookie)).toBeNull();
    expect(await auditActions(org.id)).toMatchObject([
      { action: 'member.sign_out', actorUserId: member.userId, after: { browser: 'Firefox on Windows' } },
    ]);

    // Auth.js's sign-out event ends it again: nothing more happens, nothing more is audited.
    await endSignedOutSession(t.db, cookie);
    expect(await auditActions(org.id)).toHaveLength(1);
  });

  it('leaves the member’s other sessions standing', async () => {
    const org = await createOrganization(t.db);
    const member = await createMember(t.db, org.id);
    const desk = await signInFrom(member, browsers.firefox);
    const phone = await signInFrom(member, browsers.iphone);
    await endSignedOutSession(t.db, desk);
    expect(await contextFor(desk)).toBeNull();
    expect(await contextFor(phone)).toMatchObject({ userId: member.userId });
  });

  it('opens nothing with a session id of someone else’s, or past its end', async () => {
    const org = await createOrganization(t.db);
    const a = await createMember(t.db, org.id);
    const b = await createMember(t.db, org.id);
    const aCookie = await signInFrom(a, browsers.firefox);
    const bCookie = await signInFrom(b, browsers.firefox);
    expect(await contextFor({ ...aCookie, sessionId: bCookie.sessionId })).toBeNull();
    await t.db
      .update(userSessions)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(userSessions.id, aCookie.sessionId));
    expect(await contextFor(aCookie)).toBeNull();
  });
});

describe('the member’s sessions, on their account page', () => {
  it('lists the sessions that still open the app, this browser first, and never anyone else’s', async () => {
    const org = await createOrganization(t.db);
    const member = await createMember(t.db, org.id);
    const other = await createMember(t.db, org.id);
    const desk = await signInFrom(member, browsers.firefox);
    const phone = await signInFrom(member, browsers.iphone);
    const ended = await signInFrom(member, browsers.chrome);
    await signInFrom(other, browsers.chrome);
    await endSignedOutSession(t.db, ended);

    const ctx = await contextFor(phone);
    const sessions = await listOwnSessions(t.db, ctx!);
    expect(sessions.map((s) => [s.browser, s.current])).toEqual([
      ['Safari on iPhone', true],
      ['Firefox on Windows', false],
    ]);
    expect(sessions[1]).toMatchObject({ id: desk.sessionId, otherOrgName: null });
    expect(sessions[1]?.startedAt).toBeInstanceOf(Date);
  });

  it('ends every other session, keeps this one, and records it', async () => {
    const org = await createOrganization(t.db);
    const member = await createMember(t.db, org.id);
    const desk = await signInFrom(member, browsers.firefox);
    const phone = await signInFrom(member, browsers.iphone);
    const laptop = await signInFrom(member, browsers.chrome);

    signInAs(desk);
    const result = await endOtherSessions(null, form({}));
    expect(result).toEqual({ ok: true, data: { ended: 2 } });
    expect(await contextFor(phone)).toBeNull();
    expect(await contextFor(laptop)).toBeNull();
    const ctx = await contextFor(desk);
    expect(ctx).toMatchObject({ userId: member.userId });
    expect(await listOwnSessions(t.db, ctx!)).toMatchObject([{ id: desk.sessionId, current: true }]);
    expect(await auditActions(org.id)).toMatchObject([
      {
        action: 'member.sessions_end_others',
        actorUserId: member.userId,
        entityId: member.membershipId,
        after: { sessionsEnded: 2 },
      },
    ]);
  });

  it('ends all of them, this one too, and signs this browser out', async () => {
    const org = await createOrganization(t.db);
    const member = await createMember(t.db, org.id);
    const desk = await signInFrom(member, browsers.firefox);
    const phone = await signInFrom(member, browsers.iphone);

    signInAs(desk);
    await endAllSessions(null, form({}));
    expect(signOut).toHaveBeenCalledWith({ redirectTo: '/sign-in?signedOut=all' });
    expect(await contextFor(desk)).toBeNull();
    expect(await contextFor(phone)).toBeNull();
    expect(await auditActions(org.id)).toMatchObject([
      { action: 'member.sessions_end_all', after: { sessionsEnded: 2 } },
    ]);
    // Signing in again starts afresh.
    const again = await signInFrom(member, browsers.firefox);
    expect(await contextFor(again)).toMatchObject({ userId: member.userId });
  });

  it('refuses a caller whose session has ended', async () => {
    const org = await createOrganization(t.db);
    const member = await createMember(t.db, org.id);
    const desk = await signInFrom(member, browsers.firefox);
    await endSignedOutSession(t.db, desk);
    signInAs(desk);
    expect(await endOtherSessions(null, form({}))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/session has ended/),
    });
  });
});

describe('what else ends sessions', () => {
  it('changing one’s password ends every session, the one it was changed in too', async () => {
    const org = await createOrganization(t.db);
    const member = await createMember(t.db, org.id);
    const desk = await signInFrom(member, browsers.firefox);
    const phone = await signInFrom(member, browsers.iphone);
    signInAs(desk);
    await expectRedirect(() =>
      changePassword(
        null,
        form({
          currentPassword: member.password,
          newPassword: 'a brand new passphrase',
          confirmPassword: 'a brand new passphrase',
        }),
      ),
    );
    expect(await contextFor(desk)).toBeNull();
    expect(await contextFor(phone)).toBeNull();
    const revoked = await t.db.select().from(userSessions).where(eq(userSessions.userId, member.userId));
    expect(revoked.every((row) => row.revokedAt !== null)).toBe(true);
    const [entry] = await auditActions(org.id);
    expect(entry).toMatchObject({ action: 'member.password_change', after: { sessionsEnded: 2 } });
  });

  it('an admin’s password reset and a deactivation end the member’s sessions, and take them off the list', async () => {
    const { admin, staff, viewer } = await createOrganizationWithMembers(t.db);
    const staffSession = await signInFrom(staff, browsers.firefox);
    const viewerSession = await signInFrom(viewer, browsers.iphone);

    signInAs(admin);
    const reset = await resetMemberPassword(null, form({ memberId: staff.membershipId }));
    expect(reset.ok).toBe(true);
    expect(await contextFor(staffSession)).toBeNull();

    signInAs(admin);
    const off = await deactivateMember(null, form({ memberId: viewer.membershipId, version: 1 }));
    expect(off.ok).toBe(true);
    expect(await contextFor(viewerSession)).toBeNull();

    // A second session of the staff member's, begun with the one-time password, lists only itself.
    if (!reset.ok) throw new Error(reset.message);
    const fresh = await signInFrom(
      { email: staff.email, password: reset.data.oneTimePassword },
      browsers.chrome,
    );
    const ctx = await contextFor(fresh);
    expect(await listOwnSessions(t.db, ctx!)).toMatchObject([{ id: fresh.sessionId }]);
  });
});
