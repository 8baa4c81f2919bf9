import { expect, test } from '@playwright/test';
import { hostAdmin, northgate, southport } from './support/accounts';
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
  await page.screenshot({ path: 'test-results/staff-invitations-desktop.png', fullPage: true });
  await page.setViewportSize({ width: 360, height: 740 });
  await expectNoHorizontalOverflow(page);
  await page.screenshot({ path: 'test-results/staff-invitations-360.png', fullPage: true });
  await page.setViewportSize({ width: 1280, height: 720 });
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

test('the host names a new system’s first admin by invitation link; the admin opens it and is in', async ({
  page,
  browser,
}) => {
  await signIn(page, hostAdmin.email);
  // Straight to the console: host.spec.ts may have made the host a member of a library too.
  await page.goto('/host');
  const create = page.getByRole('region', { name: 'Create a library system' });
  await create.getByLabel('Library system name').fill('Whatcom County Library System');
  await create.getByLabel('Latitude').fill('48.75');
  await create.getByLabel('Longitude').fill('-122.48');
  await create.getByLabel('Admin’s name').fill('Wes Admin');
  await create.getByLabel('Admin’s email').fill('wes@whatcom.test');
  await create.getByRole('radio', { name: /Invitation link/ }).check();
  await create.getByRole('button', { name: 'Create the library system' }).click();
  const notice = page.getByRole('region', { name: 'Whatcom County Library System is created' });
  await expect(notice).toBeVisible();
  const link = ((await notice.locator('.font-mono').textContent()) ?? '')
    .replace('Invitation link:', '')
    .trim();
  expect(link).toMatch(/\/invite\/[A-Za-z0-9_-]{43}$/);
  await expectNoAxeViolations(page);
  await page.screenshot({ path: 'test-results/host-invitation.png', fullPage: true });

  const context = await browser.newContext();
  const admin = await context.newPage();
  await admin.goto(new URL(link).pathname);
  await expect(admin.getByRole('heading', { name: 'Join Whatcom County Library System' })).toBeVisible();
  await admin.getByLabel('Password', { exact: true }).fill('wes chooses a long password');
  await admin.getByLabel('Password again').fill('wes chooses a long password');
  await admin.getByRole('button', { name: 'Join and sign in' }).click();
  await expect(admin).toHaveURL(/\/map/);
  await expect(admin.getByRole('banner').getByTestId('current-org')).toContainText(
    'Whatcom County Library System',
  );
  await signOut(admin);

  // Another library invites the same address: it has an account, so its owner gives its password to accept.
  await page.getByRole('button', { name: 'Sign out' }).click();
  await signIn(page, southport.accounts.admin.email);
  await page.goto('/settings/staff/new');
  await page.getByLabel('Name').fill('Wes at Southport');
  await page.getByLabel('Email').fill('wes@whatcom.test');
  await page.getByRole('radio', { name: /Invitation link/ }).check();
  await page.getByRole('button', { name: 'Add staff member' }).click();
  const second = page.getByRole('region', { name: 'Wes at Southport is invited' });
  await expect(second).toBeVisible();
  // Nothing about where else the address belongs.
  await expect(page.getByText('Whatcom County')).toHaveCount(0);
  const secondLink = ((await second.locator('.font-mono').textContent()) ?? '')
    .replace('Invitation link:', '')
    .trim();

  await admin.goto(new URL(secondLink).pathname);
  await expect(admin.getByRole('heading', { name: `Join ${southport.name}` })).toBeVisible();
  await expectNoAxeViolations(admin);
  // The account's own password joins here (a wrong one is refused beside the field).
  const password = admin.getByLabel('Your Partner Atlas password');
  await password.fill('not what wes chose at all');
  await admin.getByRole('button', { name: `Join ${southport.name} and sign in` }).click();
  await expect(admin.getByText(/not the password of the Partner Atlas account/).first()).toBeVisible();
  await password.fill('wes chooses a long password');
  await admin.getByRole('button', { name: `Join ${southport.name} and sign in` }).click();
  // Two systems now: the chooser asks which to work in.
  await expect(admin.getByRole('heading', { name: 'Choose a library system', level: 1 })).toBeVisible();
  await admin.getByRole('button', { name: new RegExp(`^${southport.name}`) }).click();
  await expect(admin).toHaveURL(/\/map/);
  await expect(admin.getByRole('banner').getByTestId('current-org')).toContainText(southport.name);
  await context.close();
});

test('the host makes a new first-admin link for a system whose link was lost; the old one stops working', async ({
  page,
  browser,
}) => {
  await signIn(page, hostAdmin.email);
  // Straight to the console: host.spec.ts may have made the host a member of a library too.
  await page.goto('/host');
  const create = page.getByRole('region', { name: 'Create a library system' });
  await create.getByLabel('Library system name').fill('San Juan Island Library');
  await create.getByLabel('Latitude').fill('48.53');
  await create.getByLabel('Longitude').fill('-123.02');
  await create.getByLabel('Admin’s name').fill('Jo Admin');
  await create.getByLabel('Admin’s email').fill('jo@sanjuan.test');
  await create.getByRole('radio', { name: /Invitation link/ }).check();
  await create.getByRole('button', { name: 'Create the library system' }).click();
  const created = page.getByRole('region', { name: 'San Juan Island Library is created' });
  const lost = ((await created.locator('.font-mono').textContent()) ?? '')
    .replace('Invitation link:', '')
    .trim();

  await page.getByRole('link', { name: 'San Juan Island Library' }).first().click();
  const card = page.getByRole('region', { name: 'Its first admin' });
  await expect(card.getByLabel('Admin’s email')).toHaveValue('jo@sanjuan.test');
  await expect(card.getByLabel('Admin’s name')).toHaveValue('Jo Admin');
  await card.getByRole('button', { name: 'Make a new invitation link' }).click();
  const notice = page.getByRole('region', { name: 'A new link is made' });
  await expect(notice).toBeVisible();
  const link = ((await notice.locator('.font-mono').textContent()) ?? '')
    .replace('Invitation link:', '')
    .trim();
  expect(link).not.toBe(lost);
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 360, height: 800 });
  await expectNoHorizontalOverflow(page);
  await page.screenshot({ path: 'test-results/host-first-admin-360.png', fullPage: true });

  const context = await browser.newContext();
  const admin = await context.newPage();
  await admin.goto(new URL(lost).pathname);
  await expect(admin.getByText('This invitation was withdrawn')).toBeVisible();
  await admin.goto(new URL(link).pathname);
  await expect(admin.getByRole('heading', { name: 'Join San Juan Island Library' })).toBeVisible();
  await context.close();
});
