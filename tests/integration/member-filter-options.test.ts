import { describe, expect, it } from 'vitest';
import { mapOwnerOptions } from '@/lib/map/queries';
import { listFollowUpPeople } from '@/lib/relationships/follow-up-queries';
import { createMember, createOrganization, createPartner } from '../factories';
import { makeFollowUp } from '../factories/relationships';
import { useTestDatabase } from '../support/database';

// The map's owner filter and the follow-ups' assignee filter offer the same people: active members
// who may do the work, and a deactivated member only while they still hold a record, named so.
// Viewers and other organizations' members never appear.

const t = useTestDatabase();

async function library() {
  const org = await createOrganization(t.db);
  const other = await createOrganization(t.db);
  const ana = await createMember(t.db, org.id, { role: 'staff', name: 'ana Active' });
  const bo = await createMember(t.db, org.id, { role: 'manager', name: 'Bo Manager' });
  await createMember(t.db, org.id, { role: 'viewer', name: 'Vi Viewer' });
  const dee = await createMember(t.db, org.id, { role: 'staff', name: 'Dee Former', active: false });
  await createMember(t.db, org.id, { role: 'staff', name: 'Gone Empty', active: false });
  await createMember(t.db, other.id, { role: 'staff', name: 'Elsewhere Staff' });
  return { org, ana, bo, dee };
}

describe('filter by member', () => {
  it('offers active workers and the deactivated owner of a partner on the map', async () => {
    const { org, ana, dee } = await library();
    await createPartner(t.db, org.id, { name: 'Food Bank', ownerMembershipId: dee.membershipId });
    const options = await mapOwnerOptions(t.db, { orgId: org.id });
    expect(options.map((o) => o.label)).toEqual(['ana Active', 'Bo Manager', 'Dee Former (deactivated)']);
    expect(options[0]!.value).toBe(ana.membershipId);
  });

  it('offers active workers and the deactivated assignee of a follow-up', async () => {
    const { org, ana, dee } = await library();
    const partner = await createPartner(t.db, org.id, { name: 'School' });
    await makeFollowUp(t.db, org.id, {
      assigneeMembershipId: dee.membershipId,
      partnerId: partner.id,
      dueOn: '2026-12-10',
      description: 'Call back',
    });
    const people = await listFollowUpPeople(t.db, { orgId: org.id });
    expect(people.map((o) => o.label)).toEqual(['ana Active', 'Bo Manager', 'Dee Former (deactivated)']);
    expect(people.map((o) => o.value)).toContain(ana.membershipId);
    // A deactivated member who holds nothing is not offered.
    expect(await mapOwnerOptions(t.db, { orgId: org.id })).toHaveLength(2);
  });
});
