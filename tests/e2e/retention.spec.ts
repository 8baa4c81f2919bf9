import { expect, type Page, test } from '@playwright/test';
import { southport } from './support/accounts';
import { expectNoAxeViolations, signIn } from './support/helpers';
import { oldInterview } from './support/retention-seed';

// Data retention on Settings → Organization (decision 0017): an admin shortens how long interview
// answers are kept, is told what is now past its date, removes it, and the interview says why its
// answers are gone. Southport's admin, so that no other browser test's data changes.

const retention = (page: Page) => page.getByRole('region', { name: 'Data retention' });

test('an admin shortens how long answers are kept, and the interview then shows the retention notice', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signIn(page, southport.accounts.admin.email);

  await page.goto(`/interviews/${oldInterview.id}`);
  await expect(page.getByText(oldInterview.answer)).toBeVisible();

  await page.goto('/settings/organization');
  const section = retention(page);
  await expect(section.getByText('Nothing is past its date.')).toBeVisible();
  await expect(section.getByRole('radio', { name: /Remove answers after a set time/ })).toBeChecked();
  const period = section.getByRole('textbox', { name: 'Keep answers for' });
  await expect(period).toHaveValue('3');
  await expect(section.getByRole('combobox', { name: 'Unit' })).toHaveValue('years');

  // A wrong value is refused beside its field, and what was typed stays.
  await period.fill('0');
  await section.getByRole('textbox', { name: 'Keep import files for (days)' }).fill('400');
  await section.getByRole('button', { name: 'Save retention settings' }).click();
  await expect(section.getByText('Enter a whole number of years from 1 to 50.')).toBeVisible();
  await expect(section.getByText('Enter a whole number of days from 1 to 365.')).toBeVisible();
  await expect(period).toHaveValue('0');
  await expect(period).toBeFocused();

  await period.fill('2');
  await section.getByRole('textbox', { name: 'Keep import files for (days)' }).fill('14');
  await section.getByRole('button', { name: 'Save retention settings' }).click();
  await expect(page.getByText('Your retention settings are saved.')).toBeVisible();
  await expect(retention(page).getByRole('textbox', { name: 'Keep answers for' })).toHaveValue('2');
  await expect(retention(page).getByText('Past their date now: the answers of 1 interview.')).toBeVisible();

  await retention(page).getByRole('button', { name: 'Remove them now…' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Remove what is past its date now?' });
  await dialog.getByRole('button', { name: 'Remove now' }).click();
  await expect(page.getByText('What was past its date has been removed')).toBeVisible();
  await expect(retention(page).getByText('Nothing is past its date.')).toBeVisible();

  await page.goto(`/interviews/${oldInterview.id}`);
  await expect(
    page.getByText(/The answers were removed on .* under your organization’s data retention setting/),
  ).toBeVisible();
  await expect(page.getByText(oldInterview.takeaway)).toBeVisible();
  await expect(page.getByText(oldInterview.answer)).toHaveCount(0);
  await expectNoAxeViolations(page);

  // The audit log says what was removed, in counts.
  await page.goto('/settings/audit');
  await expect(page.getByText('Removed what was past its retention period').first()).toBeVisible();
});

for (const [device, width] of [
  ['desktop', 1280],
  ['phone', 360],
] as const) {
  test(`the organization settings with data retention pass axe and fit a ${device}`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await signIn(page, southport.accounts.admin.email);
    await page.goto('/settings/organization');
    await expect(retention(page)).toBeVisible();
    await expectNoAxeViolations(page);
    // Choosing "until removed" hides the period, and the page still passes.
    await retention(page)
      .getByRole('radio', { name: /Keep answers until someone removes them/ })
      .check();
    await expect(retention(page).getByRole('textbox', { name: 'Keep answers for' })).toBeHidden();
    await expectNoAxeViolations(page);
    const sideways = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    expect(sideways).toBe(false);
  });
}
