import { beforeAll, describe, expect, it } from 'vitest';
import { mapPartners } from '@/lib/map/queries';
import { emptyFilter } from '@/lib/partners/filters';
import { listPartners } from '@/lib/partners/queries';
import { createOrganizationWithMembers, createPartner } from '../factories';
import { useTestDatabase } from '../support/database';

// A viewer is never shown a person's address, nor that of a place whose location is withheld, so a
// search for a street must not find them either: the search would tell who lives there.

const t = useTestDatabase();
let org: Awaited<ReturnType<typeof createOrganizationWithMembers>>;

beforeAll(async () => {
  org = await createOrganizationWithMembers(t.db, 'Cedar Library');
  await createPartner(t.db, org.org.id, {
    name: 'Ms. Okoye',
    category: 'individual',
    address: '12 Secret Street',
    latitude: 47.1,
    longitude: -122.1,
  });
  await createPartner(t.db, org.org.id, {
    name: 'Safe House',
    category: 'institution',
    address: '40 Secret Street',
    locationPrecision: 'hidden',
  });
  await createPartner(t.db, org.org.id, {
    name: 'Secret Street Market',
    category: 'local_economy',
    address: '1 Main St',
  });
  await createPartner(t.db, org.org.id, {
    name: 'Food Bank',
    category: 'institution',
    address: '90 Secret Street',
    latitude: 47.2,
    longitude: -122.2,
  });
});

const search = { ...emptyFilter, q: 'secret street' };

describe('searching partners by address', () => {
  it('finds every match for staff', async () => {
    const { rows } = await listPartners(t.db, org.staff, search);
    expect(rows.map((r) => r.name).sort()).toEqual([
      'Food Bank',
      'Ms. Okoye',
      'Safe House',
      'Secret Street Market',
    ]);
  });

  it('does not find a person or a withheld place by its address for a viewer, in the list or on the map', async () => {
    const { rows } = await listPartners(t.db, org.viewer, search);
    expect(rows.map((r) => r.name).sort()).toEqual(['Food Bank', 'Secret Street Market']);
    const onMap = await mapPartners(t.db, org.viewer, search);
    expect(JSON.stringify(onMap)).not.toContain('Okoye');
    expect(JSON.stringify(await mapPartners(t.db, org.staff, search))).toContain('Okoye');
  });
});
