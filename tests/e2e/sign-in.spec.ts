import { expect, test } from '@playwright/test';
import { northgate } from './support/accounts';
import { expectNoAxeViolations, formAlert, signIn, signOut } from './support/helpers';

test('a signed-out visitor is sent to sign in, then back to where they were going', async ({ page }) => {
  await page.goto('/settings/branches');
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel('Email').fill(northgate.accounts.admin.email);
  await page.getByLabel('Password').fill('browser-tests-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/settings\/branches$/);
  await signOut(page);
  await expect(page.getByText('You have signed out.')).toBeVisible();
  await page.goto('/');
  await expect(page).toHaveURL(/\/sign-in/);
});

test('a wrong password says so and keeps the email', async ({ page }) => {
  await signIn(page, northgate.accounts.staff.email, 'not the password');
  await expect(formAlert(page)).toContainText('don’t match an account');
  await expect(page.getByLabel('Email')).toHaveValue(northgate.accounts.staff.email);
  await expect(page).toHaveURL(/\/sign-in/);
});

test('repeated failures lock the account, even against the right password', async ({ page }) => {
  test.setTimeout(90_000);
  for (let i = 0; i < 4; i++) {
    await signIn(page, northgate.accounts.lockout.email, `wrong ${i}`);
    await expect(formAlert(page)).toContainText('don’t match an account');
  }
  await signIn(page, northgate.accounts.lockout.email, 'wrong again');
  await expect(formAlert(page)).toContainText('Too many failed sign-ins');
  await signIn(page, northgate.accounts.lockout.email);
  await expect(formAlert(page)).toContainText('locked');
  await expect(page).toHaveURL(/\/sign-in/);
});

test('a deactivated member cannot sign in', async ({ page }) => {
  await signIn(page, northgate.accounts.deactivated.email);
  await expect(formAlert(page)).toContainText('deactivated');
});

test('a viewer signs in, sees their role, and is refused the settings with a plain message', async ({
  page,
}) => {
  await signIn(page, northgate.accounts.viewer.email);
  // The map is where people land after signing in.
  await expect(page).toHaveURL(/\/map(\?|$)/);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
  await expect(page.getByRole('heading', { name: 'Welcome, Vic' })).toBeVisible();
  await expect(page.getByText('Viewer', { exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Settings' })).toHaveCount(0);
  await expectNoAxeViolations(page);
  for (const path of ['/settings/staff', '/settings/branches', '/settings/organization', '/settings/audit']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { name: /You don’t have access/ })).toBeVisible();
  }
  await expectNoAxeViolations(page);
  const csv = await page.request.get('/api/settings/audit');
  expect(csv.status()).toBe(403);
});

test('a signed-out program calling a route handler gets 401, not a page', async ({ request }) => {
  const response = await request.get('/api/settings/audit', { maxRedirects: 0 });
  expect(response.status()).toBe(401);
});

test('the demo accounts are listed only in demo mode', async ({ page }) => {
  // These servers run with PARTNER_ATLAS_DEMO=0; `npm run demo` turns it on for the demo data.
  await page.goto('/sign-in');
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Demo accounts' })).toHaveCount(0);
  await expect(page.getByText('atlas-demo-2026')).toHaveCount(0);
});
