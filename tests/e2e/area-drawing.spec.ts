import { expect, type Page, test } from '@playwright/test';
import { northgate } from './support/accounts';
import { expectNoAxeViolations, expectNoHorizontalOverflow, formAlert, signIn } from './support/helpers';

// The machine these run on can be busy: saving gets more time than a look-up.
const saving = { timeout: 30_000 };

async function openNewArea(page: Page) {
  await page.goto('/settings/areas');
  await page.getByRole('link', { name: 'Draw a new area' }).click();
  await expect(page.getByRole('heading', { name: 'Draw a new area', level: 1 })).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Map to draw the new area' }).locator('.leaflet-container'),
  ).toBeVisible();
}

/** Removes a set the test made, so that the specs after this one find the areas as they left them. */
async function removeSet(page: Page, name: string) {
  await page.goto('/settings/areas');
  await page.getByRole('button', { name: `Remove the set ${name}…` }).click();
  await page.getByRole('button', { name: `Yes, remove ${name}` }).click();
  await expect(page.getByText('Removed. The audit log keeps a record of it.')).toBeVisible(saving);
}

test('an admin draws a new area by clicking on the map, saves it and sees it listed', async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, northgate.accounts.admin.email);
  await openNewArea(page);
  await expectNoAxeViolations(page);

  await page.getByLabel('Set of areas').selectOption({ label: 'A new set…' });
  await page.getByLabel('Name of the new set').fill('Drawn places');
  await page.getByLabel('Name', { exact: true }).fill('Lowell');

  await page.getByRole('button', { name: 'Draw the area' }).click();
  await expect(page.getByRole('button', { name: 'Stop drawing' })).toHaveAttribute('aria-pressed', 'true');
  const map = page.getByRole('region', { name: 'Map to draw the new area' });
  await map.scrollIntoViewIfNeeded();
  const box = (await map.boundingBox())!;
  const at = (x: number, y: number) => page.mouse.click(box.x + x, box.y + y);
  await at(80, 80);
  await at(260, 90);
  await at(220, 240);
  await at(80, 80); // the first corner again finishes the part
  await expect(page.getByText('1 part, 3 corners, changed: save to keep it.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Draw another part' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Save the area' }).click();
  await expect(page.getByText('The area is saved.')).toBeVisible(saving);
  const set = page.getByRole('region', { name: 'Areas of Drawn places' });
  await expect(set.getByRole('rowheader', { name: 'Lowell' })).toBeVisible();
  await expect(set.getByRole('row', { name: /Lowell/ })).toContainText('4');

  // Its page shows the shape on the map, ready to edit.
  await set.getByRole('link', { name: 'Edit Lowell' }).click();
  await expect(page.getByRole('heading', { name: 'Lowell', level: 1 })).toBeVisible();
  await expect(page.getByText('1 part, 3 corners.')).toBeVisible();
  await page.getByRole('button', { name: 'Move corners' }).click();
  await expect(page.locator('.marker-icon').first()).toBeVisible();
  await expectNoAxeViolations(page);
  await removeSet(page, 'Drawn places');
});

test('an admin enters an area’s corners by keyboard; a shape with a fault is refused and kept', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await signIn(page, northgate.accounts.admin.email);
  await openNewArea(page);
  // The first set offered is the branches' service areas (made on first use).
  await expect(page.getByLabel('Set of areas')).toHaveValue(/service|[0-9a-f-]{36}/);
  await expect(page.getByLabel('Branch')).toBeVisible();
  await page.getByLabel('Name', { exact: true }).fill('Harbour');

  const box = page.getByLabel('Or enter the shape');
  await box.focus();
  await page.keyboard.type('47.99, -122.23\n47.99, -122.20');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Save the area' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(formAlert(page)).toContainText('The shape could not be used: nothing was saved.', saving);
  await expect(box).toHaveAttribute('aria-invalid', 'true');
  await expect(
    page.getByText('The shape you entered has 2 corners; an area needs at least 3.'),
  ).toBeVisible();
  await expect(box).toHaveValue('47.99, -122.23\n47.99, -122.20');
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Harbour');
  await expectNoAxeViolations(page);

  await box.focus();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('\n47.97, -122.20\n47.97, -122.23');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Save the area' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText('The area is saved.')).toBeVisible(saving);
  const set = page.getByRole('region', { name: 'Areas of Service areas' });
  await expect(set.getByRole('rowheader', { name: 'Harbour' })).toBeVisible();

  // On a phone the list and the drawing page fit the screen.
  await page.setViewportSize({ width: 360, height: 740 });
  await expectNoHorizontalOverflow(page);
  await openNewArea(page);
  await expectNoHorizontalOverflow(page);
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 1280, height: 900 });
  await removeSet(page, 'Service areas');
});
