import { expect, type Page, test } from '@playwright/test';
import { northgate } from './support/accounts';
import { expectNoAxeViolations, signIn } from './support/helpers';
import { northgatePartners } from './support/seed';

const phone = { width: 390, height: 844 };

/** From a partner's page to the consent step of a new interview. */
async function startInterviewWith(page: Page, partner: { id: string; name: string }) {
  await page.goto(`/partners/${partner.id}`);
  await page.getByRole('link', { name: 'Start an interview' }).click();
  await expect(page.getByRole('heading', { name: 'Start an interview', level: 1 })).toBeVisible();
  await expect(page.getByRole('combobox', { name: /Partner/ })).toHaveValue(partner.name);
  await page.getByLabel(/Interviewee’s name/).fill('Dana Whitfield');
  await page.getByLabel(/Their role/).fill('Director');
  await page.getByLabel(/Where/).fill('Community fair');
  await page.getByRole('button', { name: 'Start the interview' }).click();
  await expect(page.getByRole('heading', { name: 'Consent', level: 2 })).toBeVisible();
}

const status = (page: Page) =>
  page
    .getByRole('main')
    .getByRole('status')
    .filter({ hasText: /saved|Saving|Offline/ });

test('a whole interview on a phone: consent, answers through a lost connection, takeaways, referrals, and a referral becomes a partner', async ({
  page,
  context,
}) => {
  await page.setViewportSize(phone);
  await signIn(page, northgate.accounts.staff.email);
  // A partner of its own (just identified, not yet placed), so other tests' counts stay as seeded.
  await page.goto('/partners/new');
  await page.getByLabel('Name', { exact: true }).fill('Northside Seniors Lunch');
  await page.getByRole('radio', { name: /Association/ }).check();
  await page.getByRole('button', { name: 'Add partner' }).click();
  await expect(page.getByRole('heading', { name: 'Northside Seniors Lunch', level: 1 })).toBeVisible();
  const seniors = { id: page.url().match(/partners\/([0-9a-f-]+)/)![1]!, name: 'Northside Seniors Lunch' };
  await startInterviewWith(page, seniors);
  await expectNoAxeViolations(page);

  // Consent first; without it the other steps are closed.
  await page.getByRole('checkbox', { name: /Notes may be kept/ }).check();
  await page.getByRole('checkbox', { name: /They may be quoted/ }).check();
  await page.getByRole('button', { name: 'Record consent and begin' }).click();
  await expect(page.getByRole('heading', { name: 'About you', level: 2 })).toBeVisible();
  await page.getByLabel(/Tell me about yourself/).fill('I run the seniors club on Tuesdays.');
  await expect(status(page)).toHaveText(/All notes saved/);
  await expectNoAxeViolations(page);

  // The train goes into a tunnel: typing goes on, kept on the device, and is sent on return.
  await context.setOffline(true);
  await page.getByLabel(/What drew you to this work/).fill('My mother ran it before me.');
  await expect(status(page)).toHaveText(/Offline: notes are kept on this device/);
  await context.setOffline(false);
  await page.evaluate(() => window.dispatchEvent(new Event('online')));
  await expect(status(page)).toHaveText(/All notes saved/);
  await page.reload();
  await page.getByRole('button', { name: /About you/ }).click();
  await expect(page.getByLabel(/What drew you to this work/)).toHaveValue('My mother ran it before me.');

  // After the interview.
  await page.getByRole('button', { name: /After the interview/ }).click();
  await expect(page.getByRole('heading', { name: 'After the interview', level: 2 })).toBeVisible();
  await page.getByRole('button', { name: 'Add a takeaway' }).click();
  await page.getByLabel('Takeaway 1', { exact: true }).fill('Members want large-print books delivered');
  await page.getByRole('button', { name: 'Add a takeaway' }).click();
  await page.getByLabel('Takeaway 2', { exact: true }).fill('Transport is the main barrier');
  await page.getByLabel(/^Themes/).fill('transportation');
  await page.getByLabel(/^Themes/).press('Enter');
  await page.getByRole('button', { name: 'Add a thank-you note' }).click();
  await expect(page.getByLabel('Follow-up 1: what is to be done')).toHaveValue('Send a thank-you note');
  await page.getByRole('button', { name: 'Add a referral' }).click();
  await page.getByLabel('Referral 1: name').fill('Luis Ortega');
  await page.getByLabel('Referral 1: organization').fill('Northside Walking Group');
  await page.getByLabel('Referral 1: why talk to them').fill('Walks with forty older adults every week');
  await page.getByRole('checkbox', { name: 'We may tell them who suggested them' }).check();
  await page.getByRole('button', { name: 'Add a referral' }).click();
  await page.getByLabel('Referral 2: name').fill('Mei Chen');
  await expect(status(page)).toHaveText(/All notes saved/);
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Complete the interview' }).click();

  await expect(page.getByText('The interview is complete.')).toBeVisible();
  await expect(page.getByText('Members want large-print books delivered')).toBeVisible();
  await expect(page.getByText('I run the seniors club on Tuesdays.')).toBeVisible();
  await expect(page.getByText(/Send a thank-you note — Sasha Staff/)).toBeVisible();
  await expectNoAxeViolations(page);

  // The partner moved to connected, and the referral becomes a partner in one step.
  await page.getByRole('link', { name: 'Make a partner of Luis Ortega' }).click();
  await expect(page.getByRole('heading', { name: 'Add a partner', level: 1 })).toBeVisible();
  await expect(
    page.getByText(/Made from a referral: Luis Ortega, suggested by Northside Seniors Lunch/),
  ).toBeVisible();
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Northside Walking Group');
  await page.getByRole('radio', { name: /Association/ }).check();
  await page.getByRole('button', { name: 'Add partner' }).click();
  await expect(page.getByRole('heading', { name: 'Northside Walking Group', level: 1 })).toBeVisible();
  // The partner page says where it came from, linking to the interview.
  await expect(page.getByText(/Suggested by Northside Seniors Lunch in the/).first()).toBeVisible();
  await expect(page.getByRole('link', { name: /^interview of / })).toBeVisible();

  await page.goto('/interviews/referrals?status=all');
  await expect(page.getByText('Became a partner:')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Mei Chen' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto(`/partners/${seniors.id}`);
  await expect(page.getByText('Connected').first()).toBeVisible();
});

test('notes that never reached the server are offered back after a reload', async ({ page }) => {
  await signIn(page, northgate.accounts.staff.email);
  await startInterviewWith(page, northgatePartners.garden);
  await page.getByRole('checkbox', { name: /Notes may be kept/ }).check();
  await page.getByRole('button', { name: 'Record consent and begin' }).click();
  await expect(page.getByRole('heading', { name: 'About you', level: 2 })).toBeVisible();

  // The server cannot be reached: saves fail, the device keeps the notes.
  const blockSaves = (route: import('@playwright/test').Route) =>
    route.request().method() === 'POST' ? route.abort('internetdisconnected') : route.continue();
  await page.route('**/interviews/**', blockSaves);
  await page.getByLabel(/Tell me about yourself/).fill('Typed while the server was away.');
  await expect(status(page)).toHaveText(/Offline/);
  await page.reload();
  await expect(page.getByText(/This device holds notes for this interview/)).toBeVisible();
  await page.unroute('**/interviews/**', blockSaves);
  await page.getByRole('button', { name: 'Restore them' }).click();
  await expect(status(page)).toHaveText(/All notes saved/);
  await page.reload();
  await expect(page.getByText(/This device holds notes/)).toHaveCount(0);
  await expect(page.getByLabel(/Tell me about yourself/)).toHaveValue('Typed while the server was away.');
});

test('a viewer reads takeaways and themes of completed interviews but never the answers', async ({
  page,
}) => {
  // Staff complete an interview with an answer in it.
  await signIn(page, northgate.accounts.staff.email);
  // Someone not (yet) a partner: the interview is named after them.
  await page.goto('/interviews/new');
  await page.getByLabel(/Interviewee’s name/).fill('Dana Whitfield');
  await page.getByRole('button', { name: 'Start the interview' }).click();
  await page.getByRole('checkbox', { name: /Notes may be kept/ }).check();
  await page.getByRole('button', { name: 'Record consent and begin' }).click();
  await page.getByLabel(/Tell me about yourself/).fill('A private answer about the market.');
  await page.getByRole('button', { name: /After the interview/ }).click();
  await page.getByRole('button', { name: 'Add a takeaway' }).click();
  await page.getByLabel('Takeaway 1', { exact: true }).fill('Vendors want a story time at the market');
  await expect(status(page)).toHaveText(/All notes saved/);
  await page.getByRole('button', { name: 'Complete the interview' }).click();
  await expect(page.getByText('The interview is complete.')).toBeVisible();
  const address = page.url().replace(/\?.*$/, '');

  await page.context().clearCookies();
  await signIn(page, northgate.accounts.viewer.email);
  await page.goto('/interviews');
  await expectNoAxeViolations(page);
  await page.goto(address);
  await expect(page.getByText('Vendors want a story time at the market')).toBeVisible();
  await expect(
    page.getByText('Answers and the interviewee’s details are shown to staff only.'),
  ).toBeVisible();
  await expect(page.getByText('A private answer about the market.')).toHaveCount(0);
  await expect(page.getByText('Dana Whitfield')).toHaveCount(0);
  await expectNoAxeViolations(page);
});
