import { expect, request, test } from '@playwright/test';
import { northgate } from './support/accounts';
import { expectNoAxeViolations, expectNoHorizontalOverflow, signIn } from './support/helpers';

// The private calendar feed (issue 17): a staff member turns it on from the account page, a calendar
// app (no session, no cookie) reads one VEVENT per open follow-up of theirs, and a new address makes
// the old one answer 404.

const unfold = (text: string) => text.replace(/\r?\n[ \t]/g, '');

test('a member subscribes to their follow-ups feed and a new address ends the old one', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(120_000);
  await signIn(page, northgate.accounts.staff.email);
  await expect(page).toHaveURL(/\/map(\?|$)/);

  // What the feed should hold: the member's open follow-ups, as the follow-ups page lists them.
  await page.goto('/follow-ups');
  const open: string[] = [];
  for (const name of ['Overdue', 'This week', 'Later']) {
    const list = page.getByRole('list', { name, exact: true });
    if (await list.count()) open.push(...(await list.getByRole('listitem').allInnerTexts()));
  }
  expect(open.length).toBeGreaterThan(0);

  await page.goto('/account');
  const card = page.getByRole('region', { name: 'Your follow-ups in your calendar' });
  await expectNoAxeViolations(page);
  await card.getByRole('button', { name: /Turn on the calendar feed|Make a new address/ }).click();
  const dialog = page.getByRole('alertdialog');
  if (await dialog.isVisible().catch(() => false)) {
    await dialog.getByRole('button', { name: 'Make a new address' }).click();
  }
  const field = card.getByRole('textbox', { name: 'Feed address' });
  await expect(field).toHaveValue(/\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
  const first = await field.inputValue();
  await expectNoAxeViolations(page);

  // A calendar app: no cookies at all.
  const app = await request.newContext();
  const feed = await app.get(first);
  expect(feed.status()).toBe(200);
  expect(feed.headers()['content-type']).toContain('text/calendar');
  const text = unfold(await feed.text());
  expect(text.startsWith('BEGIN:VCALENDAR')).toBe(true);
  expect(text.split('BEGIN:VEVENT').length - 1).toBe(open.length);
  expect(text).toMatch(new RegExp(`URL;VALUE=URI:${baseURL}/partners/`));

  await card.getByRole('button', { name: 'Make a new address…' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Make a new address' }).click();
  await expect(field).not.toHaveValue(first);
  const second = await field.inputValue();
  expect((await app.get(first)).status()).toBe(404);
  expect((await app.get(second)).status()).toBe(200);

  await page.setViewportSize({ width: 360, height: 800 });
  await page.reload();
  await expect(card.getByText(/Your feed is on/)).toBeVisible();
  await expectNoAxeViolations(page);
  await expectNoHorizontalOverflow(page);
  await app.dispose();
});
