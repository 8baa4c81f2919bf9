import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { northgate } from './support/accounts';
import { expectNoAxeViolations, signIn } from './support/helpers';
import { northgatePartners as np } from './support/seed';

// A manager brings in a spreadsheet: upload, match the columns (one value needs her answer),
// review the rows (a problem to download, a duplicate to skip), import, and see the result.

const file = path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/import/e2e-partners.csv');

test('a manager imports a spreadsheet: columns, review, problems, a duplicate, progress and the result', async ({
  page,
}) => {
  await signIn(page, northgate.accounts.manager.email);
  await page.goto('/partners');
  await page.getByRole('link', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Import partners', level: 1 })).toBeVisible();
  await expectNoAxeViolations(page);

  // Nothing chosen: the refusal is beside the field.
  await page.getByRole('button', { name: 'Upload and match columns' }).click();
  await expect(page.getByText('Choose a file to import.')).toBeVisible();
  await page.getByLabel('Spreadsheet or map file').setInputFiles(file);
  await page.getByRole('button', { name: 'Upload and match columns' }).click();
  await expect(page.getByRole('heading', { name: 'Import: e2e-partners.csv' })).toBeVisible({
    timeout: 20_000,
  });

  // The columns were guessed from their names.
  const columns = page.getByRole('form', { name: 'Match the columns' });
  await expect(columns.getByLabel('Partner', { exact: true })).toHaveValue('name');
  await expect(columns.getByLabel('Kind', { exact: true })).toHaveValue('category');
  await expect(columns.getByLabel('Contact email', { exact: true })).toHaveValue('contactEmail');
  await expectNoAxeViolations(page);
  // "Crafters" is no category we know: she must say what it is.
  const crafters = columns.getByLabel(/“Crafters”/);
  await columns.getByRole('button', { name: 'Check the rows' }).click();
  await expect(columns.getByText('Say what “Crafters” stands for, or leave it out.')).toBeVisible();
  await crafters.selectOption({ label: 'Association' });
  await columns.getByRole('button', { name: 'Check the rows' }).click();

  // The review: one row with a problem, one likely duplicate of a partner already there.
  await expect(page.getByRole('heading', { name: 'What the import will do' })).toBeVisible({
    timeout: 20_000,
  });
  await expect(
    page.getByText('Row 5, Contact email: Enter an email address like name@example.org.'),
  ).toBeVisible();
  const preview = page.getByRole('table', { name: 'Preview of the rows the import can take' });
  await expect(preview).toContainText('Maple Street Makers');
  await expect(preview).toContainText('Association');
  await expectNoAxeViolations(page);
  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download the problems (CSV)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('e2e-partners-problems.csv');
  const csv = readFileSync((await download.path())!, 'utf8');
  expect(csv).toContain('Row,Column,Value,Problem,Partner,Kind');
  expect(csv).toContain(
    '5,Contact email,not-an-email,Enter an email address like name@example.org.,Broken Row Society',
  );

  const duplicate = page.getByRole('group', { name: new RegExp(`Row 4: ${np.stories.name} looks like`) });
  await expect(duplicate.getByRole('radio', { name: 'Merge' })).toBeChecked();
  await duplicate.getByRole('radio', { name: 'Skip this row' }).check();
  await page.getByRole('button', { name: 'Start the import' }).click();

  // It runs on the server; the page follows it to the end.
  await expect(page.getByRole('heading', { name: 'Imported', exact: true })).toBeVisible({ timeout: 45_000 });
  const added = page.getByRole('main').locator('dl > div', { hasText: 'Partners added' }).locator('dd');
  await expect(added).toHaveText('3');
  await expect(
    page.getByRole('main').locator('dl > div', { hasText: 'Skipped as duplicates' }).locator('dd'),
  ).toHaveText('1');
  await expect(
    page.getByRole('main').locator('dl > div', { hasText: 'Placed by their address' }).locator('dd'),
  ).toHaveText('1');
  await expect(page.getByRole('link', { name: 'Place Corner Bakery' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Place Northgate Chess Club' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto('/partners?q=Maple+Street+Makers');
  await expect(
    page.getByRole('main').getByRole('link', { name: 'Maple Street Makers' }).first(),
  ).toBeVisible();

  // Undo takes it all back out.
  await page.goto('/partners/import');
  await page.getByRole('link', { name: 'e2e-partners.csv' }).first().click();
  await page.getByRole('button', { name: 'Undo this import…' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Undo the import' }).click();
  await expect(page.getByText(/The import was undone/)).toBeVisible({ timeout: 20_000 });
  await page.goto('/partners?q=Maple+Street+Makers');
  await expect(page.getByRole('main').getByRole('link', { name: 'Maple Street Makers' })).toHaveCount(0);
});

test('a file that is not what it claims is refused beside the field, and staff cannot import', async ({
  page,
}) => {
  await signIn(page, northgate.accounts.manager.email);
  await page.goto('/partners/import');
  await page.getByLabel('Spreadsheet or map file').setInputFiles({
    name: 'partners.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: Buffer.from('Name,Category\nNot really a workbook,Club\n'),
  });
  await page.getByRole('button', { name: 'Upload and match columns' }).click();
  await expect(page.getByText(/This file is not an Excel workbook/)).toBeVisible();
  await expect(page).toHaveURL(/\/partners\/import$/);

  await page.context().clearCookies();
  await signIn(page, northgate.accounts.staff.email);
  await page.goto('/partners');
  await expect(page.getByRole('link', { name: 'Import', exact: true })).toHaveCount(0);
  await page.goto('/partners/import');
  await expect(
    page.getByRole('heading', { name: 'You don’t have access to importing partners' }),
  ).toBeVisible();
});
