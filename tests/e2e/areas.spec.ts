import { expect, type Page, test } from '@playwright/test';
import { northgate } from './support/accounts';
import { expectNoAxeViolations, expectNoHorizontalOverflow, signIn } from './support/helpers';

// Northgate's partners are around Everett, WA; these squares hold some of them.
function square(lat: number, lng: number, half = 0.02) {
  return [
    [
      [lng - half, lat - half],
      [lng + half, lat - half],
      [lng + half, lat + half],
      [lng - half, lat + half],
      [lng - half, lat - half],
    ],
  ];
}

function geoJson(features: { name: string; coordinates: unknown; type?: string }[]) {
  return JSON.stringify({
    type: 'FeatureCollection',
    features: features.map((f) => ({
      type: 'Feature',
      properties: { name: f.name },
      geometry: { type: f.type ?? 'Polygon', coordinates: f.coordinates },
    })),
  });
}

async function uploadFile(page: Page, name: string, text: string) {
  await page
    .getByLabel('File of shapes')
    .setInputFiles({ name, mimeType: 'application/geo+json', buffer: Buffer.from(text) });
  await page.getByRole('button', { name: 'Upload areas' }).click();
}

// The machine these run on can be busy: saving and uploading get more time than a look-up.
const saving = { timeout: 30_000 };

test('an admin uploads three areas, and a file with faults is refused with each fault beside the field', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await signIn(page, northgate.accounts.admin.email);
  await page.goto('/settings/branches');
  await page.getByRole('navigation', { name: 'Settings' }).getByRole('link', { name: 'Areas' }).click();
  await expect(page.getByRole('heading', { name: 'Areas', level: 1 })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel('Set of areas').selectOption({ label: 'A new set…' });
  await page.getByLabel('Name of the new set').fill('Neighbourhoods');
  await uploadFile(
    page,
    'broken.geojson',
    geoJson([
      {
        name: 'Open',
        coordinates: [
          [
            [-122.2, 47.9],
            [-122.1, 47.9],
            [-122.1, 48],
          ],
        ],
      },
      { name: 'A school', type: 'Point', coordinates: [-122.2, 47.9] },
    ]),
  );
  await expect(page.getByRole('alert').filter({ hasText: 'The file has 2 problems' })).toBeVisible(saving);
  const file = page.getByLabel('File of shapes');
  await expect(file).toHaveAttribute('aria-invalid', 'true');
  const faults = page.locator('#areas-file-error li');
  await expect(faults).toHaveCount(2);
  await expect(faults.nth(1)).toContainText('is a point, not a closed shape');
  await expectNoAxeViolations(page);

  await uploadFile(
    page,
    'neighbourhoods.geojson',
    geoJson([
      { name: 'Riverside', coordinates: square(47.98, -122.2) },
      { name: 'Harbour', coordinates: square(48.0, -122.22) },
      { name: 'Silver Lake', coordinates: square(47.89, -122.21) },
    ]),
  );
  await expect(page.getByText('Neighbourhoods: 3 areas added.')).toBeVisible(saving);
  const set = page.getByRole('region', { name: 'Areas of Neighbourhoods' });
  await expect(set.getByRole('rowheader')).toHaveText(['Harbour', 'Riverside', 'Silver Lake']);

  await set.getByRole('link', { name: 'Edit Harbour' }).click();
  await expect(page.getByRole('img', { name: 'The outline of Harbour' })).toBeVisible();
  await page.getByLabel('Name').fill('Port Gardner');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('The area is saved.')).toBeVisible(saving);
  await expect(page.getByRole('rowheader', { name: 'Port Gardner' })).toBeVisible();

  await page.setViewportSize({ width: 360, height: 740 });
  await expectNoHorizontalOverflow(page);
  await expectNoAxeViolations(page);

  // The dashboard counts Northgate's partners in the new areas.
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/dashboard');
  const gaps = page.getByRole('region', { name: 'Gaps by area' });
  await expect(gaps).toContainText('Partners in each area of Neighbourhoods');
  await expect(gaps.getByRole('link', { name: 'Download CSV of gaps by area' })).toHaveAttribute(
    'href',
    /\/api\/dashboard\/area-gaps/,
  );
  await expectNoAxeViolations(page);
});
