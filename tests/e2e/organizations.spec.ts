import { expect, test } from '@playwright/test';
import { northgate, southport } from './support/accounts';
import { signIn } from './support/helpers';

test('an admin of one library system cannot open or download another system’s records', async ({ page }) => {
  await signIn(page, northgate.accounts.admin.email);
  await expect(page).toHaveURL(/\/map(\?|$)/);

  for (const path of [`/settings/branches/${southport.branchId}`, `/settings/staff/${southport.memberId}`]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'We couldn’t find that page' })).toBeVisible();
    await expect(page.getByText(southport.branchName)).toHaveCount(0);
  }

  await page.goto('/settings/branches');
  await expect(page.getByRole('main').getByText(northgate.branchName).first()).toBeVisible();
  await expect(page.getByText(southport.branchName)).toHaveCount(0);
  await page.goto('/settings/staff');
  await expect(page.getByText(southport.accounts.admin.email)).toHaveCount(0);
  await page.goto('/settings/audit');
  await expect(page.getByText(southport.branchName)).toHaveCount(0);

  const csv = await page.request.get('/api/settings/audit');
  expect(csv.status()).toBe(200);
  const body = await csv.text();
  expect(body).not.toContain(southport.branchName);
  expect(body).not.toContain(southport.branchId);
});
