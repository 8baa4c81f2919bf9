import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import PartnersPage from '@/app/(app)/partners/page';
import { emptyFilter, type PartnerFilter, parsePartnerFilter } from '@/lib/partners/filters';
import { listPartners, listPriorityCommunitySuggestions } from '@/lib/partners/queries';
import {
  createBranch,
  createMember,
  createOrganizationWithMembers,
  createPartner as makePartner,
  signInAs,
} from '../factories';
import { useTestDatabase } from '../support/database';
import { expectRedirect } from '../support/next';

const t = useTestDatabase();

afterEach(() => signInAs(null));

type Org = Awaited<ReturnType<typeof createOrganizationWithMembers>>;
let org: Org;
let lynnwood: string;
let morgan: string;

const day = 24 * 60 * 60 * 1000;

beforeAll(async () => {
  org = await createOrganizationWithMembers(t.db);
  lynnwood = (await createBranch(t.db, org.org.id, { name: 'Lynnwood' })).id;
  const everett = (await createBranch(t.db, org.org.id, { name: 'Everett' })).id;
  morgan = (await createMember(t.db, org.org.id, { name: 'Morgan Lee' })).membershipId;
  const base = Date.UTC(2026, 5, 1);
  const rows = [
    {
      name: 'alderwood Teen Makers',
      category: 'association',
      stage: 'collaborating',
      sectors: ['youth_serving'],
      agesServed: ['teens'],
      primaryBranchId: lynnwood,
      ownerMembershipId: morgan,
      priorityCommunities: ['First-generation students', 'Latino teens'],
    },
    {
      name: 'Bayside Senior Apartments',
      category: 'physical_space',
      stage: 'identified',
      sectors: ['housing', 'older_adults'],
      agesServed: ['older_adults'],
      primaryBranchId: everett,
      address: '3300 Rucker Ave, Everett',
    },
    {
      name: 'Casino Road Coalition',
      category: 'association',
      stage: 'connected',
      sectors: ['housing'],
      agesServed: ['families', 'teens'],
      primaryBranchId: everett,
      ownerMembershipId: morgan,
      description: 'Meets with 50% interpreters',
      priorityCommunities: ['latino teens'],
    },
    {
      name: 'Daria Kovalenko',
      category: 'individual',
      stage: 'connected',
      agesServed: ['children'],
      locationPrecision: 'hidden',
      priorityCommunities: ['Ukrainian newcomers', 'Latino teens'],
    },
    {
      name: 'Edmonds College Careers',
      category: 'institution',
      stage: 'ended',
      endedReason: 'Program closed',
      sectors: ['employment'],
      agesServed: ['adults'],
      primaryBranchId: lynnwood,
    },
    {
      name: 'Forest Park',
      category: 'physical_space',
      stage: 'sustained',
      agesServed: ['families'],
      archivedAt: new Date(base),
    },
  ] as const;
  for (const [i, values] of rows.entries()) {
    await makePartner(t.db, org.org.id, {
      ...values,
      sectors: [...('sectors' in values ? values.sectors : [])],
      agesServed: [...values.agesServed],
      priorityCommunities: [...('priorityCommunities' in values ? values.priorityCommunities : [])],
      // Each one later than the one before, the third most recent of all.
      updatedAt: new Date(base + (i === 2 ? 100 : i) * day),
    });
  }
  // Another organization's partner matches every filter and must never appear.
  const other = await createOrganizationWithMembers(t.db);
  await makePartner(t.db, other.org.id, {
    name: 'Alder Other Library Partner',
    stage: 'connected',
    agesServed: ['teens'],
  });
});

async function names(filter: Partial<PartnerFilter>, options: Parameters<typeof listPartners>[3] = {}) {
  const result = await listPartners(t.db, org.staff, { ...emptyFilter, ...filter }, options);
  return result.rows.map((row) => row.name);
}

