import { expect, test } from '@playwright/test';
import { northgate } from './support/accounts';
import { saving, square, uploadSet } from './support/area-upload';
import { expectNoAxeViolations, expectNoHorizontalOverflow, signIn } from './support/helpers';
import { listStatus } from './support/map-page';

// Northgate's partners are around 47.905, -122.21: Casino Road holds them, Empty Bay none.

test('the map shades areas by partners and by coverage, with a legend, a list and a link that keeps it', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await signIn(page, northgate.accounts.admin.email);
  await uploadSet(page, 'Shading zones', [
    { name: 'Casino Road', coordinates: square(47.905, -122.21, 0.05) },
    { name: 'Empty Bay', coordinates: square(47.5, -121.5, 0.02) },
  ]);
  await uploadSet(page, 'Other zones', [{ name: 'Far North', coordinates: square(48.5, -122.2, 0.02) }]);

  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/map');
  // The page is running (hydrated) once its list has counted the partners: a choice made before
  // that would be lost on a busy machine.
  await expect(listStatus(page)).toHaveText(/in view/);
  await page.getByLabel('Shade areas').selectOption({ label: 'By active partners' });
  await page.getByLabel('Area set').selectOption({ label: 'Shading zones' });

  const legend = page.getByRole('region', { name: 'Shading zones: partners per area' });
  await expect(legend).toBeVisible(saving);
  await expect(legend).toContainText('No partners');
  await expect(legend).toContainText('10 or more partners');
  await expect(legend).toContainText('Approximate partners are counted where their approximate point falls');
  await expect(legend).toContainText('hidden locations are counted but not drawn');

  const list = page.getByRole('region', { name: 'Areas of Shading zones' });
  const items = list.getByRole('button');
  await expect(items).toHaveText([
    /^Casino Road: \d+ partners?; (no partners serving .+|every age served)$/,
    'Empty Bay: no partners',
  ]);
  // Each area's count is written on the map too, not told by colour alone.
  await expect(page.locator('.pa-area-label span').first()).toBeVisible();

  // By keyboard: an area of the list moves the map to it.
  await items.nth(1).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/shade=partners/);
  await expect(page).toHaveURL(/areas=[0-9a-f-]{36}/);
  await expectNoAxeViolations(page);

  // The link keeps it: the same page again shows the same shading.
  await page.reload();
  await expect(page.getByLabel('Shade areas')).toHaveValue('partners');
  await expect(page.getByLabel('Area set')).toHaveValue(/[0-9a-f-]{36}/);
  await expect(page.getByRole('region', { name: 'Areas of Shading zones' }).getByRole('button')).toHaveCount(
    2,
  );

  await page.getByLabel('Shade areas').selectOption({ label: 'By coverage of categories and ages' });
  await expect(page.getByRole('region', { name: 'Shading zones: categories and ages served' })).toBeVisible(
    saving,
  );
  await expect(page).toHaveURL(/shade=coverage/);
  await expect(page.locator('.pa-area-label span').filter({ hasText: /^0\/12$/ })).toHaveCount(1);

  // A phone: the controls are in the folded filters, the list behind the list switch.
  await page.setViewportSize({ width: 360, height: 740 });
  await expectNoHorizontalOverflow(page);
  await page.getByRole('button', { name: /^Filters/ }).click();
  await expect(page.getByLabel('Shade areas')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: /^List/ }).click();
  await expect(page.getByRole('region', { name: 'Areas of Shading zones' })).toContainText(
    'Empty Bay: no partners',
  );
  await expectNoAxeViolations(page);

  // Off again: no legend, no list, and the address forgets it.
  await page.getByLabel('Shade areas').selectOption({ label: 'Off' });
  await expect(page.getByRole('region', { name: 'Areas of Shading zones' })).toHaveCount(0, saving);
  await expect(page).not.toHaveURL(/shade=/);
});
