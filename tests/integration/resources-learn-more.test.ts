import { eq } from 'drizzle-orm';
import { createElement } from 'react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import MapPage from '@/app/(app)/map/page';
import PartnerPage from '@/app/(app)/partners/[partnerId]/page';
import ResourcesPage from '@/app/(app)/resources/page';
import { LearnMore } from '@/components/resources/learn-more';
import { auditEntries, learnMoreDismissals, resourceHides } from '@/db/schema';
import { getAuthContext } from '@/lib/auth/context';
import { loadLearnMore } from '@/lib/resources/learn-more';
import type { LearnMorePanelKey } from '@/lib/resources/panels';
import { dismissLearnMore, restoreLearnMore } from '@/lib/resources/visibility-actions';
import { createMember, createOrganizationWithMembers, createPartner, form, signInAs } from '../factories';
import { builtinResource, createOwnResource } from '../factories/resources';
import { useTestDatabase } from '../support/database';
import { expectRedirect } from '../support/next';
import { renderToHtml } from '../support/render';

// The Learn more panels as people meet them: on the map and partner pages, chosen by topic from what
// their organization sees, closed per person and remembered.

const t = useTestDatabase();

afterEach(() => signInAs(null));

type Org = Awaited<ReturnType<typeof createOrganizationWithMembers>>;
let a: Org;
let b: Org;
let empty: Org;
let partnerId: string;

beforeAll(async () => {
  a = await createOrganizationWithMembers(t.db, 'Alder Public Library');
  b = await createOrganizationWithMembers(t.db, 'Birch Public Library');
  empty = await createOrganizationWithMembers(t.db, 'Cedar Public Library');
  partnerId = (await createPartner(t.db, a.org.id, { name: 'Alder Food Bank' })).id;
  await createPartner(t.db, b.org.id, { name: 'Birch Market' });
  await createOwnResource(t.db, a.org.id, { title: 'Alder partnership policy', topics: ['partnerships'] });
  await createOwnResource(t.db, b.org.id, { title: 'Birch partnership secrets', topics: ['partnerships'] });
});

/** The panel as a page shows it: loaded for whoever is signed in, rendered with its close action. */
async function panel(key: LearnMorePanelKey, options: { empty?: boolean } = {}) {
  const data = await loadLearnMore(await getAuthContext(), key, options);
  return renderToHtml(createElement(LearnMore, { data, dismiss: dismissLearnMore }));
}

const worksheet = 'Brainstorm Community Partners using Community Asset Mapping';
const connectedLib = 'ConnectedLib Toolkit: Community-Centered Services';

describe('the map’s panel', () => {
  it('offers the asset-mapping worksheet and the ConnectedLib module first while the map is empty, unfolded', async () => {
    signInAs(empty.staff);
    const html = await renderToHtml(
      await MapPage({ searchParams: Promise.resolve({}) } as Parameters<typeof MapPage>[0]),
    );
    expect(html).toContain('Learn more: Asset mapping and relationship building');
    expect(html).toContain('Your map has no partners yet');
    expect(html).toMatch(/<details open/);
    const at = (text: string) => html.indexOf(text);
    expect(at(worksheet)).toBeGreaterThan(0);
    expect(at(worksheet)).toBeLessThan(at(connectedLib));
    // The worksheet has no known address: named, not linked.
    expect(html).not.toMatch(new RegExp(`<a [^>]*>${worksheet}`));
    expect(html).toContain('no web address on file');
  });

  it('stays folded, with asset mapping leading, once the map has partners', async () => {
    signInAs(a.staff);
    const html = await renderToHtml(
      await MapPage({ searchParams: Promise.resolve({}) } as Parameters<typeof MapPage>[0]),
    );
    expect(html).toContain('Learn more: Asset mapping and relationship building');
    expect(html).not.toMatch(/<details open/);
    expect(html).not.toContain('Your map has no partners yet');
    expect(html).toContain(connectedLib);
  });
});