describe('filtering the partner list', () => {
  it('leaves archived partners out unless asked, and never shows another organization’s', async () => {
    expect(await names({})).toEqual([
      'alderwood Teen Makers',
      'Bayside Senior Apartments',
      'Casino Road Coalition',
      'Daria Kovalenko',
      'Edmonds College Careers',
    ]);
    expect(await names({ archived: 'include' })).toHaveLength(6);
    expect(await names({ archived: 'only' })).toEqual(['Forest Park']);
  });

  it('searches name, address and description, literally', async () => {
    expect(await names({ q: 'ALDER' })).toEqual(['alderwood Teen Makers']);
    expect(await names({ q: 'rucker' })).toEqual(['Bayside Senior Apartments']);
    expect(await names({ q: '50%' })).toEqual(['Casino Road Coalition']);
    expect(await names({ q: '%' })).toEqual(['Casino Road Coalition']);
  });

  it('narrows by stage, category, sector, ages, branch and liaison, together', async () => {
    expect(await names({ stages: ['connected', 'ended'] })).toEqual([
      'Casino Road Coalition',
      'Daria Kovalenko',
      'Edmonds College Careers',
    ]);
    expect(await names({ categories: ['association'] })).toEqual([
      'alderwood Teen Makers',
      'Casino Road Coalition',
    ]);
    expect(await names({ sectors: ['housing'] })).toEqual([
      'Bayside Senior Apartments',
      'Casino Road Coalition',
    ]);
    expect(await names({ ages: ['teens', 'children'] })).toEqual([
      'alderwood Teen Makers',
      'Casino Road Coalition',
      'Daria Kovalenko',
    ]);
    expect(await names({ branches: [lynnwood] })).toEqual([
      'alderwood Teen Makers',
      'Edmonds College Careers',
    ]);
    expect(await names({ branches: ['none'] })).toEqual(['Daria Kovalenko']);
    expect(await names({ owners: [morgan] })).toEqual(['alderwood Teen Makers', 'Casino Road Coalition']);
    expect(await names({ owners: ['none'], ages: ['older_adults', 'adults'] })).toEqual([
      'Bayside Senior Apartments',
      'Edmonds College Careers',
    ]);
    // The same filter the address bar carries, so a shared link shows the same list.
    const fromLink = parsePartnerFilter(new URLSearchParams(`ages=teens&owner=${morgan}&stage=connected`));
    expect(await names(fromLink)).toEqual(['Casino Road Coalition']);
  });
});

describe('sorting and paging', () => {
  it('sorts by name regardless of case, by most recently updated, or along the stage path', async () => {
    expect(await names({}, { sort: 'updated' })).toEqual([
      'Casino Road Coalition',
      'Edmonds College Careers',
      'Daria Kovalenko',
      'Bayside Senior Apartments',
      'alderwood Teen Makers',
    ]);
    expect(await names({}, { sort: 'stage' })).toEqual([
      'Bayside Senior Apartments',
      'Casino Road Coalition',
      'Daria Kovalenko',
      'alderwood Teen Makers',
      'Edmonds College Careers',
    ]);
  });

  it('pages through the matches and says how many there are in all', async () => {
    const first = await listPartners(t.db, org.staff, emptyFilter, { pageSize: 2 });
    expect(first).toMatchObject({ total: 5, page: 1, pageSize: 2 });
    expect(first.rows.map((r) => r.name)).toEqual(['alderwood Teen Makers', 'Bayside Senior Apartments']);
    expect(await names({}, { pageSize: 2, page: 3 })).toEqual(['Edmonds College Careers']);
    const beyond = await listPartners(t.db, org.staff, emptyFilter, { pageSize: 2, page: 9 });
    expect(beyond).toMatchObject({ rows: [], total: 5 });
  });

  it('tidies the address the filter form sent, so the link to share is short', async () => {
    signInAs(org.staff);
    const call = (searchParams: Record<string, string | string[]>) =>
      PartnersPage({ searchParams: Promise.resolve(searchParams) });
    expect(
      await expectRedirect(() =>
        call({ q: '', stage: ['connected', 'bogus'], owner: '', archived: 'exclude', sort: 'name' }),
      ),
    ).toBe('/partners?stage=connected');
    expect(await expectRedirect(() => call({ q: ' teen ', sort: 'updated', page: '1' }))).toBe(
      '/partners?q=teen&sort=updated',
    );
  });
});

describe('priority community suggestions', () => {
  it('offers the organization’s tags, most used first, each spelling once', async () => {
    expect(await listPriorityCommunitySuggestions(t.db, org.staff)).toEqual([
      'Latino teens',
      'First-generation students',
      'Ukrainian newcomers',
    ]);
  });
});
