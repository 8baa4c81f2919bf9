import { and, eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import ChoosePage from '@/app/(auth)/choose/page';
import { auditEntries, memberships, organizations, userSessions } from '@/db/schema';
import { getAuthContext } from '@/lib/auth/context';
import { checkCredentials } from '@/lib/auth/credentials';
import { endSignedOutSession } from '@/lib/auth/sessions';
import { listUsableMemberships, notYoursMessage } from '@/lib/auth/switch';
import { switchOrganization } from '@/lib/auth/switch-actions';
import { emptyFilter } from '@/lib/partners/filters';
import { listPartners } from '@/lib/partners/queries';
import { deactivateMember } from '@/lib/staff/actions';
import { createMember, createOrganizationWithMembers, createPartner, form, signInAs } from '../factories';
import { useTestDatabase } from '../support/database';
import { expectRedirect } from '../support/next';
import { renderToHtml } from '../support/render';

// Several memberships per person (decision 0023): one account, a membership in each library
// system, a session that is in one of them at a time and switches on the server.

const t = useTestDatabase();
let clientNumber = 0;

async function signIn(email: string, password: string) {
  const result = await checkCredentials(t.db, email, password, {
    sleep: async () => {},
    client: `203.0.113.${++clientNumber}`,
    userAgent: 'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0',
  });
  if (!result.ok) throw new Error(`sign-in refused: ${result.reason}`);
  signInAs(result);
  return result;
}

async function addMembership(
  userId: string,
  orgId: string,
  values: Partial<typeof memberships.$inferInsert> = {},
) {
  const [row] = await t.db
    .insert(memberships)
    .values({ orgId, userId, role: 'viewer', ...values })
    .returning();
  return row!;
}

async function partnerNames() {
  const ctx = (await getAuthContext())!;
  const { rows } = await listPartners(t.db, ctx, emptyFilter);
  return rows.map((row) => row.name);
}

const audit = (orgId: string) =>
  t.db
    .select({ action: auditEntries.action, entityId: auditEntries.entityId, actor: auditEntries.actorUserId })
    .from(auditEntries)
    .where(eq(auditEntries.orgId, orgId));

let a: Awaited<ReturnType<typeof createOrganizationWithMembers>>;
let b: Awaited<ReturnType<typeof createOrganizationWithMembers>>;
let person: Awaited<ReturnType<typeof createMember>>;
let inB: typeof memberships.$inferSelect;

beforeEach(async () => {
  a = await createOrganizationWithMembers(t.db, 'Anacortes Libraries');
  b = await createOrganizationWithMembers(t.db, 'Bellingham Libraries');
  await createPartner(t.db, a.org.id, { name: 'Anacortes Rowing Club' });
  await createPartner(t.db, b.org.id, { name: 'Bellingham Food Bank' });
  person = await createMember(t.db, a.org.id, { role: 'staff', name: 'Cora Consultant' });
  inB = await addMembership(person.userId, b.org.id, { role: 'manager' });
});

describe('a person in two library systems', () => {
  it('lists both by name with the role in each, and nothing of a system they left or that is closed', async () => {
    const c = await createOrganizationWithMembers(t.db, 'Concrete Libraries');
    const d = await createOrganizationWithMembers(t.db, 'Darrington Libraries');
    await addMembership(person.userId, c.org.id, { active: false });
    await addMembership(person.userId, d.org.id);
    await t.db.update(organizations).set({ suspendedAt: new Date() }).where(eq(organizations.id, d.org.id));
    expect(await listUsableMemberships(t.db, person.userId)).toMatchObject([
      { orgName: 'Anacortes Libraries', role: 'staff', membershipId: person.membershipId },
      { orgName: 'Bellingham Libraries', role: 'manager', membershipId: inB.id },
    ]);
  });

  it('switches: every read then sees only the chosen system, with the role held there', async () => {
    const session = await signIn(person.email, person.password);
    expect(session.membershipId).toBe(person.membershipId); // the oldest, until they choose
    expect(await getAuthContext()).toMatchObject({
      orgId: a.org.id,
      role: 'staff',
      orgName: 'Anacortes Libraries',
    });
    expect(await partnerNames()).toEqual(['Anacortes Rowing Club']);

    const to = await expectRedirect(() =>
      switchOrganization(null, form({ membershipId: inB.id, next: '/partners?stage=connected' })),
    );
    expect(to).toBe('/partners?stage=connected');
    // The very same cookie (it still names the membership it signed in with) now opens Bellingham.
    expect(await getAuthContext()).toMatchObject({
      orgId: b.org.id,
      membershipId: inB.id,
      role: 'manager',
      orgName: 'Bellingham Libraries',
      sessionId: session.sessionId,
    });
    expect(await partnerNames()).toEqual(['Bellingham Food Bank']);

    // Both logs say so, each naming only its own membership.
    expect(await audit(a.org.id)).toContainEqual({
      action: 'member.switch_out',
      entityId: person.membershipId,
      actor: person.userId,
    });
    expect(await audit(b.org.id)).toEqual([
      { action: 'member.switch_in', entityId: inB.id, actor: person.userId },
    ]);

    // And back; the chooser never loops to itself.
    expect(
      await expectRedirect(() =>
        switchOrganization(null, form({ membershipId: person.membershipId, next: '/choose' })),
      ),
    ).toBe('/map');
    expect(await partnerNames()).toEqual(['Anacortes Rowing Club']);
  });

  it('signs out in the system the session is in now', async () => {
    const session = await signIn(person.email, person.password);
    await expectRedirect(() => switchOrganization(null, form({ membershipId: inB.id })));
    await endSignedOutSession(t.db, session);
    expect((await audit(b.org.id)).map((entry) => entry.action)).toEqual([
      'member.switch_in',
      'member.sign_out',
    ]);
    expect((await audit(a.org.id)).map((entry) => entry.action)).not.toContain('member.sign_out');
  });

  it('refuses, changing nothing, a membership of someone else, an inactive one, or one in a suspended system', async () => {
    const session = await signIn(person.email, person.password);
    const c = await createOrganizationWithMembers(t.db, 'Concrete Libraries');
    const inactive = await addMembership(person.userId, c.org.id, { active: false });
    const d = await createOrganizationWithMembers(t.db, 'Darrington Libraries');
    const suspended = await addMembership(person.userId, d.org.id);
    await t.db.update(organizations).set({ suspendedAt: new Date() }).where(eq(organizations.id, d.org.id));
    const auditBefore = await t.db.select().from(auditEntries);

    for (const target of [b.admin.membershipId, inactive.id, suspended.id, crypto.randomUUID()]) {
      expect(await switchOrganization(null, form({ membershipId: target }))).toEqual({
        ok: false,
        message: notYoursMessage,
      });
    }
    expect(await switchOrganization(null, form({ membershipId: 'not-an-id' }))).toMatchObject({ ok: false });
    const [row] = await t.db.select().from(userSessions).where(eq(userSessions.id, session.sessionId));
    expect(row!.membershipId).toBe(person.membershipId);
    expect(await getAuthContext()).toMatchObject({ orgId: a.org.id });
    expect(await t.db.select().from(auditEntries)).toHaveLength(auditBefore.length);
  });

  it('cannot be moved by a forged cookie: the session row decides, and a cookie naming another session opens nothing', async () => {
    const session = await signIn(person.email, person.password);
    // A cookie that claims Bellingham while the session row is in Anacortes opens Anacortes.
    signInAs({ ...session, membershipId: inB.id });
    expect(await getAuthContext()).toMatchObject({ orgId: a.org.id, membershipId: person.membershipId });
    // Someone else's session id with this person's user id opens nothing.
    const other = await signIn(b.admin.email, b.admin.password);
    signInAs({ userId: person.userId, membershipId: inB.id, sessionId: other.sessionId });
    expect(await getAuthContext()).toBeNull();
  });

  it('keeps the other system when one deactivates them, and a session in it ends at once', async () => {
    const session = await signIn(person.email, person.password);
    // Anacortes's admin deactivates them.
    signInAs(await signIn(a.admin.email, a.admin.password));
    const [membership] = await t.db.select().from(memberships).where(eq(memberships.id, person.membershipId));
    expect(
      await deactivateMember(null, form({ memberId: person.membershipId, version: membership!.version })),
    ).toMatchObject({ ok: true });

    // The session that was in Anacortes opens nothing now.
    signInAs(session);
    expect(await getAuthContext()).toBeNull();
    // Signing in again opens Bellingham, where they are still a manager; Anacortes is not offered.
    await signIn(person.email, person.password);
    expect(await getAuthContext()).toMatchObject({ orgId: b.org.id, role: 'manager' });
    expect(await listUsableMemberships(t.db, person.userId)).toEqual([
      expect.objectContaining({ membershipId: inB.id }),
    ]);
    expect(await switchOrganization(null, form({ membershipId: person.membershipId }))).toEqual({
      ok: false,
      message: notYoursMessage,
    });
    const [row] = await t.db
      .select()
      .from(memberships)
      .where(and(eq(memberships.id, inB.id), eq(memberships.active, true)));
    expect(row).toBeDefined();
  });
});

describe('the chooser page', () => {
  const open = (searchParams: Record<string, string> = {}) =>
    ChoosePage({ searchParams: Promise.resolve(searchParams) });

  it('sends a visitor to sign in, and a member still to choose a password to choose it', async () => {
    signInAs(null);
    expect(await expectRedirect(() => open())).toBe('/sign-in');
    const newcomer = await createMember(t.db, a.org.id, { mustChangePassword: true });
    await addMembership(newcomer.userId, b.org.id);
    signInAs(newcomer);
    expect(await expectRedirect(() => open())).toBe('/account/password');
  });

  it('passes a person with one library system straight on, and never to another site', async () => {
    signInAs(a.staff);
    expect(await expectRedirect(() => open({ next: '/partners' }))).toBe('/partners');
    // Another site's address keeps only its path, on this site.
    expect(await expectRedirect(() => open({ next: 'https://evil.example/' }))).toBe('/');
    expect(await expectRedirect(() => open({ next: '/choose?next=/choose' }))).toBe('/map');
  });

  it('lists the systems of a person in several by name and role, and no other', async () => {
    await signIn(person.email, person.password);
    const html = await renderToHtml(await open({ next: '/map' }));
    expect(html).toContain('Choose a library system');
    expect(html).toContain('Anacortes Libraries');
    expect(html).toContain('Bellingham Libraries');
    expect(html).toContain('Manager');
    expect(html).not.toContain('you are here now'); // just signed in: nothing chosen yet
    const c = await createOrganizationWithMembers(t.db, 'Concrete Libraries');
    await addMembership(person.userId, c.org.id, { active: false });
    const fromMenu = await renderToHtml(await open());
    expect(fromMenu).toContain('You are in Anacortes Libraries');
    expect(fromMenu).toContain('you are here now');
    expect(fromMenu).not.toContain('Concrete Libraries');
  });
});
