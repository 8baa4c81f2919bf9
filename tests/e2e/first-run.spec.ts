import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, expectNoHorizontalOverflow, signOut } from './support/helpers';

// A library in Los Angeles, set up from a computer there: its time zone starts as the computer's.
test.use({ timezoneId: 'America/Los_Angeles' });

test('the first person sets up the organization, becomes its admin, and setup closes for good', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/setup$/);
  await expect(page.getByRole('heading', { name: 'Set up Partner Atlas' })).toBeVisible();
  await expectNoAxeViolations(page);
  // And on a small phone: it fits without scrolling sideways.
  await page.setViewportSize({ width: 360, height: 740 });
  await expectNoHorizontalOverflow(page);
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 1280, height: 720 });

  await expect(page.getByRole('combobox', { name: 'Time zone' })).toHaveValue('America/Los_Angeles');
  await page.getByLabel('Library system name').fill('Riverbend Public Library');
  await page.getByLabel('Your name').fill('Jordan Park');
  await page.getByLabel('Email').fill('jordan@riverbend.test');
  await page.getByLabel('Password', { exact: true }).fill('short');
  await page.getByLabel('Confirm password').fill('short');
  await page.getByRole('button', { name: 'Create the organization' }).click();
  await expect(page.getByText('Use at least 12 characters.')).toBeVisible();
  // Nothing the person typed is lost.
  await expect(page.getByLabel('Library system name')).toHaveValue('Riverbend Public Library');
  await expect(page.getByLabel('Email')).toHaveValue('jordan@riverbend.test');

  await page.getByLabel('Password', { exact: true }).fill('a good long password');
  await page.getByLabel('Confirm password').fill('a good long password');
  await page.getByRole('button', { name: 'Create the organization' }).click();
  await expect(page.getByRole('heading', { name: 'Welcome, Jordan' })).toBeVisible();
  await expect(page.getByText('Riverbend Public Library on Partner Atlas.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Settings' })).toBeVisible();
  // Chosen at setup: Settings shows it and does not ask again.
  await expect(page.getByText(/Dates are counted in UTC/)).toHaveCount(0);
  await page.goto('/settings/organization');
  await expect(page.getByRole('combobox', { name: 'Time zone' })).toHaveValue('America/Los_Angeles');

  await signOut(page);
  await page.goto('/');
  await expect(page).toHaveURL(/\/sign-in/);
  await page.goto('/setup');
  await expect(page.getByRole('heading', { name: 'Setup is complete' })).toBeVisible();
  await expect(page.getByLabel('Library system name')).toHaveCount(0);
});
