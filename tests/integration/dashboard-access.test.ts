import type { ReactNode } from 'react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import DashboardPage from '@/app/(app)/dashboard/page';
import { GET } from '@/app/api/dashboard/[section]/route';
import { createOrganizationWithMembers, createPartner, signInAs, type TestMember } from '../factories';
import { createInterview } from '../factories/dashboard';
import { parseCsv } from '../support/csv';
import { useTestDatabase } from '../support/database';
import { expectRedirect } from '../support/next';
import { renderToHtml } from '../support/render';
import { buildScenario, type Scenario } from './dashboard-scenario';

const t = useTestDatabase();

afterEach(() => signInAs(null));

let s: Scenario;
// A fixed period, so the numbers do not depend on the day the tests run.
const period = 'period=custom&from=2025-12-01&to=2026-11-28';

beforeAll(async () => {
  s = await buildScenario(t.db);
  // Typed by people, so a spreadsheet must never run them as formulas.
  await createPartner(t.db, s.a.org.id, {
    name: '=HYPERLINK("http://evil.example")',
    stage: 'connected',
    lastInteractionAt: new Date('2020-01-01T00:00:00Z'),
    createdAt: new Date('2020-01-01T00:00:00Z'),
  });
  await createInterview(t.db, s.a.org.id, { heldOn: '2026-08-01', themes: ['@SUM(1+1)'] });
});

function download(member: TestMember | null, section: string, query = period) {
  signInAs(member);
  return GET(new Request(`http://localhost/api/dashboard/${section}?${query}`), {
    params: Promise.resolve({ section }),
  });
}

async function csvRows(response: Response) {
  expect(response.status).toBe(200);
  const bytes = new Uint8Array(await response.arrayBuffer());
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return parseCsv(new TextDecoder().decode(bytes));
}

describe('the CSV downloads', () => {
  it('refuse a visitor who is not signed in', async () => {
    for (const section of ['headline', 'funnel', 'going-cold', 'staff-activity']) {
      expect((await download(null, section)).status).toBe(401);
    }
  });

  it('give the headline numbers for the filters, named for what they count, the branch and the period', async () => {
    const response = await download(s.a.viewer, 'headline', `branch=${s.a.central.id}&${period}`);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="headline-numbers_${s.a.central.name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}_2025-12-01-to-2026-11-28.csv"`,
    );
    expect((await download(s.a.viewer, 'funnel', period)).headers.get('content-disposition')).toBe(
      'attachment; filename="partners-by-stage_all-branches_2025-12-01-to-2026-11-28.csv"',
    );
    const rows = await csvRows(response);
    expect(rows.slice(0, 5)).toEqual([
      ['Measure', 'Count'],
      ['Partners', '3'],
      ['Collaborating or sustained', '2'],
      ['New this period', '1'],
      ['Interviews this period', '1'],
    ]);
    expect(rows[5]?.[0]).toBe('Overdue follow-ups');
  });

  it('give every month of stage moves and interactions, and the funnel in path order', async () => {
    const moves = await csvRows(await download(s.a.staff, 'stage-movements'));
    expect(moves[0]).toEqual([
      'Month',
      'Into identified',
      'Into reached out',
      'Into connected',
      'Into collaborating',
      'Into sustained',
      'Into paused',
      'Into ended',
      'All moves',
    ]);
    expect(moves).toHaveLength(13);
    expect(moves.find((row) => row[0] === 'Jun 2026')).toEqual([
      'Jun 2026',
      '0',
      '0',
      '0',
      '1',
      '0',
      '0',
      '0',
      '1',
    ]);
    const interactions = await csvRows(await download(s.a.staff, 'interactions'));
    expect(interactions[0]?.slice(0, 3)).toEqual(['Month', 'Interactions', 'Meeting']);
    expect(
      interactions
        .slice(1)
        .map((row) => Number(row[1]))
        .reduce((a, b) => a + b, 0),
    ).toBe(5);
    const funnel = await csvRows(await download(s.a.staff, 'funnel'));
    expect(funnel.map((row) => row[0])).toEqual([
      'Stage',
      'Identified',
      'Reached out',
      'Connected',
      'Collaborating',
      'Sustained',
      'Paused',
      'Ended',
    ]);
  });

  it('give the coverage of every branch, and partners per branch', async () => {
    const coverage = await csvRows(await download(s.a.manager, 'coverage'));
    expect(coverage[0]).toEqual([
      'Branch',
      'Asset category',
      'Early childhood (0–5)',
      'Children (6–11)',
      'Teens (12–18)',
      'Adults',
      'Older adults',
      'Families and caregivers',
      'No ages recorded',
    ]);
    // All branches, three branches and "No primary branch": six categories each.
    expect(coverage).toHaveLength(1 + 5 * 6);
    expect(coverage.find((row) => row[0] === 'Alder Central' && row[1] === 'Institution')).toEqual([
      'Alder Central',
      'Institution',
      '0',
      '1',
      '2',
      '0',
      '0',
      '0',
      '0',
    ]);
    const branches = await csvRows(await download(s.a.manager, 'branches'));
    expect(branches).toEqual([
      ['Branch', 'Partners', 'Collaborating or sustained'],
      ['Alder Central', '3', '2'],
      ['Alder Riverside', '2', '0'],
      ['Alder Empty', '0', '0'],
      ['No primary branch', '2', '0'],
    ]);
  });

  it('list every cold and cooling partner, never a person, with formulas made harmless', async () => {
    const rows = await csvRows(await download(s.a.viewer, 'going-cold'));
    expect(rows[0]).toEqual(['Partner', 'Health', 'Stage', 'Branch', 'Last contact']);
    expect(rows.slice(1).map((row) => row[0])).toEqual([
      `'=HYPERLINK("http://evil.example")`,
      'Alder Book Club',
      'Alder Elementary',
      'Alder Market',
    ]);
    expect(rows[1]).toEqual([
      `'=HYPERLINK("http://evil.example")`,
      'Cold',
      'Connected',
      'No primary branch',
      '2020-01-01',
    ]);
    const themes = await csvRows(await download(s.a.viewer, 'themes'));
    expect(themes).toContainEqual(["'@SUM(1+1)", '1']);
    expect(themes[1]).toEqual(['Youth jobs', '3']);
  });

  it('give staff activity to managers and admins only', async () => {
    expect((await download(s.a.staff, 'staff-activity')).status).toBe(403);
    expect((await download(s.a.viewer, 'staff-activity')).status).toBe(403);
    const rows = await csvRows(await download(s.a.admin, 'staff-activity'));
    expect(rows[0]).toEqual(['Staff member', 'Interactions', 'Interviews', 'Overdue follow-ups']);
    expect(rows.slice(1, 3).map((row) => row.slice(0, 3))).toEqual([
      ['Sam Liaison', '2', '2'],
      [s.a.staff.name, '3', '1'],
    ]);
    expect(rows.map((row) => row[0])).toContain('Dee Former (deactivated)');
  });

  it('give another organization only its own numbers, whatever branch it names', async () => {
    const headline = await csvRows(
      await download(s.b.org.admin, 'headline', `branch=${s.a.central.id}&${period}`),
    );
    expect(headline.slice(1).every((row) => row[1] === '0')).toBe(true);
    const cold = await download(s.b.org.admin, 'going-cold');
    const text = await cold.text();
    expect(text).not.toContain('Alder');
    const staff = await (await download(s.b.org.admin, 'staff-activity')).text();
    expect(staff).not.toContain('Sam Liaison');
    const coverage = await (await download(s.b.org.admin, 'coverage')).text();
    expect(coverage).not.toContain('Alder');
  });

  it('refuse an unknown section and dates that cannot be used', async () => {
    expect((await download(s.a.admin, 'secrets')).status).toBe(404);
    const bad = await download(s.a.admin, 'funnel', 'period=custom&from=2026-05-01&to=2026-01-01');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ error: 'The last day must be on or after the first day.' });
  });
});

