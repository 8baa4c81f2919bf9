import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { joinAsNewPersonAction } from '@/app/(auth)/invite/[token]/actions';
import { auditEntries, hostAudit, invitations, memberships, organizations, users } from '@/db/schema';
import { checkCredentials } from '@/lib/auth/credentials';
import { notHostMessage } from '@/lib/host/action';
import { createSystem, inviteSystemAdmin } from '@/lib/host/actions';
import { addHostAdmin } from '@/lib/host/admins';
import { hasAdminMessage } from '@/lib/host/first-admin';
import { loadHostSystem } from '@/lib/host/loaders';
import { closedMessages } from '@/lib/invitations/messages';
import { createOrganizationWithMembers, form, signInAs } from '../factories';
import { useTestDatabase } from '../support/database';

// A system created with an invitation link has no admin until the link is used: when it is lost or
// expires, the host makes a new one from the system's page, and the earlier link stops working.

const t = useTestDatabase();
const noSleep = { sleep: async () => {} };
const newPassword = 'a long password of my own';

async function signInHost(email: string) {
  const added = await addHostAdmin(t.db, { email, name: 'Hana Host' });
  if (added.status !== 'created') throw new Error('expected a new host admin');
  await t.db.update(users).set({ mustChangePassword: false }).where(eq(users.id, added.userId));
  const session = await checkCredentials(t.db, email, added.oneTimePassword, noSleep);
  if (!session.ok) throw new Error('host sign-in refused');
  signInAs(session);
  return { ...session, userId: added.userId };
}

const tokenOf = (link: string) => link.split('/invite/')[1]!;

async function createInvitedSystem(name: string) {
  const result = await createSystem(
    null,
    form({
      name,
      timeZone: 'America/Los_Angeles',
      mapCenterLat: '48.42',
      mapCenterLng: '-122.33',
      adminName: 'Sam Admin',
      adminEmail: 'sam@skagit.example',
      adminMethod: 'invitation',
    }),
  );
  if (!result.ok) throw new Error(result.message);
  return { orgId: result.data.orgId, token: tokenOf(result.data.invitationLink!.link) };
}

function join(token: string) {
  signInAs(null);
  return joinAsNewPersonAction(
    null,
    form({ token, name: 'Sam Admin', newPassword, confirmPassword: newPassword }),
  );
}

const newLink = (orgId: string, values: Record<string, string> = {}) =>
  inviteSystemAdmin(
    null,
    form({ orgId, adminName: 'Sam Admin', adminEmail: 'sam.admin@skagit.example', ...values }),
  );

describe('a new link for the first admin of a system that has none', () => {
  it('revokes the earlier link; the new one joins as admin; then none is offered', async () => {
    const host = await signInHost('host@state.example');
    const { orgId, token: lost } = await createInvitedSystem('Skagit Valley Libraries');
    const page = await loadHostSystem(host as never, orgId);
    expect(page?.firstAdmin).toEqual({ name: 'Sam Admin', email: 'sam@skagit.example' });

    const result = await newLink(orgId);
    if (!result.ok) throw new Error(result.message);
    expect(result.data).toMatchObject({ adminEmail: 'sam.admin@skagit.example', mailed: 'none' });
    const rows = await t.db.select().from(invitations).where(eq(invitations.orgId, orgId));
    expect(rows).toHaveLength(2);
    expect(rows.filter((row) => row.revokedAt === null)).toMatchObject([
      { email: 'sam.admin@skagit.example' },
    ]);
    const [entry] = await t.db
      .select()
      .from(hostAudit)
      .where(eq(hostAudit.action, 'organization.invite_admin'));
    expect(entry).toMatchObject({
      actorUserId: host.userId,
      orgId,
      details: { adminEmail: 'sam.admin@skagit.example', invitationsRevoked: 1 },
    });
    const orgLog = await t.db
      .select({ action: auditEntries.action })
      .from(auditEntries)
      .where(and(eq(auditEntries.orgId, orgId), eq(auditEntries.actorUserId, host.userId)));
    expect(orgLog.map((row) => row.action)).toEqual(
      expect.arrayContaining(['invitation.revoke', 'member.invite']),
    );

    expect(await join(lost)).toEqual({ ok: false, message: closedMessages.revoked });
    expect(await join(tokenOf(result.data.link))).toEqual({ ok: true, data: null });
    expect(await t.db.select().from(memberships).where(eq(memberships.orgId, orgId))).toMatchObject([
      { role: 'admin', active: true },
    ]);

    // An admin exists now: the page offers nothing and the action refuses.
    signInAs(host);
    expect((await loadHostSystem(host as never, orgId))?.firstAdmin).toBeNull();
    expect(await newLink(orgId, { adminEmail: 'other@skagit.example' })).toEqual({
      ok: false,
      message: hasAdminMessage,
    });
    expect(await t.db.select().from(invitations).where(eq(invitations.orgId, orgId))).toHaveLength(2);
  });

  it('refuses a suspended system, and every caller who is not a host admin', async () => {
    const host = await signInHost('second.host@state.example');
    const { orgId } = await createInvitedSystem('Whatcom County Library System');
    await t.db.update(organizations).set({ suspendedAt: new Date() }).where(eq(organizations.id, orgId));
    expect(await newLink(orgId)).toMatchObject({ ok: false, message: expect.stringMatching(/suspended/) });
    expect((await loadHostSystem(host as never, orgId))?.firstAdmin).toBeNull();
    await t.db.update(organizations).set({ suspendedAt: null }).where(eq(organizations.id, orgId));

    const { admin } = await createOrganizationWithMembers(t.db);
    signInAs(admin);
    expect(await newLink(orgId)).toEqual({ ok: false, message: notHostMessage });
    signInAs(null);
    expect(await newLink(orgId)).toEqual({ ok: false, message: notHostMessage });
    const rows = await t.db.select().from(invitations).where(eq(invitations.orgId, orgId));
    expect(rows).toMatchObject([{ email: 'sam@skagit.example', revokedAt: null }]);
  });
});
