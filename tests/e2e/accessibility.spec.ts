import { expect, test } from '@playwright/test';
import { northgate } from './support/accounts';
import { appPages, openPage, pagesFoundInTheApp } from './support/app-pages';
import { expectNoAxeViolations, expectNoHorizontalOverflow, signIn } from './support/helpers';

// Every page at a desktop's width and a small phone's (360 px), with the admin who sees the most of
// each; on the phone each page must also fit without scrolling sideways (tests/e2e/phone.spec.ts
// checks that for every role).
for (const [device, viewport] of [
  ['desktop', { width: 1280, height: 900 }],
  ['phone', { width: 360, height: 740 }],
] as const) {
  test(`every page passes axe on a ${device}`, async ({ page }) => {
    // About forty pages, each checked by axe: minutes on a busy two-core machine.
    test.setTimeout(360_000);
    await page.setViewportSize(viewport);
    await page.goto('/sign-in');
    await expectNoAxeViolations(page);
    if (device === 'phone') await expectNoHorizontalOverflow(page);
    await signIn(page, northgate.accounts.admin.email);
    await expect(page).toHaveURL(/\/map(\?|$)/);
    for (const path of [...appPages, ...(await pagesFoundInTheApp(page))]) {
      await test.step(path, async () => {
        await openPage(page, path);
        await expectNoAxeViolations(page);
        if (device === 'phone') await expectNoHorizontalOverflow(page);
      });
    }
    const missing = await page.goto('/settings/branches/not-a-branch');
    expect(missing?.status()).toBe(404);
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
