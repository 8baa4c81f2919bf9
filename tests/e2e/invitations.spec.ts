import { expect, test } from '@playwright/test';
import { northgate } from './support/accounts';
import {
  expectNoAxeViolations,
  expectNoHorizontalOverflow,
  formAlert,
  signIn,
  signOut,
} from './support/helpers';

// Issue 19, decision 0024: an admin invites a new person by link; the person opens it, chooses a
// name and password, and lands in the library system. The link works once.

test('an admin invites a new person, who opens the link, sets a password and lands in the library', async ({
  page,
  browser,
}) => {
  await signIn(page, northgate.accounts.admin.email);
  await page.goto('/settings/staff/new');
  await page.getByLabel('Name').fill('Ivy Invitee');
  await page.getByLabel('Email').fill('ivy@northgate.test');
  await page.getByRole('radio', { name: /Viewer/ }).check();
  await page.getByRole('radio', { name: /Invitation link/ }).check();
  await page.getByRole('button', { name: 'Add staff member' }).click();
  const notice = page.getByRole('region', { name: 'Ivy Invitee is invited' });
  await expect(notice).toBeVisible();
  const link = ((await notice.locator('.font-mono').textContent()) ?? '')
    .replace('Invitation link:', '')
    .trim();
  expect(link).toMatch(/\/invite\/[A-Za-z0-9_-]{43}$/);
  await expectNoAxeViolations(page);

  // Waiting on the staff page, with its role and last day.
  await page.goto('/settings/staff');
  const waiting = page.getByRole('region', { name: 'Invitations waiting' });
  await expect(waiting.getByText('Ivy Invitee (ivy@northgate.test)')).toBeVisible();
  await expect(waiting.getByText(/Viewer · link works until/)).toBeVisible();
  await expect(
    waiting.getByRole('button', { name: 'Revoke the invitation for ivy@northgate.test' }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await signOut(page);

  // The person, in a browser of their own, on a phone.
  const inviteeContext = await browser.newContext({ viewport: { width: 360, height: 800 } });
  const invitee = await inviteeContext.newPage();
  await invitee.goto(new URL(link).pathname);
  await expect(invitee.getByRole('heading', { name: `Join ${northgate.name}` })).toBeVisible();
  await expectNoAxeViolations(invitee);
  await expectNoHorizontalOverflow(invitee);
  await invitee.screenshot({ path: 'test-results/invite-360.png', fullPage: true });
  await expect(invitee.getByLabel('Your name')).toHaveValue('Ivy Invitee');
  await invitee.getByLabel('Password', { exact: true }).fill('too short');
  await invitee.getByLabel('Password again').fill('too short');
  await invitee.getByRole('button', { name: 'Join and sign in' }).click();
  await expect(invitee.getByText('Use at least 12 characters.')).toBeVisible();
  await expect(invitee.getByLabel('Your name')).toHaveValue('Ivy Invitee');
  await invitee.getByLabel('Password', { exact: true }).fill('ivy chooses a long password');
  await invitee.getByLabel('Password again').fill('ivy chooses a long password');
  await invitee.getByRole('button', { name: 'Join and sign in' }).click();
  await expect(invitee).toHaveURL(/\/map/);
  await expect(invitee.getByRole('banner').getByTestId('current-org')).toContainText(northgate.name);
  await inviteeContext.close();

  // Used once: the same link now says so.
  const againContext = await browser.newContext();
  const again = await againContext.newPage();
  await again.goto(new URL(link).pathname);
  await expect(formAlert(again)).toContainText('already been used');
  await expectNoAxeViolations(again);
  await againContext.close();

  // And the new member signs in with the password she chose.
  await signIn(page, 'ivy@northgate.test', 'ivy chooses a long password');
  await expect(page).toHaveURL(/\/map/);
});
