import { expect, test } from '@playwright/test';
import { northgate } from './support/accounts';
import { expectNoAxeViolations, formAlert, signIn, signOut } from './support/helpers';

test('an admin adds a member, who signs in with the one-time password and chooses their own', async ({
  page,
}) => {
  await signIn(page, northgate.accounts.admin.email);
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('link', { name: 'Staff' }).click();
  await expect(page.getByRole('heading', { name: 'Staff', level: 1 })).toBeVisible();
  await page.getByRole('link', { name: 'Add a staff member' }).click();
  await expectNoAxeViolations(page);

  // A mistake is explained beside the field and nothing typed is lost.
  await page.getByLabel('Name').fill('Robin Newhire');
  await page.getByLabel('Email').fill('robin@');
  await page.getByRole('button', { name: 'Add staff member' }).click();
  await expect(page.getByText('Enter an email address like name@library.org.')).toBeVisible();
  await expect(page.getByLabel('Name')).toHaveValue('Robin Newhire');

  await page.getByLabel('Email').fill('robin@northgate.test');
  await page.getByRole('radio', { name: /Manager/ }).check();
  await page.getByLabel('Home branch').selectOption({ label: northgate.branchName });
  await page.getByRole('button', { name: 'Add staff member' }).click();
  await expect(page.getByRole('heading', { name: 'Robin Newhire is added' })).toBeVisible();
  const notice = page.getByRole('region', { name: 'Robin Newhire is added' });
  const oneTime = ((await notice.locator('.font-mono').textContent()) ?? '')
    .replace('One-time password:', '')
    .trim();
  expect(oneTime).toMatch(/^[A-Za-z0-9]{6}-[A-Za-z0-9]{6}-[A-Za-z0-9]{6}$/);
  await expectNoAxeViolations(page);

  await page.goto('/settings/staff');
  await expect(
    page.getByRole('main').getByText('robin@northgate.test').filter({ visible: true }),
  ).toBeVisible();
  await signOut(page);

  await signIn(page, 'robin@northgate.test', oneTime);
  await expect(page).toHaveURL(/\/account\/password$/);
  await expect(page.getByRole('heading', { name: 'Choose your password' })).toBeVisible();
  // Until they choose one, everything else sends them back here.
  await page.goto('/');
  await expect(page).toHaveURL(/\/account\/password$/);
  await expectNoAxeViolations(page);
  // Typed a moment ago to sign in: not asked for again.
  await expect(page.getByLabel('One-time password')).toHaveCount(0);
  await page.getByLabel('New password', { exact: true }).fill('robin chooses a password');
  await page.getByLabel('Confirm new password').fill('robin chooses a password');
  await page.getByRole('button', { name: 'Save new password' }).click();
  await expect(page.getByRole('heading', { name: 'Welcome, Robin' })).toBeVisible();
  await expect(page.getByText('Your new password is saved.')).toBeVisible();
  await expect(page.getByText('Manager', { exact: true })).toBeVisible();
  await signOut(page);

  await signIn(page, 'robin@northgate.test', oneTime);
  await expect(formAlert(page)).toContainText('don’t match an account');
});
