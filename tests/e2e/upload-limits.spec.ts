import { expect, test } from '@playwright/test';
import { lyingWorkbookBomb } from '../support/crafted-zip';
import { northgate } from './support/accounts';
import { signIn } from './support/helpers';

// Files built to exhaust the server are refused with a sentence beside the file field, quickly,
// and the person stays on the upload page with nothing stored (decision 0016).

test('a zip bomb named .xlsx and a map file with too many property names are refused beside the field', async ({
  page,
}) => {
  await signIn(page, northgate.accounts.manager.email);
  await page.goto('/partners/import');
  const field = page.getByLabel('Spreadsheet or map file');
  const upload = page.getByRole('button', { name: 'Upload and match columns' });

  // 2 GB of zeros in 2 MB, every header in it claiming 1 KB.
  await field.setInputFiles({
    name: 'partners.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: Buffer.from(lyingWorkbookBomb(2048)),
  });
  await upload.click();
  await expect(field).toHaveAccessibleDescription(
    /This workbook unpacks to more than 60 MB\. Save only the sheet of partners, or as CSV, and upload that\./,
  );
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(page).toHaveURL(/\/partners\/import$/);

  const features = Array.from({ length: 20_000 }, (_, place) => ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [-122.2, 47.9] },
    properties: Object.fromEntries(Array.from({ length: 10 }, (_, key) => [`k${place}_${key}`, 'x'])),
  }));
  await field.setInputFiles({
    name: 'places.geojson',
    mimeType: 'application/geo+json',
    buffer: Buffer.from(JSON.stringify({ type: 'FeatureCollection', features })),
  });
  await upload.click();
  await expect(field).toHaveAccessibleDescription(
    /The places in this file have more than 198 different properties \(place 20 brings “k19_8”\); an import reads at most 200 columns/,
  );
  await expect(page).toHaveURL(/\/partners\/import$/);
});
