import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { northgate } from './support/accounts';
import { daysAgo } from './support/dashboard-seed';
import { expectNoAxeViolations, signIn } from './support/helpers';

function headline(page: Page, label: string) {
  return page.getByRole('main').locator('dl > div', { hasText: label }).locator('dd').first();
}

test('a manager filters the dashboard to her branch and a period, keeps it on reload, and downloads the numbers', async ({
  page,
}) => {
  await signIn(page, northgate.accounts.manager.email);
  // From the partner list (the map, where people land, rewrites its address while it settles).
  await page.goto('/partners');
  await page.getByRole('link', { name: 'Dashboard' }).click();
  await expect(page).toHaveURL(/\/dashboard$/, { timeout: 30_000 });
  await expect(page.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible();
  // The last 12 months by default: both completed interviews, the one overdue follow-up.
  await expect(headline(page, 'Interviews this period')).toHaveText('2');
  // The dashboard's own seed and the relationship tests' seed each leave one overdue at this branch.
  await expect(headline(page, 'Overdue follow-ups')).toHaveText('2');
  await expect(page.getByRole('heading', { name: 'Staff activity' })).toBeVisible();

  await page
    .getByLabel('Branch', { exact: true })
    .selectOption({ label: `${northgate.branchName} (your branch)` });
  const from = daysAgo(160);
  const to = daysAgo(140);
  await page.getByLabel('From', { exact: true }).fill(from);
  await page.getByLabel('To', { exact: true }).fill(to);
  // Typing a date chose custom dates by itself.
  await expect(page.getByLabel('Period', { exact: true })).toHaveValue('custom');
  await page.getByRole('button', { name: 'Show', exact: true }).click();

  await expect(page).toHaveURL(`/dashboard?branch=${northgate.branchId}&period=custom&from=${from}&to=${to}`);
  await expect(headline(page, 'Interviews this period')).toHaveText('1');
  await expect(page.getByRole('status').filter({ hasText: northgate.branchName })).toBeVisible();
  await page.reload();
  await expect(headline(page, 'Interviews this period')).toHaveText('1');
  await expect(page.getByLabel('Branch', { exact: true })).toHaveValue(northgate.branchId);
  await expect(page.getByLabel('From', { exact: true })).toHaveValue(from);

  // The numbers behind the chart, on the page and as a file.
  const section = page.getByRole('region', { name: 'Interactions per month', exact: true });
  await section.getByText('Show the numbers').click();
  await expect(section.getByRole('rowheader').first()).toBeVisible();
  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download CSV of interactions per month' }).click();
  const download = await downloading;
  // The file says what it counts, for which branch and which days.
  expect(download.suggestedFilename()).toBe(`interactions-per-month_northgate-central_${from}-to-${to}.csv`);
  const csv = readFileSync((await download.path())!, 'utf8');
  expect(csv).toContain('Month,Interactions,Meeting');
  // The teen centre's interview-interaction, 150 days ago, is the one in the period.
  const lines = csv.trim().split('\r\n');
  expect(lines.slice(1).reduce((sum, line) => sum + Number(line.split(',')[1]), 0)).toBe(1);
});

test('the going-cold list links to each partner, and staff see no staff activity', async ({ page }) => {
  await signIn(page, northgate.accounts.staff.email);
  await page.goto('/dashboard');
  const cold = page.getByRole('region', { name: 'Going cold', exact: true });
  // Oldest contact first: the first entry is cold, and it leads to that partner.
  const first = cold.getByRole('listitem').first();
  await expect(first).toContainText('Cold');
  await expect(page.getByRole('heading', { name: 'Staff activity' })).toHaveCount(0);
  const name = (await first.getByRole('link').textContent())?.trim() ?? '';
  expect(name).not.toBe('');
  await first.getByRole('link').click();
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
});

test('the dashboard prints without navigation or controls, tables shown', async ({ page }) => {
  await signIn(page, northgate.accounts.manager.email);
  await page.goto('/dashboard');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Show', exact: true })).toBeHidden();
  const funnel = page.getByRole('region', { name: 'Partners by stage', exact: true });
  await expect(funnel.getByRole('rowheader', { name: 'Connected' })).toBeVisible();
  await expect(funnel.locator('svg.recharts-surface')).toBeVisible();
});

test('the dashboard is usable on a phone and passes axe there', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, northgate.accounts.viewer.email);
  await page.goto('/dashboard?period=30d');
  await expect(page.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible();
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(390);
  await expectNoAxeViolations(page);
});
