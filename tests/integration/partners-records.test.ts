import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { auditEntries, partners } from '@/db/schema';
import { archivePartner, createPartner, restorePartner, updatePartner } from '@/lib/partners/actions';
import { emptyFilter } from '@/lib/partners/filters';
import { listPartners } from '@/lib/partners/queries';
import {
  createBranch,
  createMember,
  createOrganizationWithMembers,
  form,
  createPartner as makePartner,
  signInAs,
} from '../factories';
import { useTestDatabase } from '../support/database';
import { expectRedirect } from '../support/next';

const t = useTestDatabase();

afterEach(() => signInAs(null));

async function partnerRow(id: string) {
  const [row] = await t.db.select().from(partners).where(eq(partners.id, id));
  return row!;
}

async function auditFor(entityId: string) {
  return t.db
    .select()
    .from(auditEntries)
    .where(eq(auditEntries.entityId, entityId))
    .orderBy(auditEntries.createdAt);
}

/** Saves a partner through the action, as the form would, and returns its id from the redirect. */
async function addThroughForm(values: Record<string, string | string[]>) {
  const to = await expectRedirect(() => createPartner(null, form(values)));
  const match = /^\/partners\/([0-9a-f-]{36})\?saved=added$/.exec(to);
  if (!match) throw new Error(`unexpected redirect ${to}`);
  return match[1]!;
}

describe('adding a partner', () => {
  it('saves every field as typed, tidied, and records who added it', async () => {
    const { org, staff } = await createOrganizationWithMembers(t.db);
    const branch = await createBranch(t.db, org.id, { name: 'Lynnwood Branch' });
    const liaison = await createMember(t.db, org.id, { name: 'Morgan Lee' });
    signInAs(staff);

    const id = await addThroughForm({
      name: '  Riverside Youth Center ',
      category: 'institution',
      sectors: ['youth_serving', 'health_wellness'],
      agesServed: ['teens', 'children'],
      priorityCommunities: [' LGBTQ+ youth ', 'Teens in foster care', 'lgbtq+ youth', ''],
      description: 'Drop-in centre.',
      strengths: 'Trusted staff.',
      interests: 'A teen book club.',
      address: '2930 Wetmore Ave, Everett, WA 98201',
      latitude: '47.9777, -122.2067',
      longitude: '',
      locationPrecision: 'exact',
      website: 'riversideyouth.example.org',
      phone: '(425) 555-0119 x 12',
      email: 'Front@RiversideYouth.example.org',
      primaryBranchId: branch.id,
      ownerMembershipId: liaison.membershipId,
      stage: 'connected',
      endedReason: 'left over from an earlier choice',
      depth: 'coordinating',
      formality: 'letter_of_agreement',
      nextFollowUpOn: '2027-01-15',
      foundVia: 'referral',
      foundViaNote: 'The school counsellor',
    });

    expect(await partnerRow(id)).toMatchObject({
      orgId: org.id,
      name: 'Riverside Youth Center',
      sectors: ['youth_serving', 'health_wellness'],
      agesServed: ['teens', 'children'],
      priorityCommunities: ['LGBTQ+ youth', 'Teens in foster care'],
      latitude: 47.9777,
      longitude: -122.2067,
      website: 'https://riversideyouth.example.org',
      email: 'front@riversideyouth.example.org',
      phone: '(425) 555-0119 x 12',
      stage: 'connected',
      endedReason: '',
      nextFollowUpOn: '2027-01-15',
      archivedAt: null,
      version: 1,
      createdByUserId: staff.userId,
      updatedByUserId: staff.userId,
    });
    const [entry] = await auditFor(id);
    expect(entry).toMatchObject({
      orgId: org.id,
      actorUserId: staff.userId,
      action: 'partner.create',
      entityType: 'partner',
      before: null,
      after: {
        name: 'Riverside Youth Center',
        primaryBranchName: 'Lynnwood Branch',
        ownerName: 'Morgan Lee',
        stage: 'connected',
      },
    });
  });

  it('needs only a name and a category', async () => {
    const { staff } = await createOrganizationWithMembers(t.db);
    signInAs(staff);
    const id = await addThroughForm({ name: 'Cedar Valley Garden', category: 'physical_space' });
    expect(await partnerRow(id)).toMatchObject({
      stage: 'identified',
      locationPrecision: 'exact',
      latitude: null,
      primaryBranchId: null,
      ownerMembershipId: null,
      sectors: [],
      nextFollowUpOn: null,
    });
  });
});

