import { and, eq, getTableColumns, getTableName, is, isNull, sql } from 'drizzle-orm';
import { type AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';
import HostSystemPage from '@/app/host/systems/[orgId]/page';
import * as schema from '@/db/schema';
import { auditEntries, hostAudit, memberships, organizations, userSessions, users } from '@/db/schema';
import { checkCredentials } from '@/lib/auth/credentials';
import { recordExport } from '@/lib/export/archive';
import { notHostMessage } from '@/lib/host/action';
import { cancelDeletion, reopenSystem, scheduleDeletion, suspendSystem } from '@/lib/host/actions';
import { addHostAdmin } from '@/lib/host/admins';
import {
  deletionGraceDays,
  lastArchiveExportAt,
  purgeDeletedSystems,
  systemDeletionTask,
} from '@/lib/host/deletion';
import { runTask } from '@/lib/scheduler/run';
import { createMember, createOrganizationWithMembers, form, signInAs } from '../factories';
import { createRichOrganization } from '../factories/export';
import { useTestDatabase } from '../support/database';
import { expectNotFound } from '../support/next';
import { renderToHtml } from '../support/render';

const t = useTestDatabase();
let clientNumber = 0;

async function signIn(email: string, password: string) {
  return checkCredentials(t.db, email, password, {
    sleep: async () => {},
    client: `198.51.100.${++clientNumber}`,
    userAgent: 'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0',
  });
}

async function signedInHost(email = `host-${++clientNumber}@state.example`) {
  const added = await addHostAdmin(t.db, { email, name: 'Hana Host' });
  if (added.status !== 'created') throw new Error('expected a new host admin');
  const result = await signIn(email, added.oneTimePassword);
  if (!result.ok) throw new Error(`host sign-in refused: ${result.reason}`);
  await t.db.update(users).set({ mustChangePassword: false }).where(eq(users.id, added.userId));
  signInAs(result);
  return result;
}

/** Every table with an org_id column, by its SQL name. */
const orgTables = (Object.values(schema) as unknown[])
  .filter((value): value is PgTable => is(value, PgTable))
  .filter((table) => 'orgId' in getTableColumns(table) && table !== (hostAudit as unknown));

async function rowsPerTable(orgId: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of orgTables) {
    const column = (getTableColumns(table) as Record<string, AnyPgColumn>).orgId!;
    const [row] = await t.db.select({ n: sql<number>`count(*)::int` }).from(table).where(eq(column, orgId));
    counts[getTableName(table)] = row!.n;
  }
  return counts;
}

const pastDue = sql`now() - interval '1 minute'`;

