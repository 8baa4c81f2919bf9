import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { northgate } from './support/accounts';
import { saving, square, uploadSet } from './support/area-upload';
import { expectNoAxeViolations, expectNoHorizontalOverflow, signIn } from './support/helpers';

// Northgate's partners are around 47.905, -122.21: Print Road holds them, Print Bay none.

test('a manager prints the shaded map, or saves it as an image, with its filters, legend and list', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await signIn(page, northgate.accounts.admin.email);
  await uploadSet(page, 'Print zones', [
    { name: 'Print Road', coordinates: square(47.905, -122.21, 0.05) },
    { name: 'Print Bay', coordinates: square(47.5, -121.5, 0.02) },
  ]);
  // A second set, so there is a set to choose whichever tests ran before.
  await uploadSet(page, 'Print extras', [{ name: 'Print North', coordinates: square(48.5, -122.2, 0.02) }]);

  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(
    '/map?stage=identified&stage=reached_out&stage=connected&stage=collaborating&stage=sustained',
  );
  await page.getByLabel('Shade areas').selectOption({ label: 'By active partners' });
  await page.getByLabel('Area set').selectOption({ label: 'Print zones' });
  await expect(page.getByRole('region', { name: 'Areas of Print zones' })).toBeVisible(saving);
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: /partners? in view/ })
      .first(),
  ).toBeVisible(saving);

  await page.getByRole('link', { name: 'Print or save' }).click();
  await expect(page).toHaveURL(/\/map\/print\?.*shade=partners/);
  await expect(page).toHaveURL(/bounds=/);
  await expect(page.getByRole('heading', { level: 1, name: 'Print or save the map' })).toBeVisible();

  const sheet = page.getByRole('article', { name: 'The printed map' });
  await expect(sheet.getByRole('heading', { name: `Partners of ${northgate.name}` })).toBeVisible();
  await expect(sheet).toContainText(/Printed [A-Z][a-z]{2} \d{1,2}, \d{4}\./);
  await expect(sheet).toContainText('Stage: Identified, Reached out, Connected, Collaborating or Sustained.');
  await expect(sheet.getByRole('region', { name: 'Legend' })).toContainText('Colour is the stage');
  await expect(sheet.getByRole('region', { name: 'Print zones: partners per area' })).toContainText(
    '10 or more partners',
  );
  await expect(sheet.getByRole('region', { name: 'Areas of Print zones' })).toContainText(
    'Print Bay: no partners',
  );
  const inView = sheet.getByRole('region', { name: 'Partners in view' });
  await expect(inView.getByRole('heading')).toHaveText(/^[1-9][\d,]* partners? in view$/, saving);
  await expect(inView.getByRole('listitem').first()).toBeVisible();
  await expect(sheet.locator('footer')).toContainText('Base map:');
  await expect(page.getByRole('button', { name: 'Print' })).toBeEnabled();
  await expectNoAxeViolations(page);

  // Another paper: the sheet takes its shape, and the address keeps it.
  const landscape = await sheet.boundingBox();
  await page.getByLabel('Paper').selectOption('a4');
  await page.getByLabel('Orientation').selectOption('portrait');
  await expect(page).toHaveURL(/paper=a4/);
  await expect(page).toHaveURL(/orient=portrait/);
  await expect.poll(async () => (await sheet.boundingBox())?.width).toBeLessThan(landscape!.width);

  // On paper: the sheet alone, at its size; no controls, no navigation.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
  await expect(page.getByLabel('Paper')).toBeHidden();
  await expect(page.getByRole('navigation').first()).toBeHidden();
  await expect(sheet.getByRole('region', { name: 'Legend' })).toBeVisible();
  await expect(sheet).toContainText('Stage: Identified');
  await expect(sheet.locator('.leaflet-control-zoom')).toHaveCount(0);
  await page.emulateMedia({ media: 'screen' });

  // Saved as an image: a PNG of the sheet, twice its size, named with the day.
  const [download] = await Promise.all([
    page.waitForEvent('download', saving),
    page.getByRole('button', { name: 'Save as image (PNG)' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^partner-map-\d{4}-\d{2}-\d{2}\.png$/);
  const png = await readFile((await download.path())!);
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  const width = png.readUInt32BE(16);
  expect(width).toBeGreaterThan(1000);

  // A phone: the whole sheet, scaled down, and nothing wider than the screen.
  await page.setViewportSize({ width: 360, height: 740 });
  await expectNoHorizontalOverflow(page);
  await expectNoAxeViolations(page);
});