describe('editing a partner', () => {
  it('saves the changes with a new version and an audit entry of what changed', async () => {
    const { org, manager, staff } = await createOrganizationWithMembers(t.db);
    const partner = await makePartner(t.db, org.id, {
      name: 'Scriber Creek Friends',
      category: 'association',
    });
    signInAs(manager);

    const to = await expectRedirect(() =>
      updatePartner(
        null,
        form({
          id: partner.id,
          version: 1,
          name: 'Scriber Creek Park Friends',
          category: 'association',
          stage: 'ended',
          endedReason: 'They disbanded.',
        }),
      ),
    );
    expect(to).toBe(`/partners/${partner.id}?saved=updated`);
    expect(await partnerRow(partner.id)).toMatchObject({
      name: 'Scriber Creek Park Friends',
      stage: 'ended',
      endedReason: 'They disbanded.',
      version: 2,
      updatedByUserId: manager.userId,
    });
    const [entry] = await auditFor(partner.id);
    expect(entry).toMatchObject({
      action: 'partner.update',
      actorUserId: manager.userId,
      before: { name: 'Scriber Creek Friends', stage: 'identified', endedReason: '' },
      after: { name: 'Scriber Creek Park Friends', stage: 'ended', endedReason: 'They disbanded.' },
    });

    // Moving off "ended" drops the reason, which stays in the history.
    signInAs(staff);
    await expectRedirect(() =>
      updatePartner(
        null,
        form({
          id: partner.id,
          version: 2,
          name: 'Scriber Creek Park Friends',
          category: 'association',
          stage: 'paused',
          endedReason: 'They disbanded.',
        }),
      ),
    );
    expect(await partnerRow(partner.id)).toMatchObject({ stage: 'paused', endedReason: '', version: 3 });
  });

  it('writes nothing when nothing changed', async () => {
    const { org, staff } = await createOrganizationWithMembers(t.db);
    const partner = await makePartner(t.db, org.id, { name: 'Same Name', category: 'institution' });
    signInAs(staff);
    const to = await expectRedirect(() =>
      updatePartner(null, form({ id: partner.id, version: 1, name: ' Same Name ', category: 'institution' })),
    );
    expect(to).toBe(`/partners/${partner.id}?saved=unchanged`);
    expect((await partnerRow(partner.id)).version).toBe(1);
    expect(await auditFor(partner.id)).toHaveLength(0);
  });

  it('lets a deactivated liaison keep a partner they own, but not be given a new one', async () => {
    const { org, staff } = await createOrganizationWithMembers(t.db);
    const former = await createMember(t.db, org.id, { name: 'Former Liaison', active: false });
    const partner = await makePartner(t.db, org.id, { ownerMembershipId: former.membershipId });
    signInAs(staff);

    await expectRedirect(() =>
      updatePartner(
        null,
        form({
          id: partner.id,
          version: 1,
          name: 'Renamed',
          category: 'institution',
          ownerMembershipId: former.membershipId,
        }),
      ),
    );
    expect(await partnerRow(partner.id)).toMatchObject({
      name: 'Renamed',
      ownerMembershipId: former.membershipId,
    });

    const fresh = await createPartner(
      null,
      form({ name: 'New One', category: 'institution', ownerMembershipId: former.membershipId }),
    );
    expect(fresh).toMatchObject({
      ok: false,
      fieldErrors: { ownerMembershipId: [expect.stringContaining('active member')] },
    });
  });
});

describe('archiving and restoring', () => {
  it('takes a partner out of the list without deleting it, and brings it back', async () => {
    const { org, staff } = await createOrganizationWithMembers(t.db);
    const partner = await makePartner(t.db, org.id, { name: 'Old Friends Club' });
    signInAs(staff);

    expect(await expectRedirect(() => archivePartner(null, form({ id: partner.id, version: 1 })))).toBe(
      `/partners/${partner.id}?saved=archived`,
    );
    const archived = await partnerRow(partner.id);
    expect(archived.archivedAt).toBeInstanceOf(Date);
    expect(archived.version).toBe(2);
    expect((await listPartners(t.db, staff, emptyFilter)).rows.map((r) => r.name)).not.toContain(
      'Old Friends Club',
    );
    expect(
      (await listPartners(t.db, staff, { ...emptyFilter, archived: 'only' })).rows.map((r) => r.name),
    ).toEqual(['Old Friends Club']);

    const again = await archivePartner(null, form({ id: partner.id, version: 2 }));
    expect(again).toEqual({
      ok: false,
      message: 'Old Friends Club is already archived.',
      fieldErrors: undefined,
    });

    await expectRedirect(() => restorePartner(null, form({ id: partner.id, version: 2 })));
    expect(await partnerRow(partner.id)).toMatchObject({ archivedAt: null, version: 3 });
    expect((await listPartners(t.db, staff, emptyFilter)).rows.map((r) => r.name)).toContain(
      'Old Friends Club',
    );
    expect((await auditFor(partner.id)).map((e) => e.action)).toEqual(['partner.archive', 'partner.restore']);
  });
});
