import { isValidElement, type ReactElement, type ReactNode } from 'react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { LocationCard } from '@/app/(app)/partners/[partnerId]/location-card';
import LocationPage from '@/app/(app)/partners/[partnerId]/page';
import { MiniMap, type MiniMapProps } from '@/components/map/mini-map';
import { PartnerLocation } from '@/components/partners/partner-location';
import {
  createOrganizationWithMembers,
  createBranch as makeBranch,
  createPartner as makePartner,
  signInAs,
} from '../factories';
import { useTestDatabase } from '../support/database';
import { expectNotFound } from '../support/next';

// The partner page's small map: what reaches the browser (the props of the client-side map) must
// never be finer than the map shows anyone, nor come from another organization.

const t = useTestDatabase();
afterEach(() => signInAs(null));

type Org = Awaited<ReturnType<typeof createOrganizationWithMembers>>;
let a: Org;
let b: Org;
const ids: Record<'exact' | 'approximate' | 'hidden' | 'unplaced' | 'other', string> = {
  exact: '',
  approximate: '',
  hidden: '',
  unplaced: '',
  other: '',
};

beforeAll(async () => {
  a = await createOrganizationWithMembers(t.db, 'Alder Library');
  b = await createOrganizationWithMembers(t.db, 'Birch Library');
  await t.db.update((await import('@/db/schema')).organizations).set({ tileUrl: 'offline' });
  await makeBranch(t.db, a.org.id, { name: 'Alder Central', latitude: 47.61, longitude: -122.33 });
  await makeBranch(t.db, b.org.id, { name: 'Birch Branch', latitude: 47.6, longitude: -122.3 });
  const place = { latitude: 47.612345, longitude: -122.334567 };
  ids.exact = (await makePartner(t.db, a.org.id, { name: 'Alder School', stage: 'connected', ...place })).id;
  ids.approximate = (
    await makePartner(t.db, a.org.id, {
      name: 'Ana Person',
      category: 'individual',
      locationPrecision: 'approximate',
      address: '7 Quiet Lane',
      ...place,
    })
  ).id;
  ids.hidden = (
    await makePartner(t.db, a.org.id, { name: 'Hidden Helper', locationPrecision: 'hidden', ...place })
  ).id;
  ids.unplaced = (await makePartner(t.db, a.org.id, { name: 'Nowhere Yet' })).id;
  ids.other = (await makePartner(t.db, b.org.id, { name: 'Birch Museum', ...place })).id;
});

/** The page's element tree with our server components expanded (client components stay as elements). */
function expand(node: ReactNode): ReactNode {
  if (Array.isArray(node)) return node.map(expand);
  if (!isValidElement(node)) return node;
  const element = node as ReactElement<Record<string, unknown>>;
  if (element.type === LocationCard || element.type === PartnerLocation) {
    return expand((element.type as (props: unknown) => ReactNode)(element.props));
  }
  const children = element.props.children as ReactNode;
  return children === undefined
    ? element
    : { ...element, props: { ...element.props, children: expand(children) } };
}

function find(node: ReactNode, test: (element: ReactElement<Record<string, unknown>>) => boolean) {
  const found: ReactElement<Record<string, unknown>>[] = [];
  const walk = (n: ReactNode) => {
    if (Array.isArray(n)) n.forEach(walk);
    else if (isValidElement(n)) {
      const element = n as ReactElement<Record<string, unknown>>;
      if (test(element)) found.push(element);
      walk(element.props.children as ReactNode);
    }
  };
  walk(node);
  return found;
}

async function open(member: { userId: string; membershipId: string }, id: string) {
  signInAs(member);
  const page = await LocationPage({
    params: Promise.resolve({ partnerId: id }),
    searchParams: Promise.resolve({}),
  });
  const tree = expand(page);
  const maps = find(tree, (e) => e.type === MiniMap).map((e) => e.props as unknown as MiniMapProps);
  const links = find(tree, (e) => typeof e.props.href === 'string').map((e) => String(e.props.href));
  return { maps, links, text: JSON.stringify(maps) + links.join(' ') };
}

describe('the small map on the partner page', () => {
  it('pins an exact partner where it is, with the organization’s base map and only its own branches', async () => {
    const { maps, links } = await open(a.staff, ids.exact);
    expect(maps).toHaveLength(1);
    expect(maps[0]).toMatchObject({
      point: { lat: 47.612345, lng: -122.334567, approximate: false },
      look: { stage: 'connected', category: 'institution' },
      tiles: { url: 'offline' },
      branches: [{ name: 'Alder Central', lat: 47.61, lng: -122.33 }],
    });
    expect(links.some((href) => /^\/map\?at=47\.6123\d,-122\.3345\d,16$/.test(href))).toBe(true);
  });

  it('sends an approximate point rounded to about a kilometre, even to staff who may read it exactly', async () => {
    for (const member of [a.staff, a.viewer]) {
      const { maps, links, text } = await open(member, ids.approximate);
      expect(maps[0]!.point).toEqual({ lat: 47.61, lng: -122.33, approximate: true });
      expect(links).toContain('/map?at=47.61,-122.33,13');
      expect(text).not.toContain('47.6123');
    }
  });

  it('draws no map for a hidden location, and sends no point for one', async () => {
    const { maps, text } = await open(a.staff, ids.hidden);
    expect(maps).toHaveLength(0);
    expect(text).not.toContain('47.61');
  });

  it('offers staff, and only staff, a way to place a partner that has no point', async () => {
    const place = `/partners/${ids.unplaced}/edit#location-heading`;
    const staff = await open(a.staff, ids.unplaced);
    expect(staff.maps).toHaveLength(0);
    expect(staff.links).toContain(place);
    const viewer = await open(a.viewer, ids.unplaced);
    expect(viewer.links).not.toContain(place);
  });

  it('shows nothing of another organization’s partner', async () => {
    signInAs(a.admin);
    await expectNotFound(() =>
      LocationPage({ params: Promise.resolve({ partnerId: ids.other }), searchParams: Promise.resolve({}) }),
    );
  });
});
