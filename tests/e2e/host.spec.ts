import { expect, test } from '@playwright/test';
import { hostAdmin, newHostAdmin, northgate } from './support/accounts';
import { expectNoAxeViolations, expectNoHorizontalOverflow, formAlert, signIn } from './support/helpers';

test('the host creates a library system; its new admin signs in with the one-time password', async ({
  page,
}) => {
  await signIn(page, hostAdmin.email);
  // A host admin is a member nowhere: signing in lands on the host console.
  await expect(page).toHaveURL(/\/host$/);
  await expect(page.getByRole('heading', { name: 'Library systems', level: 1 })).toBeVisible();
  // The export suite restores Northgate's archive into Eastport, which then bears the same name.
  await expect(page.getByRole('rowheader', { name: northgate.name }).first()).toBeVisible();
  await expectNoAxeViolations(page);
  // Organization pages are not theirs.
  await page.goto('/map');
  await expect(page).toHaveURL(/\/host$/);

  const create = page.getByRole('region', { name: 'Create a library system' });
  await create.getByLabel('Library system name').fill('Skagit Valley Libraries');
  await create.getByLabel('Latitude').fill('123');
  await create.getByLabel('Longitude').fill('-122.33');
  await create.getByLabel('Admin’s name').fill('Skye Admin');
  await create.getByLabel('Admin’s email').fill('skye@skagit.test');
  await create.getByRole('button', { name: 'Create the library system' }).click();
  await expect(create.getByText('Enter a latitude between -90 and 90')).toBeVisible();
  await expect(create.getByLabel('Library system name')).toHaveValue('Skagit Valley Libraries');
  await create.getByLabel('Latitude').fill('48.42');
  await create.getByRole('button', { name: 'Create the library system' }).click();

  const notice = page.getByRole('region', { name: 'Skagit Valley Libraries is created' });
  await expect(notice).toBeVisible();
  const oneTime = ((await notice.locator('.font-mono').textContent()) ?? '')
    .replace('One-time password:', '')
    .trim();
  expect(oneTime).toMatch(/^[A-Za-z0-9]{6}-[A-Za-z0-9]{6}-[A-Za-z0-9]{6}$/);
  await expect(page.getByRole('rowheader', { name: 'Skagit Valley Libraries' })).toBeVisible();
  await expect(
    page.getByText('Created Skagit Valley Libraries, with skye@skagit.test as its first admin'),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 360, height: 740 });
  await expectNoHorizontalOverflow(page);
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 1280, height: 720 });

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();

  await signIn(page, 'skye@skagit.test', oneTime);
  await expect(page).toHaveURL(/\/account\/password$/);
  await page.getByLabel('New password', { exact: true }).fill('skye chooses a password');
  await page.getByLabel('Confirm new password').fill('skye chooses a password');
  await page.getByRole('button', { name: 'Save new password' }).click();
  await expect(page.getByRole('heading', { name: 'Welcome, Skye' })).toBeVisible();
  await expect(page.getByText('Skagit Valley Libraries on Partner Atlas.')).toBeVisible();
  // The host console is not for an organization's admin.
  const response = await page.goto('/host');
  expect(response?.status()).toBe(404);
});

test('a new host admin chooses their own password before anything else', async ({ page }) => {
  await signIn(page, newHostAdmin.email);
  await expect(page).toHaveURL(/\/host\/password$/);
  await page.goto('/host');
  await expect(page).toHaveURL(/\/host\/password$/);
  await expect(page.getByRole('heading', { name: 'Choose your password' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel('New password', { exact: true }).fill('browser-tests-password');
  await page.getByLabel('Confirm new password').fill('browser-tests-password');
  await page.getByRole('button', { name: 'Save password' }).click();
  await expect(
    page.getByText('Choose a password different from the one-time password.').first(),
  ).toBeVisible();
  await page.getByLabel('New password', { exact: true }).fill('noel chooses a password');
  await page.getByLabel('Confirm new password').fill('noel chooses a password');
  await page.getByRole('button', { name: 'Save password' }).click();
  await expect(page).toHaveURL(/\/host$/);
  await expect(page.getByRole('heading', { name: 'Library systems', level: 1 })).toBeVisible();
});

test('the host suspends a library system: its members cannot sign in until it reopens', async ({
  page,
  browser,
}) => {
  // A system of its own, so that no other test’s accounts are affected.
  await signIn(page, hostAdmin.email);
  const create = page.getByRole('region', { name: 'Create a library system' });
  await create.getByLabel('Library system name').fill('Island County Libraries');
  await create.getByLabel('Latitude').fill('48.2');
  await create.getByLabel('Longitude').fill('-122.6');
  await create.getByLabel('Admin’s name').fill('Ira Island');
  await create.getByLabel('Admin’s email').fill('ira@island.test');
  await create.getByRole('button', { name: 'Create the library system' }).click();
  const notice = page.getByRole('region', { name: 'Island County Libraries is created' });
  const oneTime = ((await notice.locator('.font-mono').textContent()) ?? '')
    .replace('One-time password:', '')
    .trim();

  // Ira signs in, in a browser of their own.
  const other = await browser.newContext();
  const ira = await other.newPage();
  await signIn(ira, 'ira@island.test', oneTime);
  await expect(ira).toHaveURL(/\/account\/password$/);

  await page.getByRole('button', { name: 'Suspend Island County Libraries' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Suspend' }).click();
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Reopen Island County Libraries' })).toBeVisible();

  // Ira's session ended at once; signing in again is refused with the reason.
  await ira.goto('/');
  await expect(ira).toHaveURL(/\/sign-in/);
  await signIn(ira, 'ira@island.test', oneTime);
  await expect(formAlert(ira)).toContainText('suspended');

  await page.getByRole('button', { name: 'Reopen Island County Libraries' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Reopen' }).click();
  await expect(page.getByRole('button', { name: 'Suspend Island County Libraries' })).toBeVisible();
  await signIn(ira, 'ira@island.test', oneTime);
  await expect(ira).toHaveURL(/\/account\/password$/);
  await other.close();
});

// Last in this file: afterwards the host admin is also a member, and signs in to that system.
test('a host admin who is also a member reaches the console from the account menu', async ({ page }) => {
  await signIn(page, hostAdmin.email);
  const create = page.getByRole('region', { name: 'Create a library system' });
  await create.getByLabel('Library system name').fill('State Library Demonstration System');
  await create.getByLabel('Latitude').fill('47.04');
  await create.getByLabel('Longitude').fill('-122.9');
  await create.getByLabel('Admin’s name').fill('Someone Else');
  await create.getByLabel('Admin’s email').fill(hostAdmin.email);
  await create.getByRole('button', { name: 'Create the library system' }).click();
  const created = page.getByRole('region', { name: 'State Library Demonstration System is created' });
  await expect(created).toContainText('already had a Partner Atlas account');
  await expect(created).not.toContainText('Harper');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();

  await signIn(page, hostAdmin.email);
  await expect(page).not.toHaveURL(/\/host/);
  await page.getByRole('button', { name: /Account menu/ }).click();
  await page.getByRole('menuitem', { name: 'Host console' }).click();
  await expect(page).toHaveURL(/\/host$/);
  await expect(page.getByRole('heading', { name: 'Library systems', level: 1 })).toBeVisible();
});