async function renderPage(member: TestMember, query: string): Promise<string> {
  signInAs(member);
  const page = (await DashboardPage({
    searchParams: Promise.resolve(Object.fromEntries(new URLSearchParams(query))),
  })) as ReactNode;
  // The page holds a Learn more panel, an async server component: rendered the way the server does.
  return renderToHtml(page);
}

describe('the dashboard page', () => {
  it('shows staff activity, naming people, to managers and admins only', async () => {
    for (const member of [s.a.manager, s.a.admin]) {
      const html = await renderPage(member, period);
      expect(html).toContain('Staff activity');
      expect(html).toContain('/api/dashboard/staff-activity?');
    }
    for (const member of [s.a.staff, s.a.viewer]) {
      const html = await renderPage(member, period);
      expect(html).not.toContain('Staff activity');
      expect(html).not.toContain('staff-activity');
      expect(html).toContain('Top interview themes');
    }
  });

  it('marks coverage gaps with a word, not only a colour, and links downloads with the filters', async () => {
    const html = await renderPage(s.a.viewer, `branch=${s.a.riverside.id}&${period}`);
    expect(html).toContain('Alder Riverside: 35 of 36 combinations have no partner.');
    expect(html.match(/>None</g)?.length).toBe(35);
    expect(html).toContain(
      `/api/dashboard/funnel?branch=${s.a.riverside.id}&amp;period=custom&amp;from=2025-12-01`,
    );
    expect(html).toContain('Alder Riverside · Any staff liaison · Dec 1, 2025 – Nov 28, 2026');
  });

  it('tidies the address, and drops a branch or liaison of another organization', async () => {
    expect(await expectRedirect(() => renderPage(s.a.viewer, 'branch=&owner=&period=12m&from=&to='))).toBe(
      '/dashboard',
    );
    expect(await expectRedirect(() => renderPage(s.a.viewer, `branch=${s.b.branch.id}&${period}`))).toBe(
      `/dashboard?${period}`,
    );
    expect(
      await expectRedirect(() => renderPage(s.a.viewer, `owner=${s.b.org.staff.membershipId}&period=year`)),
    ).toBe('/dashboard?period=year');
  });

  it('explains dates it cannot use beside the field, keeps them, and shows the last 12 months', async () => {
    const html = await renderPage(s.a.viewer, 'period=custom&from=2026-05-01&to=2026-01-01');
    expect(html).toContain('The last day must be on or after the first day.');
    expect(html).toContain('These dates could not be used');
    expect(html).toContain('value="2026-05-01"');
    expect(html).toContain('value="2026-01-01"');
  });

  it('welcomes a brand-new organization instead of drawing empty charts', async () => {
    const fresh = await createOrganizationWithMembers(t.db, 'Fresh Library');
    const html = await renderPage(fresh.staff, '');
    expect(html).toContain('Your dashboard fills in as you add partners');
    expect(html).toContain('href="/partners/new"');
    expect(html).not.toContain('Partners by stage');
    expect(html).not.toContain('Alder');
    const viewer = await renderPage(fresh.viewer, '');
    expect(viewer).not.toContain('href="/partners/new"');
  });
});
