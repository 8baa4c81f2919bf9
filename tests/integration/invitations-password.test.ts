import { and, eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { joinWithPasswordAction } from '@/app/(auth)/invite/[token]/actions';
import { memberships } from '@/db/schema';
import { signIn } from '@/lib/auth';
import { checkCredentials } from '@/lib/auth/credentials';
import { closedMessages } from '@/lib/invitations/messages';
import { addMember } from '@/lib/staff/actions';
import { createMember, createOrganizationWithMembers, form, signInAs } from '../factories';
import { useTestDatabase } from '../support/database';

// An invited account's owner who is not signed in joins with their password on the invitation
// page (decision 0024): this is the way in for an account that can sign in nowhere today, such as
// one deactivated in the only system it belonged to.

const t = useTestDatabase();
const noSleep = { sleep: async () => {} };

beforeEach(() => {
  vi.mocked(signIn).mockClear();
});

async function inviteInto(admin: Parameters<typeof signInAs>[0] & {}, email: string) {
  signInAs(admin);
  const result = await addMember(null, form({ role: 'staff', method: 'invitation', name: 'Typed', email }));
  if (!result.ok || result.data.kind !== 'invitation') throw new Error('expected an invitation');
  return result.data.link.split('/invite/')[1]!;
}

describe('joining with the account’s password', () => {
  it('lets an account deactivated elsewhere join, signs it in, and works once', async () => {
    const a = await createOrganizationWithMembers(t.db, 'Alder Library');
    const b = await createOrganizationWithMembers(t.db, 'Birch Library');
    const former = await createMember(t.db, b.org.id, { email: 'former@example.org', active: false });
    expect(await checkCredentials(t.db, former.email, former.password, noSleep)).toMatchObject({
      ok: false,
      reason: 'deactivated',
    });
    const token = await inviteInto(a.admin, former.email);

    signInAs(null);
    const wrong = await joinWithPasswordAction(null, form({ token, password: 'not the password at all' }));
    expect(wrong).toMatchObject({
      ok: false,
      fieldErrors: { password: [expect.stringMatching(/not the password of the Partner Atlas account/)] },
    });
    const none = await t.db
      .select()
      .from(memberships)
      .where(and(eq(memberships.orgId, a.org.id), eq(memberships.userId, former.userId)));
    expect(none).toEqual([]);
    expect(signIn).not.toHaveBeenCalled();

    expect(await joinWithPasswordAction(null, form({ token, password: former.password }))).toEqual({
      ok: true,
      data: null,
    });
    const [joined] = await t.db
      .select()
      .from(memberships)
      .where(and(eq(memberships.orgId, a.org.id), eq(memberships.userId, former.userId)));
    expect(joined).toMatchObject({ role: 'staff', active: true });
    expect(vi.mocked(signIn).mock.calls[0]?.[1]).toMatchObject({
      email: former.email,
      password: former.password,
    });
    // The account signs in again, into the system it joined; Birch stays deactivated.
    expect(await checkCredentials(t.db, former.email, former.password, noSleep)).toMatchObject({
      ok: true,
      orgId: a.org.id,
    });
    expect(await joinWithPasswordAction(null, form({ token, password: former.password }))).toEqual({
      ok: false,
      message: closedMessages.used,
    });
  });

  it('is refused to a browser signed in as someone, and to another account’s password', async () => {
    const a = await createOrganizationWithMembers(t.db, 'Cedar Library');
    const b = await createOrganizationWithMembers(t.db, 'Dogwood Library');
    const invited = await createMember(t.db, b.org.id, { email: 'invited@example.org' });
    const token = await inviteInto(a.admin, invited.email);

    signInAs(b.staff);
    expect(await joinWithPasswordAction(null, form({ token, password: invited.password }))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/You are signed in as/),
    });
    // Everyone's factory password is the same: a password only proves the invited address's account.
    signInAs(null);
    const other = await createMember(t.db, b.org.id, {
      email: 'other@example.org',
      password: 'the other one’s own password',
    });
    expect(
      await joinWithPasswordAction(null, form({ token, password: 'the other one’s own password' })),
    ).toMatchObject({ ok: false });
    expect(other.email).not.toBe(invited.email);
    const rows = await t.db.select().from(memberships).where(eq(memberships.orgId, a.org.id));
    expect(rows.map((row) => row.userId)).not.toContain(invited.userId);
  });
});
