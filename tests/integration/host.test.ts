import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditEntries, hostAudit, memberships, organizations, userSessions, users } from '@/db/schema';
import { getAuthContext } from '@/lib/auth/context';
import { checkCredentials } from '@/lib/auth/credentials';
import { requirePageContext } from '@/lib/auth/page';
import { notHostMessage } from '@/lib/host/action';
import { createSystem, reopenSystem, suspendSystem } from '@/lib/host/actions';
import { addHostAdmin } from '@/lib/host/admins';
import { getHostContext } from '@/lib/host/context';
import { requireHostPage } from '@/lib/host/page';
import { listLibrarySystems } from '@/lib/host/queries';
import {
  createMember,
  createOrganization,
  createOrganizationWithMembers,
  createPartner,
  form,
  signInAs,
} from '../factories';
import { useTestDatabase } from '../support/database';
import { expectNotFound, expectRedirect } from '../support/next';

const t = useTestDatabase();
let clientNumber = 0;

async function signIn(email: string, password: string) {
  return checkCredentials(t.db, email, password, {
    sleep: async () => {},
    client: `198.51.100.${++clientNumber}`,
    userAgent: 'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0',
  });
}

/** A host admin, signed in, who has already chosen their own password. */
async function signedInHost(email = `host-${++clientNumber}@state.example`) {
  const added = await addHostAdmin(t.db, { email, name: 'Hana Host' });
  if (added.status !== 'created') throw new Error('expected a new host admin');
  const result = await signIn(email, added.oneTimePassword);
  if (!result.ok) throw new Error(`host sign-in refused: ${result.reason}`);
  await t.db.update(users).set({ mustChangePassword: false }).where(eq(users.id, added.userId));
  signInAs(result);
  return { ...result, oneTimePassword: added.oneTimePassword };
}

const skagit = {
  name: 'Skagit Valley Libraries',
  timeZone: 'America/Los_Angeles',
  mapCenterLat: '48.42',
  mapCenterLng: '-122.33',
  adminName: 'Sam Admin',
};

describe('host admins', () => {
  it('are made from the command line with a one-time password, and open the console only', async () => {
    const added = await addHostAdmin(t.db, { email: 'Ana@State.example', name: 'Ana Host' });
    expect(added.status).toBe('created');
    if (added.status !== 'created') return;
    const [row] = await t.db
      .select()
      .from(hostAudit)
      .where(and(eq(hostAudit.action, 'host_admin.add'), eq(hostAudit.actorUserId, added.userId)));
    expect(row).toBeUndefined(); // the command line is nobody
    const audit = await t.db.select().from(hostAudit).where(eq(hostAudit.action, 'host_admin.add'));
    expect(audit.map((entry) => entry.details.email)).toContain('ana@state.example');

    const result = await signIn('ana@state.example', added.oneTimePassword);
    expect(result).toMatchObject({ ok: true, membershipId: null, orgId: null });
    if (!result.ok) return;
    signInAs(result);
    expect(await getAuthContext()).toBeNull();
    expect(await getHostContext()).toMatchObject({ email: 'ana@state.example', mustChangePassword: true });
    // Organization pages send them to the console; the console first asks for a password of their own.
    expect(await expectRedirect(() => requirePageContext())).toBe('/host');
    expect(await expectRedirect(() => requireHostPage())).toBe('/host/password');
    expect(await createSystem(null, form({ ...skagit, adminEmail: 'x@skagit.example' }))).toMatchObject({
      ok: false,
      message: 'Choose a new password before making changes.',
    });
    signInAs(null);
  });

  it('can be someone who already has an account: their password and membership are kept', async () => {
    const { org, admin } = await createOrganizationWithMembers(t.db);
    expect(await addHostAdmin(t.db, { email: admin.email, name: 'ignored' })).toMatchObject({
      status: 'promoted',
    });
    expect(await addHostAdmin(t.db, { email: admin.email, name: 'ignored' })).toMatchObject({
      status: 'already',
    });
    const result = await signIn(admin.email, admin.password);
    expect(result).toMatchObject({ ok: true, orgId: org.id });
    if (!result.ok) return;
    signInAs(result);
    expect(await getAuthContext()).toMatchObject({ orgId: org.id, role: 'admin' });
    expect(await getHostContext()).toMatchObject({ userId: admin.userId });
    signInAs(null);
  });
});

