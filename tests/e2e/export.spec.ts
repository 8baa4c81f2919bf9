import { readFile } from 'node:fs/promises';
import { expect, type Page, test } from '@playwright/test';
import { unzipSync } from 'fflate';
import { eastport, northgate, southport } from './support/accounts';
import { expectNoAxeViolations, signIn, signOut } from './support/helpers';
import { northgatePartners } from './support/seed';

async function download(page: Page, name: string) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name }).click()]);
  return { name: file.suggestedFilename(), bytes: await readFile((await file.path())!) };
}

test('an admin downloads the whole organization and its partners for other map tools', async ({ page }) => {
  await signIn(page, northgate.accounts.admin.email);
  await page.goto('/settings');
  await page
    .getByRole('navigation', { name: 'Settings' })
    .getByRole('link', { name: 'Export and restore' })
    .click();
  await expect(page.getByRole('heading', { name: 'Export and restore', level: 1 })).toBeVisible();
  await expectNoAxeViolations(page);

  const archive = await download(page, 'Download the archive (.zip)');
  expect(archive.name).toMatch(/^partner-atlas-northgate-library-\d{4}-\d{2}-\d{2}\.zip$/);
  const files = unzipSync(new Uint8Array(archive.bytes));
  expect(Object.keys(files)).toEqual(
    expect.arrayContaining([
      'organization.json',
      'partners.csv',
      'staff.csv',
      'audit-log.csv',
      'partners.kml',
    ]),
  );
  const text = (name: string) => new TextDecoder().decode(files[name]);
  const organization = JSON.parse(text('organization.json'));
  expect(organization).toMatchObject({ format: 'partner-atlas-organization-archive', formatVersion: 2 });
  expect(organization.organization.name).toBe(northgate.name);
  const names = organization.partners.map((p: { name: string }) => p.name);
  expect(names).toEqual(expect.arrayContaining([northgatePartners.teen.name, northgatePartners.hidden.name]));
  expect(text('staff.csv')).toContain(northgate.accounts.viewer.email);
  for (const name of Object.keys(files)) {
    expect(text(name), name).not.toContain(southport.name);
    expect(text(name), name).not.toMatch(/passwordHash|\$argon2/);
  }

  const geo = await download(page, 'Partners as GeoJSON');
  expect(geo.name).toMatch(/\.partners\.geojson$/);
  const collection = JSON.parse(geo.bytes.toString('utf8'));
  expect(collection.type).toBe('FeatureCollection');
  const feature = (name: string) =>
    collection.features.find((f: { properties: { name: string } }) => f.properties.name === name);
  expect(feature(northgatePartners.teen.name).geometry).toEqual({
    type: 'Point',
    coordinates: [-122.2101, 47.9052],
  });
  expect(feature(northgatePartners.hidden.name)).toMatchObject({
    geometry: null,
    properties: { address: '' },
  });
  expect(geo.bytes.toString('utf8')).not.toContain(southport.name);
});

test('the restore form says beside the file what is wrong with it, and passes axe on a phone', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, northgate.accounts.admin.email);
  await page.goto('/settings/export');
  await expect(page.getByText('This organization is not empty')).toBeVisible();
  await page.getByLabel('Archive file').setInputFiles({
    name: 'partners.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('name,stage\nSomewhere,connected\n'),
  });
  await page.getByRole('button', { name: 'Restore this archive' }).click();
  const field = page.getByLabel('Archive file');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('This file is not a Partner Atlas archive.')).toBeVisible();
  await expectNoAxeViolations(page);
});

test('staff cannot open the page or download the archive', async ({ page }) => {
  await signIn(page, northgate.accounts.manager.email);
  await page.goto('/settings/export');
  await expect(page.getByRole('heading', { name: /You don’t have access to/ })).toBeVisible();
  expect((await page.request.get('/api/export/archive')).status()).toBe(403);
  expect((await page.request.get('/api/export/partners?format=kml')).status()).toBe(403);
});

test('an archive restores into an empty organization through the page', async ({ page }) => {
  await signIn(page, northgate.accounts.admin.email);
  const response = await page.request.get('/api/export/archive');
  expect(response.status()).toBe(200);
  const zip = await response.body();
  await signOut(page);

  await signIn(page, eastport.accounts.admin.email);
  await page.goto('/settings/export');
  await expect(page.getByText('This organization is not empty')).toHaveCount(0);
  await page
    .getByLabel('Archive file')
    .setInputFiles({ name: 'archive.zip', mimeType: 'application/zip', buffer: zip });
  await page.getByRole('button', { name: 'Restore this archive' }).click();
  await expect(page.getByText('The archive is restored.')).toBeVisible({ timeout: 30_000 });
  await expectNoAxeViolations(page);

  await page.goto('/partners');
  await expect(page.getByRole('main').getByRole('link', { name: northgatePartners.teen.name })).toBeVisible();
  await page.goto('/settings/export');
  await expect(page.getByText('This organization is not empty')).toBeVisible();
});
