import { createHmac } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { northgate } from './support/accounts';
import { expectNoAxeViolations, expectNoHorizontalOverflow, signIn } from './support/helpers';

// The e-mail digest's preferences (issue 17): a member chooses daily, weekly or off on the account
// page; the unsubscribe link of a message works in a browser that is not signed in. Both pages pass
// axe at 1280 and 360 px.

// The e2e server's AUTH_SECRET (tests/e2e/support/server.ts) signs the link as a digest would
// (lib/reminders/unsubscribe.ts).
const serverSecret = 'browser-tests-only-secret-0123456789abcdef';
const tokenFor = (membershipId: string) =>
  `${membershipId}.${createHmac('sha256', serverSecret).update(`digest-unsubscribe:${membershipId}`).digest('base64url')}`;

test('a member sets their digest to daily, and its unsubscribe link turns it off without signing in', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  // The staff member's membership id, as an admin reads it from the staff page's address.
  await signIn(page, northgate.accounts.admin.email);
  await expect(page).toHaveURL(/\/map(\?|$)/);
  await page.goto('/settings/staff');
  await page.getByRole('link', { name: northgate.accounts.staff.name }).first().click();
  await expect(page).toHaveURL(/\/settings\/staff\/[0-9a-f-]{36}$/);
  const membershipId = page.url().split('/').pop()!;
  await page.context().clearCookies();

  await signIn(page, northgate.accounts.staff.email);
  await expect(page).toHaveURL(/\/map(\?|$)/);
  await page.goto('/account');
  const card = page.getByRole('region', { name: 'Your e-mail digest' });
  await card.getByRole('radio', { name: /Daily/ }).check();
  await card.getByRole('button', { name: 'Save digest setting' }).click();
  await expect(card.getByText('Saved.')).toBeVisible();
  await page.reload();
  await expect(card.getByRole('radio', { name: /Daily/ })).toBeChecked();
  await expectNoAxeViolations(page);

  // From the message, in a browser that is not signed in.
  const mail = await browser.newContext({ baseURL });
  const reader = await mail.newPage();
  await reader.goto(`/unsubscribe/${tokenFor(membershipId)}`);
  await expect(reader.getByRole('heading', { name: 'E-mail digest' })).toBeVisible();
  await expectNoAxeViolations(reader);
  await reader.getByRole('button', { name: 'Unsubscribe' }).click();
  await expect(reader.getByText('You are unsubscribed.')).toBeVisible();
  await reader.setViewportSize({ width: 360, height: 800 });
  await expectNoAxeViolations(reader);
  await expectNoHorizontalOverflow(reader);

  // A forged link does nothing.
  await reader.goto(`/unsubscribe/${membershipId}.forged`);
  await expect(reader.getByText('This unsubscribe link is not valid.')).toBeVisible();
  await mail.close();

  await page.reload();
  await expect(card.getByRole('radio', { name: /Off/ })).toBeChecked();
  await page.setViewportSize({ width: 360, height: 800 });
  await expectNoAxeViolations(page);
  await expectNoHorizontalOverflow(page);
  // Back to the default for the other tests.
  await card.getByRole('radio', { name: /Weekly/ }).check();
  await card.getByRole('button', { name: 'Save digest setting' }).click();
  await expect(card.getByText('Saved.')).toBeVisible();
});