describe('creating a library system', () => {
  it('with a new admin: the defaults of setup, a one-time password, audit entries in both logs', async () => {
    const host = await signedInHost();
    const result = await createSystem(null, form({ ...skagit, adminEmail: 'Sam@Skagit.example' }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { orgId, oneTimePassword } = result.data;
    expect(oneTimePassword).toMatch(/^\w{6}-\w{6}-\w{6}$/);

    const [org] = await t.db.select().from(organizations).where(eq(organizations.id, orgId));
    expect(org).toMatchObject({
      name: 'Skagit Valley Libraries',
      timeZone: 'America/Los_Angeles',
      timeZoneConfirmed: true,
      mapCenterLat: 48.42,
      mapCenterLng: -122.33,
      suspendedAt: null,
    });
    const orgAudit = await t.db.select().from(auditEntries).where(eq(auditEntries.orgId, orgId));
    expect(orgAudit.map((entry) => entry.action).sort()).toEqual(['member.create', 'organization.create']);
    const [hostEntry] = await t.db.select().from(hostAudit).where(eq(hostAudit.orgId, orgId));
    expect(hostEntry).toMatchObject({ action: 'organization.create', actorUserId: host.userId });

    signInAs(null);
    const admin = await signIn('sam@skagit.example', oneTimePassword!);
    expect(admin).toMatchObject({ ok: true, orgId });
    if (!admin.ok) return;
    signInAs(admin);
    expect(await getAuthContext()).toMatchObject({
      orgName: 'Skagit Valley Libraries',
      role: 'admin',
      name: 'Sam Admin',
      mustChangePassword: true,
    });
    expect(await getHostContext()).toBeNull();
    signInAs(null);
  });

  it('with an address that has an account: made admin, password kept, nothing about it told', async () => {
    const { org: elsewhere } = await createOrganizationWithMembers(t.db);
    const consultant = await createMember(t.db, elsewhere.id, { name: 'Casey Consultant', role: 'staff' });
    await signedInHost();
    const result = await createSystem(
      null,
      form({ ...skagit, name: 'Whatcom County Library System', adminEmail: consultant.email }),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.oneTimePassword).toBeNull();
    expect(JSON.stringify(result.data)).not.toContain('Casey');
    expect(JSON.stringify(result.data)).not.toContain(elsewhere.id);
    const [membership] = await t.db
      .select()
      .from(memberships)
      .where(and(eq(memberships.userId, consultant.userId), eq(memberships.orgId, result.data.orgId)));
    expect(membership).toMatchObject({ role: 'admin', active: true });
    const [user] = await t.db.select().from(users).where(eq(users.id, consultant.userId));
    expect(user).toMatchObject({ name: 'Casey Consultant', mustChangePassword: false });
    // Signs in with their own password; for now into their oldest membership (choosing is a later step).
    signInAs(null);
    expect(await signIn(consultant.email, consultant.password)).toMatchObject({
      ok: true,
      orgId: elsewhere.id,
    });
  });

  it('refuses bad input beside the fields, and writes nothing', async () => {
    await signedInHost();
    const before = await t.db.select().from(organizations);
    const result = await createSystem(
      null,
      form({ ...skagit, name: '', mapCenterLat: '123', timeZone: 'Mars/Olympus', adminEmail: 'nope' }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.fieldErrors ?? {}).sort()).toEqual([
      'adminEmail',
      'mapCenterLat',
      'name',
      'timeZone',
    ]);
    expect(await t.db.select().from(organizations)).toHaveLength(before.length);
    signInAs(null);
  });
});

describe('the console is for host admins only', () => {
  it('refuses organization admins and signed-out callers, and writes nothing', async () => {
    const { org, admin } = await createOrganizationWithMembers(t.db);
    const before = await t.db.select().from(organizations);
    for (const caller of [admin, null]) {
      signInAs(caller);
      expect(await getHostContext()).toBeNull();
      await expectNotFound(() => requireHostPage());
      for (const call of [
        createSystem(null, form({ ...skagit, adminEmail: 'sneaky@example.org' })),
        suspendSystem(null, form({ orgId: org.id })),
        reopenSystem(null, form({ orgId: org.id })),
      ]) {
        expect(await call).toEqual({ ok: false, message: notHostMessage });
      }
    }
    expect(await t.db.select().from(organizations)).toHaveLength(before.length);
    const [row] = await t.db.select().from(organizations).where(eq(organizations.id, org.id));
    expect(row?.suspendedAt).toBeNull();
    signInAs(null);
  });
});

describe('suspending and reopening', () => {
  it('ends sessions at once, refuses sign-in with its own reason, keeps the data, and reopens', async () => {
    const { org, admin, staff } = await createOrganizationWithMembers(t.db);
    const { org: other, staff: neighbour } = await createOrganizationWithMembers(t.db);
    await createPartner(t.db, org.id);
    const session = await signIn(staff.email, staff.password);
    const neighbourSession = await signIn(neighbour.email, neighbour.password);
    if (!session.ok || !neighbourSession.ok) throw new Error('sign-in refused');
    signInAs(session);
    expect(await getAuthContext()).toMatchObject({ orgId: org.id });

    await signedInHost();
    expect(await suspendSystem(null, form({ orgId: org.id }))).toMatchObject({
      ok: true,
      data: { sessionsEnded: 1 },
    });
    expect(await suspendSystem(null, form({ orgId: org.id }))).toMatchObject({
      ok: false,
      message: `${org.name} is already suspended.`,
    });

    signInAs(session);
    expect(await getAuthContext()).toBeNull();
    const [ended] = await t.db.select().from(userSessions).where(eq(userSessions.id, session.sessionId));
    expect(ended?.revokedAt).not.toBeNull();
    expect(await signIn(admin.email, admin.password)).toEqual({ ok: false, reason: 'suspended' });
    // Another library system carries on.
    signInAs(neighbourSession);
    expect(await getAuthContext()).toMatchObject({ orgId: other.id });

    const systems = await listLibrarySystems(t.db);
    expect(systems.find((system) => system.id === org.id)).toMatchObject({
      partners: 1,
      members: 4,
      interviews: 0,
    });
    expect(systems.find((system) => system.id === org.id)?.suspendedAt).toBeInstanceOf(Date);
    expect(systems.find((system) => system.id === other.id)?.lastActivityAt).toBeInstanceOf(Date);

    await signedInHost();
    expect(await reopenSystem(null, form({ orgId: org.id }))).toMatchObject({ ok: true });
    signInAs(session);
    expect(await getAuthContext()).toBeNull(); // an ended session stays ended
    const again = await signIn(staff.email, staff.password);
    expect(again).toMatchObject({ ok: true, orgId: org.id });
    if (!again.ok) return;
    signInAs(again);
    expect(await getAuthContext()).toMatchObject({ orgId: org.id });

    const actions = (await t.db.select().from(hostAudit).where(eq(hostAudit.orgId, org.id))).map(
      (entry) => entry.action,
    );
    expect(actions.sort()).toEqual(['organization.reopen', 'organization.suspend']);
    const orgActions = (await t.db.select().from(auditEntries).where(eq(auditEntries.orgId, org.id))).map(
      (entry) => entry.action,
    );
    expect(orgActions).toEqual(expect.arrayContaining(['organization.suspend', 'organization.reopen']));
    signInAs(null);
  });

  it('is not counted as the system’s last activity', async () => {
    const org = await createOrganization(t.db);
    await signedInHost();
    await suspendSystem(null, form({ orgId: org.id }));
    await reopenSystem(null, form({ orgId: org.id }));
    const systems = await listLibrarySystems(t.db);
    expect(systems.find((system) => system.id === org.id)).toMatchObject({
      lastActivityAt: null,
      members: 0,
    });
    signInAs(null);
  });

  it('a host admin whose only organization is suspended still reaches the console', async () => {
    const { org, admin } = await createOrganizationWithMembers(t.db);
    await addHostAdmin(t.db, { email: admin.email, name: admin.name });
    await signedInHost();
    await suspendSystem(null, form({ orgId: org.id }));
    signInAs(null);
    const result = await signIn(admin.email, admin.password);
    expect(result).toMatchObject({ ok: true, membershipId: null });
    if (!result.ok) return;
    signInAs(result);
    expect(await getAuthContext()).toBeNull();
    expect(await getHostContext()).toMatchObject({ userId: admin.userId });
    signInAs(null);
  });
});
