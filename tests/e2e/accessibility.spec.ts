import { expect, test } from '@playwright/test';
import { northgate } from './support/accounts';
import { usedGuide } from './support/guides-seed';
import { expectNoAxeViolations, signIn } from './support/helpers';
import { northgatePartners } from './support/seed';

const adminPages = [
  '/',
  '/map',
  '/partners',
  '/partners/new',
  '/partners/board',
  '/partners/import',
  `/partners/${northgatePartners.teen.id}`,
  '/follow-ups',
  '/resources',
  '/resources/new',
  '/account',
  '/account/password',
  '/settings/organization',
  '/settings/branches',
  '/settings/branches/new',
  `/settings/branches/${northgate.branchId}`,
  '/settings/staff',
  '/settings/staff/new',
  '/settings/audit',
  '/settings/export',
];

for (const [device, viewport] of [
  ['desktop', { width: 1280, height: 900 }],
  ['phone', { width: 390, height: 844 }],
] as const) {
  test(`every main page passes axe on a ${device}`, async ({ page }) => {
    // Fourteen pages, each checked by axe: more than the default minute on a busy two-core machine.
    test.setTimeout(180_000);
    await page.setViewportSize(viewport);
    await page.goto('/sign-in');
    await expectNoAxeViolations(page);
    await signIn(page, northgate.accounts.admin.email);
    await expect(page).toHaveURL(/\/map(\?|$)/);
    // A member's own page, found through the list like a person would.
    await page.goto('/settings/staff');
    const memberLink = page
      .getByRole('link', { name: northgate.accounts.staff.name })
      .filter({ visible: true });
    const memberPage = await memberLink.getAttribute('href');
    for (const path of [...adminPages, memberPage!]) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectNoAxeViolations(page);
    }
    const missing = await page.goto('/settings/branches/not-a-branch');
    expect(missing?.status()).toBe(404);
    await expectNoAxeViolations(page);
  });
}

const guidePages = [
  '/interviews/guides',
  '/interviews/guides/new',
  `/interviews/guides/${usedGuide.id}/edit`,
  `/interviews/guides/${usedGuide.id}/print`,
];

// The guide pages and the dashboard in tests of their own: axe takes a while on their tables and charts.
for (const [device, viewport] of [
  ['desktop', { width: 1280, height: 900 }],
  ['phone', { width: 390, height: 844 }],
] as const) {
  test(`the interview guide pages pass axe on a ${device}`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await signIn(page, northgate.accounts.manager.email);
    for (const path of guidePages) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectNoAxeViolations(page);
    }
  });

  test(`the dashboard passes axe on a ${device}, staff activity included`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await signIn(page, northgate.accounts.admin.email);
    await page.goto('/dashboard');
    await expect(page.getByRole('heading', { name: 'Staff activity' })).toBeVisible();
    await expectNoAxeViolations(page);
  });
}

test('signing in, moving around and signing out work by keyboard alone', async ({ page }) => {
  await page.goto('/sign-in');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Email')).toBeFocused();
  await page.keyboard.type(northgate.accounts.manager.email);
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Password')).toBeFocused();
  await page.keyboard.type('browser-tests-password');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/map(\?|$)/);
  await expect(page.getByRole('heading', { name: 'Map of partners' })).toBeAttached();

  // The skip link is the first stop and moves past the navigation.
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();

  const menuButton = page.getByRole('button', { name: /Account menu/ });
  await menuButton.focus();
  await page.keyboard.press('Enter');
  const signOutItem = page.getByRole('menuitem', { name: 'Sign out' });
  await expect(page.getByRole('menuitem', { name: 'Your account and sessions' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitem', { name: 'Change password' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(signOutItem).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
});
