import { expect, type Page, test } from '@playwright/test';
import { southport, westport } from './support/accounts';
import { expectNoAxeViolations, signIn } from './support/helpers';

// Issue 15, "the clock is UTC": every date on the screen is the library's. The browser runs in
// Pago Pago (UTC−11) and the library is in Kiritimati (UTC+14): they are never on the same day, so
// a date taken from the browser's clock (or from UTC, for most of the day) cannot pass for the
// library's.
test.use({ timezoneId: 'Pacific/Pago_Pago' });

/** Today in a zone, YYYY-MM-DD, as the test's own clock says. */
const dayIn = (zone: string, at = new Date()) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(at);
const plusDays = (day: string, n: number) => {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + n);
  return date.toISOString().slice(0, 10);
};
const longDay = (day: string) =>
  new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  );

const status = (page: Page) =>
  page
    .getByRole('main')
    .getByRole('status')
    .filter({ hasText: /saved|Saving|Offline/ });

test('a library across the date line sees its own dates, whatever the device’s clock says', async ({
  page,
}) => {
  expect(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe(
    'Pacific/Pago_Pago',
  );
  await signIn(page, westport.accounts.admin.email);

  // Added at 10:30 UTC on 8 March: past midnight on the 9th in Kiritimati, the 7th on this device.
  await page.goto(`/partners/${westport.partnerId}`);
  await expect(page.getByText(/Added Mar 9, 2026 by Wren Westport/)).toBeVisible();

  // Logging a call starts on the library's today, and cannot go past it.
  const today = dayIn(westport.timeZone);
  expect(today).not.toBe(dayIn('Pacific/Pago_Pago'));
  await page.getByRole('button', { name: 'Log a call, meeting or visit' }).click();
  const logDate = page.getByRole('form', { name: 'Log a call, meeting or visit' }).getByLabel('Date');
  await expect(logDate).toHaveValue(today);
  await expect(logDate).toHaveAttribute('max', today);

  // An interview starts on the library's today, saves "at" the library's time, and completes then.
  await page.goto(`/interviews/new?partner=${westport.partnerId}`);
  await expect(page.getByLabel('Date')).toHaveValue(today);
  await page.getByLabel(/Interviewee’s name/).fill('Tarawa Teaero');
  await page.getByRole('button', { name: 'Start the interview' }).click();
  await page.getByRole('checkbox', { name: /Notes may be kept/ }).check();
  await page.getByRole('button', { name: 'Record consent and begin' }).click();
  await page.getByLabel(/Tell me about yourself/).fill('I lead the harbour choir.');
  await expect(status(page)).toHaveText(/All notes saved at \d{1,2}:\d{2} [AP]M GMT\+14/);
  const steps = page.getByRole('navigation', { name: 'Interview steps' });
  await steps.getByRole('button', { name: /After the interview/ }).click();
  await page.getByRole('button', { name: 'Add a follow-up' }).click();
  await expect(page.getByLabel('By when')).toHaveValue(plusDays(dayIn(westport.timeZone), 7));
  await page.getByLabel('Follow-up 1: what is to be done').fill('Send the choir our song books');
  await page.getByRole('button', { name: 'Complete the interview' }).click();
  const completed = page.getByRole('definition').filter({ hasText: /GMT\+14/ });
  await expect(completed).toHaveText(
    new RegExp(`^${longDay(dayIn(westport.timeZone))}, \\d{1,2}:\\d{2} [AP]M GMT\\+14$`),
  );

  // The follow-up is due a week from the library's today.
  await page.goto('/follow-ups');
  const due = new Intl.DateTimeFormat('en-US', {
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${plusDays(dayIn(westport.timeZone), 7)}T00:00:00Z`));
  await expect(page.getByRole('listitem').filter({ hasText: 'Send the choir our song books' })).toContainText(
    `Due ${due}`,
  );

  // The audit log tells the time on the library's clock.
  await page.goto('/settings/audit');
  await expect(page.getByText('Mar 9, 2026, 12:30 AM GMT+14')).toBeVisible();
  await expect(page.getByText(/Mar 7, 2026/)).toHaveCount(0);

  // Settings keep the chosen zone rather than suggesting the device's.
  await page.goto('/settings/organization');
  await expect(page.getByRole('combobox', { name: 'Time zone' })).toHaveValue('Pacific/Kiritimati');
  await expect(page.getByText('Choose your library’s time zone')).toHaveCount(0);
});

test('an organization that has not chosen its zone is asked to, starting from the device’s', async ({
  page,
}) => {
  await signIn(page, southport.accounts.admin.email);
  await page.goto('/');
  await expect(page.getByText(/Dates are counted in UTC until you do/)).toBeVisible();
  await page.getByRole('link', { name: 'Choose it in Settings' }).click();
  await expect(page.getByText('Choose your library’s time zone', { exact: true })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Time zone' })).toHaveValue('Pacific/Pago_Pago');
  await expectNoAxeViolations(page);
});