describe('the partner page’s panel', () => {
  it('shows partnership material, the organization’s own included, and nothing of another organization', async () => {
    signInAs(a.viewer);
    const html = await renderToHtml(
      await PartnerPage({
        params: Promise.resolve({ partnerId }),
        searchParams: Promise.resolve({}),
      } as Parameters<typeof PartnerPage>[0]),
    );
    expect(html).toContain('Learn more: Partnerships');
    expect(html).toContain('Cultivating the Relationship-Driven Library: A Toolkit');
    expect(html).toContain('Alder partnership policy');
    expect(html).not.toContain('Birch partnership secrets');
  });

  it('leaves out a built-in resource the organization hid', async () => {
    const cultivating = await builtinResource(t.db, 'cultivating-the-relationship-driven-library');
    await t.db.insert(resourceHides).values({ orgId: a.org.id, resourceId: cultivating.id });
    signInAs(a.staff);
    const html = await panel('partner');
    expect(html).not.toContain('Cultivating the Relationship-Driven Library');
    expect(html).toContain('Alder partnership policy');
    signInAs(b.staff);
    expect(await panel('partner')).toContain('Cultivating the Relationship-Driven Library');
    await t.db.delete(resourceHides).where(eq(resourceHides.orgId, a.org.id));
  });
});

describe('closing a panel', () => {
  it('hides it for that person alone, on every page it appears, until they bring it back', async () => {
    const reader = await createMember(t.db, a.org.id, { role: 'viewer', name: 'Robin Reader' });
    signInAs(reader);
    expect(await panel('map')).toContain('Learn more');
    expect(await dismissLearnMore(null, form({ panel: 'map' }))).toMatchObject({ ok: true });
    expect(await panel('map')).toBe('');
    // Closing twice changes nothing and is no error.
    expect(await dismissLearnMore(null, form({ panel: 'map' }))).toMatchObject({ ok: true });
    // Other panels, and other people, are untouched.
    expect(await panel('partner')).toContain('Learn more');
    signInAs(a.staff);
    expect(await panel('map')).toContain('Learn more');

    signInAs(reader);
    const resources = await renderToHtml(await ResourcesPage({ searchParams: Promise.resolve({}) }));
    expect(resources).toContain('Learn more suggestions you hid');
    expect(resources).toContain('You hid them on the map.');
    expect(await expectRedirect(() => restoreLearnMore(null, form({})))).toBe('/resources?saved=panels');
    expect(await panel('map')).toContain('Learn more');
    const rows = await t.db
      .select()
      .from(learnMoreDismissals)
      .where(eq(learnMoreDismissals.membershipId, reader.membershipId));
    expect(rows).toEqual([]);
    const audit = await t.db
      .select()
      .from(auditEntries)
      .where(eq(auditEntries.entityId, reader.membershipId));
    expect(audit.map((e) => e.action)).toEqual(['learn_more.dismiss', 'learn_more.restore']);
  });

  it('refuses an unknown panel and a signed-out caller', async () => {
    signInAs(a.staff);
    expect(await dismissLearnMore(null, form({ panel: 'everything' }))).toMatchObject({ ok: false });
    signInAs(null);
    expect(await dismissLearnMore(null, form({ panel: 'map' }))).toMatchObject({ ok: false });
    expect(await panel('map')).toBe('');
  });
});

describe('the panels others will place', () => {
  it('beside an interview, the interview guide leads; on the dashboard, the webinar', async () => {
    signInAs(a.staff);
    const interview = await panel('interview');
    expect(interview).toContain('Learn more: Interviews and relationship building');
    expect(interview.indexOf('Community Leader Interview Guide')).toBeGreaterThan(0);
    const dashboard = await panel('dashboard');
    expect(dashboard).toContain('Learn more: Administrator support and evaluation');
    expect(dashboard).toContain('Building Community Relationships for Better Library Services');
  });
});