describe('deleting a library system', () => {
  it('is refused while the system is open, with a wrong name, or to anyone but a host admin', async () => {
    const { org, admin } = await createOrganizationWithMembers(t.db, 'Island Regional Library');
    await signedInHost();
    expect(await scheduleDeletion(null, form({ orgId: org.id, confirmName: org.name }))).toEqual({
      ok: false,
      message: 'Suspend Island Regional Library before deleting it.',
    });
    const page = async () =>
      renderToHtml(await HostSystemPage({ params: Promise.resolve({ orgId: org.id }) }));
    expect(await page()).toContain('can be deleted only once it is suspended');
    expect(await page()).not.toContain('to confirm');
    await suspendSystem(null, form({ orgId: org.id }));
    expect(await page()).toContain(`Type “${org.name}” to confirm`);
    expect(await page()).toContain('Its admins have never downloaded the full archive.');
    const wrong = await scheduleDeletion(
      null,
      form({ orgId: org.id, confirmName: 'island regional library' }),
    );
    expect(wrong).toMatchObject({
      ok: false,
      fieldErrors: { confirmName: [expect.stringContaining('exactly')] },
    });
    expect(await scheduleDeletion(null, form({ orgId: org.id }))).toMatchObject({
      ok: false,
      fieldErrors: { confirmName: expect.any(Array) },
    });
    for (const caller of [admin, null]) {
      signInAs(caller);
      await expectNotFound(() => HostSystemPage({ params: Promise.resolve({ orgId: org.id }) }));
      expect(await scheduleDeletion(null, form({ orgId: org.id, confirmName: org.name }))).toEqual({
        ok: false,
        message: notHostMessage,
      });
      expect(await cancelDeletion(null, form({ orgId: org.id }))).toEqual({
        ok: false,
        message: notHostMessage,
      });
    }
    const [row] = await t.db.select().from(organizations).where(eq(organizations.id, org.id));
    expect(row?.deletionScheduledAt).toBeNull();
    expect(
      await t.db.select().from(hostAudit).where(eq(hostAudit.action, 'organization.delete_schedule')),
    ).toEqual([]);
    signInAs(null);
  });

  it('is scheduled 30 days out with the last export noted, refuses reopening, and can be cancelled', async () => {
    const { org, admin } = await createOrganizationWithMembers(t.db, 'Orcas Island Library');
    expect(await lastArchiveExportAt(t.db, org.id)).toBeNull();
    const exporter = { ...admin, orgId: org.id, orgName: org.name, role: 'admin' as const };
    await recordExport(t.db, exporter, 'geojson'); // not the full archive
    expect(await lastArchiveExportAt(t.db, org.id)).toBeNull();
    await recordExport(t.db, exporter, 'archive');
    const exportedAt = await lastArchiveExportAt(t.db, org.id);
    expect(exportedAt).toBeInstanceOf(Date);

    const host = await signedInHost();
    await suspendSystem(null, form({ orgId: org.id }));
    const scheduled = await scheduleDeletion(
      null,
      form({ orgId: org.id, confirmName: 'Orcas Island Library' }),
    );
    expect(scheduled.ok).toBe(true);
    const [row] = await t.db.select().from(organizations).where(eq(organizations.id, org.id));
    const days = (row!.deletionScheduledAt!.getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(deletionGraceDays - 0.01);
    expect(days).toBeLessThan(deletionGraceDays + 0.01);
    const [entry] = await t.db
      .select()
      .from(hostAudit)
      .where(and(eq(hostAudit.orgId, org.id), eq(hostAudit.action, 'organization.delete_schedule')));
    expect(entry).toMatchObject({
      actorUserId: host.userId,
      details: { name: org.name, lastArchiveExportAt: exportedAt!.toISOString() },
    });

    // Not due yet: the purge leaves it alone.
    expect(await purgeDeletedSystems(t.db)).toEqual({ systems: 0, accountsRemoved: 0 });
    expect(await scheduleDeletion(null, form({ orgId: org.id, confirmName: org.name }))).toMatchObject({
      ok: false,
      message: 'Orcas Island Library is already to be deleted.',
    });
    expect(await reopenSystem(null, form({ orgId: org.id }))).toMatchObject({
      ok: false,
      message: expect.stringContaining('cancel the deletion'),
    });

    expect(await cancelDeletion(null, form({ orgId: org.id }))).toMatchObject({ ok: true });
    const [cancelled] = await t.db.select().from(organizations).where(eq(organizations.id, org.id));
    expect(cancelled).toMatchObject({ deletionScheduledAt: null });
    expect(cancelled?.suspendedAt).toBeInstanceOf(Date);
    expect(await cancelDeletion(null, form({ orgId: org.id }))).toMatchObject({ ok: false });
    expect(await reopenSystem(null, form({ orgId: org.id }))).toMatchObject({ ok: true });

    const hostActions = (await t.db.select().from(hostAudit).where(eq(hostAudit.orgId, org.id))).map(
      (e) => e.action,
    );
    expect(hostActions.sort()).toEqual([
      'organization.delete_cancel',
      'organization.delete_schedule',
      'organization.reopen',
      'organization.suspend',
    ]);
    const orgActions = (await t.db.select().from(auditEntries).where(eq(auditEntries.orgId, org.id))).map(
      (e) => e.action,
    );
    expect(orgActions).toEqual(
      expect.arrayContaining(['organization.delete_schedule', 'organization.delete_cancel']),
    );
    signInAs(null);
  });

  it('once due, purges the system and all it holds, its lone accounts too, and nothing of any other', async () => {
    const doomed = await createRichOrganization(t.db, 'Doomed');
    const kept = await createRichOrganization(t.db, 'Kept');
    const doomedId = doomed.org.id;
    const keptId = kept.org.id;
    // A consultant in both systems, and a host admin who is also a member of the doomed one.
    const consultant = await createMember(t.db, doomedId, { role: 'staff', name: 'Casey Consultant' });
    await t.db.insert(memberships).values({ orgId: keptId, userId: consultant.userId, role: 'staff' });
    const hostMember = await createMember(t.db, doomedId, { role: 'viewer', name: 'Hal Hostmember' });
    await addHostAdmin(t.db, { email: hostMember.email, name: hostMember.name });
    const loneMember = doomed.staff;
    const keptSession = await signIn(kept.staff.email, kept.staff.password);
    if (!keptSession.ok) throw new Error('sign-in refused');

    const doomedBefore = await rowsPerTable(doomedId);
    expect(Object.keys(doomedBefore).length).toBeGreaterThan(20);
    expect(doomedBefore.partners).toBeGreaterThan(0);
    expect(doomedBefore.interviews).toBeGreaterThan(0);
    const keptBefore = await rowsPerTable(keptId);

    await signedInHost();
    const usersBefore = await t.db.select({ id: users.id }).from(users);
    await suspendSystem(null, form({ orgId: doomedId }));
    await scheduleDeletion(null, form({ orgId: doomedId, confirmName: doomed.org.name }));
    const hostEntriesBefore = await t.db.select().from(hostAudit);
    // The grace period passes.
    await t.db
      .update(organizations)
      .set({ deletionScheduledAt: pastDue })
      .where(eq(organizations.id, doomedId));

    const outcome = await runTask(t.db, systemDeletionTask, { force: true });
    expect(outcome).toMatchObject({ status: 'ran', result: { systems: 1 } });

    expect(await t.db.select().from(organizations).where(eq(organizations.id, doomedId))).toEqual([]);
    const doomedAfter = await rowsPerTable(doomedId);
    expect(Object.entries(doomedAfter).filter(([, n]) => n > 0)).toEqual([]);
    expect(await rowsPerTable(keptId)).toEqual(keptBefore);

    // Accounts: the doomed system's own people are gone (their sessions with them); the consultant,
    // the host admin and everyone of the other system stay.
    const remaining = new Set((await t.db.select({ id: users.id }).from(users)).map((u) => u.id));
    expect(remaining.has(loneMember.userId)).toBe(false);
    expect(remaining.has(doomed.admin.userId)).toBe(false);
    expect(remaining.has(consultant.userId)).toBe(true);
    expect(remaining.has(hostMember.userId)).toBe(true);
    for (const person of [kept.admin, kept.staff, kept.viewer]) {
      expect(remaining.has(person.userId)).toBe(true);
    }
    expect(usersBefore.length - remaining.size).toBe(
      outcome.status === 'ran' ? outcome.result.accountsRemoved : -1,
    );
    expect(await t.db.select().from(userSessions).where(eq(userSessions.userId, loneMember.userId))).toEqual(
      [],
    );
    const [stillThere] = await t.db
      .select()
      .from(userSessions)
      .where(eq(userSessions.id, keptSession.sessionId));
    expect(stillThere?.revokedAt).toBeNull();

    // The host log keeps every entry, with the system's name, and says it was purged.
    const hostEntriesAfter = await t.db.select().from(hostAudit);
    expect(hostEntriesAfter.length).toBe(hostEntriesBefore.length + 1);
    const purge = hostEntriesAfter.find((entry) => entry.action === 'organization.purge');
    expect(purge).toMatchObject({
      actorUserId: null,
      orgId: null,
      details: { name: doomed.org.name },
    });
    const orphaned = await t.db.select().from(hostAudit).where(isNull(hostAudit.orgId));
    expect(orphaned.map((entry) => entry.details.name)).toEqual(expect.arrayContaining([doomed.org.name]));
    expect(orphaned.filter((entry) => entry.action === 'organization.delete_schedule')).toHaveLength(1);

    // A second pass finds nothing.
    expect(await purgeDeletedSystems(t.db)).toEqual({ systems: 0, accountsRemoved: 0 });
    signInAs(null);
  });

  it('leaves a system alone whose deletion was cancelled just before its time', async () => {
    const { org } = await createOrganizationWithMembers(t.db, 'Lopez Island Library');
    await signedInHost();
    await suspendSystem(null, form({ orgId: org.id }));
    await scheduleDeletion(null, form({ orgId: org.id, confirmName: org.name }));
    await cancelDeletion(null, form({ orgId: org.id }));
    expect(await purgeDeletedSystems(t.db)).toEqual({ systems: 0, accountsRemoved: 0 });
    expect(await t.db.select().from(organizations).where(eq(organizations.id, org.id))).toHaveLength(1);
    signInAs(null);
  });
});
