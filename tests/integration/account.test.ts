import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditEntries, memberships, users } from '@/db/schema';
import { changePassword } from '@/lib/account/actions';
import { signIn } from '@/lib/auth';
import { getAuthContext } from '@/lib/auth/context';
import { checkCredentials } from '@/lib/auth/credentials';
import { signInPolicy } from '@/lib/auth/throttle';
import { createMember, createOrganization, form, signInAs } from '../factories';
import { useTestDatabase } from '../support/database';
import { expectRedirect } from '../support/next';

const t = useTestDatabase();
const noSleep = { sleep: async () => {} };

describe('the session check every action goes through', () => {
  it('refuses a signed-out caller', async () => {
    signInAs(null);
    const result = await changePassword(
      null,
      form({ currentPassword: 'x', newPassword: 'y'.repeat(12), confirmPassword: 'y'.repeat(12) }),
    );
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/session has ended/) });
  });

  it('refuses a member deactivated after they signed in, at once', async () => {
    const org = await createOrganization(t.db);
    const member = await createMember(t.db, org.id);
    signInAs(member);
    expect(await getAuthContext()).toMatchObject({ userId: member.userId, orgId: org.id, role: 'staff' });
    await t.db.update(memberships).set({ active: false }).where(eq(memberships.id, member.membershipId));
    expect(await getAuthContext()).toBeNull();
    const result = await changePassword(
      null,
      form({
        currentPassword: member.password,
        newPassword: 'n'.repeat(12),
        confirmPassword: 'n'.repeat(12),
      }),
    );
    expect(result.ok).toBe(false);
  });

  it('takes a changed role from the database, not from the session cookie', async () => {
    const org = await createOrganization(t.db);
    const member = await createMember(t.db, org.id, { role: 'admin' });
    signInAs(member);
    await t.db.update(memberships).set({ role: 'viewer' }).where(eq(memberships.id, member.membershipId));
    expect((await getAuthContext())?.role).toBe('viewer');
  });

  it('ignores a session whose membership belongs to someone else', async () => {
    const org = await createOrganization(t.db);
    const a = await createMember(t.db, org.id);
    const b = await createMember(t.db, org.id);
    signInAs({ userId: a.userId, membershipId: b.membershipId });
    expect(await getAuthContext()).toBeNull();
  });
});

describe('changing your password', () => {
  it('keeps what was typed and says which field is wrong', async () => {
    const org = await createOrganization(t.db);
    const member = await createMember(t.db, org.id);
    signInAs(member);
    const wrong = await changePassword(
      null,
      form({
        currentPassword: 'not it',
        newPassword: 'a new long password',
        confirmPassword: 'a new long password',
      }),
    );
    expect(wrong).toMatchObject({ ok: false, fieldErrors: { currentPassword: [expect.any(String)] } });
    const short = await changePassword(
      null,
      form({ currentPassword: member.password, newPassword: 'short', confirmPassword: 'short' }),
    );
    expect(short).toMatchObject({ ok: false, fieldErrors: { newPassword: ['Use at least 12 characters.'] } });
    expect(await checkCredentials(t.db, member.email, member.password, noSleep)).toMatchObject({ ok: true });
  });

  it('replaces a one-time password with the member’s own, and records it', async () => {
    const org = await createOrganization(t.db);
    const member = await createMember(t.db, org.id, {
      password: 'one-time-pass-123',
      mustChangePassword: true,
    });
    signInAs(member);
    const to = await expectRedirect(() =>
      changePassword(
        null,
        form({
          currentPassword: 'one-time-pass-123',
          newPassword: 'my own good password',
          confirmPassword: 'my own good password',
        }),
      ),
    );
    expect(to).toBe('/?passwordChanged=1');
    // The session in hand is renewed with the new password; every older one has ended.
    expect(signIn).toHaveBeenCalledWith('credentials', {
      email: member.email,
      password: 'my own good password',
      redirect: false,
    });
    expect(await getAuthContext()).toBeNull();
    signInAs({ ...member, sessionVersion: 2 });
    expect(await getAuthContext()).toMatchObject({ userId: member.userId, mustChangePassword: false });
    const [user] = await t.db.select().from(users).where(eq(users.id, member.userId));
    expect(user?.mustChangePassword).toBe(false);
    expect(await checkCredentials(t.db, member.email, 'my own good password', noSleep)).toMatchObject({
      ok: true,
    });
    expect(await checkCredentials(t.db, member.email, 'one-time-pass-123', noSleep)).toMatchObject({
      ok: false,
    });
    const audit = await t.db.select().from(auditEntries).where(eq(auditEntries.orgId, org.id));
    const changes = audit.filter((entry) => entry.action !== 'member.sign_in');
    expect(changes).toMatchObject([{ action: 'member.password_change', actorUserId: member.userId }]);
  });

  it('counts wrong current passwords towards the sign-in limit, and then refuses', async () => {
    const org = await createOrganization(t.db);
    const member = await createMember(t.db, org.id);
    signInAs(member);
    const attempt = () =>
      changePassword(
        null,
        form({ currentPassword: 'a guess', newPassword: 'n'.repeat(12), confirmPassword: 'n'.repeat(12) }),
      );
    for (let i = 0; i < signInPolicy.maxFailures - 1; i++) {
      expect(await attempt()).toMatchObject({
        ok: false,
        fieldErrors: { currentPassword: [expect.any(String)] },
      });
    }
    expect(await attempt()).toMatchObject({ ok: false, message: expect.stringMatching(/locked/) });
    expect(await checkCredentials(t.db, member.email, member.password, noSleep)).toMatchObject({
      reason: 'locked',
    });
  }, 60_000);
});
