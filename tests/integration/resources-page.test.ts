import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import ResourcesPage from '@/app/(app)/resources/page';
import { catalogueEntries } from '@/db/catalogue/load';
import { resourceHides } from '@/db/schema';
import { momentOf, resourceMoments } from '@/lib/resources/moments';
import { createOrganizationWithMembers, signInAs } from '../factories';
import { builtinResource, createOwnResource } from '../factories/resources';
import { useTestDatabase } from '../support/database';
import { expectRedirect } from '../support/next';
import { renderToHtml } from '../support/render';

// The Resources page as a person sees it: every built-in entry, links only where an address is
// known (opening in a new tab, and saying so), grouped by moment, filtered from the address bar.

const t = useTestDatabase();

afterEach(() => signInAs(null));

const entries = catalogueEntries();
type Org = Awaited<ReturnType<typeof createOrganizationWithMembers>>;
let a: Org;
let b: Org;

beforeAll(async () => {
  a = await createOrganizationWithMembers(t.db, 'Alder Public Library');
  b = await createOrganizationWithMembers(t.db, 'Birch Public Library');
  await createOwnResource(t.db, a.org.id, {
    title: 'Alder partnership policy',
    url: 'https://alder.example.org/policy',
    topics: ['partnerships'],
    useWhen: 'making-the-case',
  });
  await createOwnResource(t.db, b.org.id, { title: 'Birch secret handbook', topics: ['partnerships'] });
});

async function page(params: Record<string, string> = {}) {
  return renderToHtml(await ResourcesPage({ searchParams: Promise.resolve(params) }));
}

/** Every link that opens in a new tab, as [attributes, inner HTML]. */
function newTabLinks(html: string) {
  return [...html.matchAll(/<a ([^>]*target="_blank"[^>]*)>(.*?)<\/a>/g)].map((m) => [m[1]!, m[2]!] as const);
}

const htmlText = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/'/g, '&#x27;').replace(/"/g, '&quot;');

const webinarTitleHtml = 'Building Community Relationships for Better Library Services';

