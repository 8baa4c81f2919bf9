import { expect, type Page } from '@playwright/test';

/** A square around a point, as GeoJSON polygon coordinates ([lng, lat]). */
export function square(lat: number, lng: number, half: number) {
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

function geoJson(features: { name: string; coordinates: unknown }[]) {
  return JSON.stringify({
    type: 'FeatureCollection',
    features: features.map((f) => ({
      type: 'Feature',
      properties: { name: f.name },
      geometry: { type: 'Polygon', coordinates: f.coordinates },
    })),
  });
}

export const saving = { timeout: 30_000 };

/** Uploads a new set of areas at Settings → Areas, as an admin, and waits for it to be saved. */
export async function uploadSet(
  page: Page,
  setName: string,
  features: { name: string; coordinates: unknown }[],
) {
  await page.goto('/settings/areas');
  await page.getByLabel('Set of areas').selectOption({ label: 'A new set…' });
  await page.getByLabel('Name of the new set').fill(setName);
  await page.getByLabel('File of shapes').setInputFiles({
    name: 'areas.geojson',
    mimeType: 'application/geo+json',
    buffer: Buffer.from(geoJson(features)),
  });
  await page.getByRole('button', { name: 'Upload areas' }).click();
  await expect(page.getByText(`${setName}: ${features.length} area`)).toBeVisible(saving);
}
