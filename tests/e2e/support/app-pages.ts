import { expect, type Page } from '@playwright/test';
import { northgate } from './accounts';
import { usedGuide } from './guides-seed';
import { northgatePartners } from './seed';

const partner = northgatePartners.teen.id;

/**
 * Every page of the app behind sign-in with a fixed address, for the checks that must hold on all of
 * them (axe, fitting a phone). Pages found only through the app (a member, an interview) are added
 * by `pagesFoundInTheApp`.
 */
export const appPages = [
  '/',
  '/map',
  '/map/print',
  '/partners',
  '/partners/new',
  '/partners/board',
  '/partners/import',
  `/partners/${partner}`,
  `/partners/${partner}/edit`,
  '/follow-ups',
  '/dashboard',
  '/interviews',
  '/interviews/new',
  '/interviews/referrals',
  '/interviews/guides',
  '/interviews/guides/new',
  `/interviews/guides/${usedGuide.id}/edit`,
  `/interviews/guides/${usedGuide.id}/print`,
  '/resources',
  '/resources/new',
  '/account',
  '/account/password',
  '/settings/organization',
  '/settings/branches',
  '/settings/branches/new',
  '/settings/areas',
  '/settings/areas/new',
  `/settings/branches/${northgate.branchId}`,
  '/settings/staff',
  '/settings/staff/new',
  '/settings/audit',
  '/settings/mail',
  '/settings/sign-in',
  '/settings/export',
];

/** The pages each role's view of differs most on: what they may do changes what is on them. */
export const everyRolePages = [
  '/',
  '/map',
  '/partners',
  '/partners/board',
  `/partners/${partner}`,
  '/follow-ups',
  '/dashboard',
  '/interviews',
  '/resources',
];

/**
 * Pages reached through the app as a person would, by their links (an admin or manager signed in):
 * a staff member's page, the seeded interview still in progress (its summary, notes and details),
 * a completed one, and an earlier import when there is one.
 */
export async function pagesFoundInTheApp(page: Page): Promise<string[]> {
  const found: string[] = [];
  const href = async (link: ReturnType<Page['getByRole']>) => {
    await expect(link).toBeAttached();
    return (await link.getAttribute('href'))!;
  };
  await page.goto('/settings/staff');
  found.push(
    await href(page.getByRole('link', { name: northgate.accounts.staff.name }).filter({ visible: true })),
  );
  await page.goto('/interviews?status=draft');
  const draft = await href(page.getByRole('main').getByRole('link', { name: 'Advisory board member' }));
  found.push(draft, `${draft}/conduct`, `${draft}/edit`);
  await page.goto('/interviews?status=complete');
  found.push(await href(page.getByRole('main').getByRole('listitem').first().getByRole('link')));
  await page.goto('/partners/import');
  const imports = page.getByRole('main').locator('a[href^="/partners/import/"]');
  if (await imports.count()) found.push((await imports.first().getAttribute('href'))!);
  return found;
}

/** Opens a page and waits until it has drawn its main heading. */
export async function openPage(page: Page, path: string) {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  // The printed map's buttons wake once its data is read (in the map's worker): checked half-way
  // through their colour's transition, a button would be neither the disabled one nor the ready one.
  if (path.startsWith('/map/print')) {
    await expect(page.getByRole('button', { name: 'Print', exact: true })).toBeEnabled();
    await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
  }
}