describe('the Resources page', () => {
  it('shows every built-in entry, linking only those with a known address, each opening in a new tab', async () => {
    signInAs(a.staff);
    const html = await page();
    for (const entry of entries) expect(html, entry.id).toContain(htmlText(entry.title));
    const links = newTabLinks(html);
    const withAddress = entries.filter((e) => e.url);
    // The organization's own policy has an address too.
    expect(links).toHaveLength(withAddress.length + 1);
    for (const [attributes, inner] of links) {
      expect(attributes).toContain('rel="noopener noreferrer"');
      expect(inner).toContain('(opens in a new tab)');
    }
    for (const entry of withAddress) {
      expect(
        links.some(([attrs]) => attrs.includes(`href="${htmlText(entry.url!)}"`)),
        entry.id,
      ).toBe(true);
    }
    for (const entry of entries.filter((e) => !e.url)) {
      expect(
        links.some(([, inner]) => inner.includes(htmlText(entry.title))),
        entry.id,
      ).toBe(false);
    }
    expect(html.match(/No web address on file/g)).toHaveLength(entries.filter((e) => !e.url).length);
    expect(html).toContain(`${entries.length + 1} resources`);
  });

  it('groups entries under the moments, in order, each entry under its own moment', async () => {
    signInAs(a.viewer);
    const html = await page();
    const positions = resourceMoments.map((moment) => html.indexOf(`id="moment-${moment.key}"`));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((x, y) => x - y)).toEqual(positions);
    for (const entry of entries) {
      const moment = momentOf({ useWhen: entry.use_when, topics: entry.topics });
      const index = resourceMoments.findIndex((m) => m.key === moment);
      const at = html.indexOf(htmlText(entry.title));
      expect(at, entry.id).toBeGreaterThan(positions[index]!);
      const next = positions[index + 1];
      if (next) expect(at, entry.id).toBeLessThan(next);
    }
  });

  it('never shows another organization’s own resources', async () => {
    signInAs(a.admin);
    const html = await page();
    expect(html).toContain('Alder partnership policy');
    expect(html).not.toContain('Birch secret handbook');
    signInAs(b.viewer);
    const theirs = await page();
    expect(theirs).toContain('Birch secret handbook');
    expect(theirs).not.toContain('Alder partnership policy');
  });

  it('searches titles, creators and summaries, every word counting', async () => {
    signInAs(a.staff);
    const html = await page({ q: 'webinar recording' });
    expect(html).toContain(
      'Building Community Relationships for Better Library Services (webinar recording)',
    );
    expect(html).not.toContain('Four Thousand Weeks');
    const byCreator = await page({ q: 'Burkeman' });
    expect(byCreator).toContain('Four Thousand Weeks');
    expect(byCreator).toContain('1 of 26 resources match');
    // A kind or a topic counts as well: every webinar, whatever its title says.
    const webinars = await page({ q: 'webinar' });
    expect(webinars).toContain(`>${webinarTitleHtml}<`);
    expect(webinars).toContain('Building Authentic Relationships with Underserved Communities');
    const mapping = await page({ q: 'asset mapping' });
    expect(mapping).toContain('ConnectedLib Toolkit');
    const literal = await page({ q: '%' });
    expect(literal).toContain('Nothing matches');
  });

  it('filters by topic and by kind, together with a search', async () => {
    signInAs(a.staff);
    const mapping = await page({ topic: 'asset-mapping' });
    const asset = entries.filter((e) => e.topics.includes('asset-mapping'));
    expect(mapping).toContain(`${asset.length} of 26 resources match`);
    for (const entry of asset) expect(mapping).toContain(htmlText(entry.title));
    expect(mapping).not.toContain('Four Thousand Weeks');

    const books = await page({ kind: 'book' });
    const bookEntries = entries.filter((e) => e.kind === 'book');
    expect(books).toContain(`${bookEntries.length} of 26 resources match`);
    expect(books).not.toContain('Community Leader Interview Guide');

    const both = await page({ q: 'teens', topic: 'youth-and-teens', kind: 'book' });
    expect(both).toContain('Young Activists and the Public Library');
    expect(both).toContain('1 of 26 resources match');
  });

  it('tidies the address the filter form sends, dropping empty and unknown choices', async () => {
    signInAs(a.staff);
    expect(await expectRedirect(() => page({ q: '', topic: '', kind: '' }))).toBe('/resources');
    expect(await expectRedirect(() => page({ q: ' webinar ', topic: 'astrology', kind: 'book' }))).toBe(
      '/resources?q=webinar&kind=book',
    );
  });

  it.each(['staff', 'viewer'] as const)('offers a %s no way to add, edit, remove or hide', async (role) => {
    signInAs(a[role]);
    const html = await page();
    for (const text of ['Add a resource', 'Hide for our library', '>Edit<', 'Remove', 'id="hidden"']) {
      expect(html).not.toContain(text);
    }
  });

  it('offers managers adding, editing their own, hiding built-in ones and a Hidden section to restore them', async () => {
    const slides = await builtinResource(t.db, 'building-community-relationships-slides');
    await t.db.insert(resourceHides).values({ orgId: a.org.id, resourceId: slides.id });
    signInAs(a.manager);
    const html = await page();
    expect(html).toContain('Add a resource');
    expect(html.match(/Hide for our library/g)).toHaveLength(entries.length - 1);
    expect(html.match(/>Edit</g)).toHaveLength(1);
    const hiddenSection = html.slice(html.indexOf('id="hidden"'));
    expect(hiddenSection).toContain(htmlText(slides.title));
    expect(hiddenSection).toContain('Show again');
    expect(html.indexOf(htmlText(slides.title))).toBe(
      html.indexOf('id="hidden"') + hiddenSection.indexOf(htmlText(slides.title)),
    );

    // Hidden for Alder only.
    signInAs(b.staff);
    expect(await page()).toContain(htmlText(slides.title));
    await t.db.delete(resourceHides);
  });
});
