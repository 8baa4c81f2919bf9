import { expect, type Route, test } from '@playwright/test';
import { northgate } from './support/accounts';
import { signIn } from './support/helpers';
import { listStatus } from './support/map-page';
import { northgatePartners as np } from './support/seed';

// Issue 21: the map's first clusters come from the server with the page; the full data follows and
// is indexed in a Web Worker, which then answers every pan and zoom.

/** Holds the map's data requests (not the popups' summaries) until `release` is called. */
async function holdMapData(page: import('@playwright/test').Page) {
  const held: Route[] = [];
  let released = false;
  await page.route(/\/api\/map(\?(?!summary=).*)?$/, (route) => {
    if (released) return route.continue();
    held.push(route);
  });
  return {
    count: () => held.length,
    release: async () => {
      released = true;
      // A request the page gave up meanwhile (it asked again) cannot be continued: that is fine.
      for (const route of held.splice(0)) await route.continue().catch(() => {});
    },
  };
}

test('the first clusters and pins are drawn from the page itself, before the data; the worker then keeps them', async ({
  page,
}) => {
  await signIn(page, northgate.accounts.staff.email);
  const data = await holdMapData(page);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/map');

  // Nothing of /api/map has arrived, yet the map shows the clusters and pins of its first view.
  const cluster = page.locator('.pa-cluster', { hasText: '3' });
  const market = page.getByRole('button', { name: /^Maple Street Market \(Connected, Local economy\)$/ });
  await expect(cluster).toBeVisible();
  await expect(market).toBeVisible();
  await expect(page.locator('.pa-pin-hollow[title^="Rosa Alvarez"]')).toBeVisible();
  await expect(page.locator(`[title^="${np.hidden.name}"]`)).toHaveCount(0);
  await expect.poll(() => data.count()).toBeGreaterThan(0);
  await expect(listStatus(page)).toHaveText('Loading partners…');
  const drawnBefore = await page.locator('.pa-map').getAttribute('data-drawn');

  // The data arrives and the worker's index answers for the same view: the very same markers stay.
  await page.evaluate(() => {
    for (const element of document.querySelectorAll('.pa-cluster, .leaflet-marker-icon')) {
      element.setAttribute('data-first-view', '');
    }
  });
  await data.release();
  await expect(listStatus(page)).toHaveText('8 partners in view, 1 more with location hidden');
  await expect.poll(() => page.locator('.pa-map').getAttribute('data-drawn')).not.toBe(drawnBefore);
  await expect(cluster).toHaveAttribute('data-first-view', '');
  await expect(market).toHaveAttribute('data-first-view', '');

  // Zooming is answered by the worker: the cluster of three opens up, and the list follows.
  await cluster.click();
  await expect(listStatus(page)).toHaveText(/^3 partners in view/);
  await expect(cluster).toHaveCount(0);
  await expect(page.locator('.leaflet-marker-icon[title*="(Collaborating"]')).toBeVisible();
  expect(errors).toEqual([]);
});

test('a filter is answered by the worker, and a link opens on its own filter and view from the server', async ({
  page,
}) => {
  await signIn(page, northgate.accounts.staff.email);
  await page.goto('/map');
  await expect(listStatus(page)).toHaveText(/^8 partners in view/);
  await page.locator('summary', { hasText: 'Stage' }).click();
  await page.getByRole('checkbox', { name: 'Connected' }).check();
  await expect(listStatus(page)).toHaveText('3 partners in view');
  const connected = page.locator('.leaflet-marker-icon[title*="(Connected"]');
  const identified = page.locator('.leaflet-marker-icon[title*="(Identified"]');
  await expect(identified).toHaveCount(0);

  // A link to that filter at a street's zoom, opened with the data held back: the server draws it.
  const data = await holdMapData(page);
  await page.goto('/map?stage=connected&at=47.884,-122.245,16');
  await expect(page.getByRole('button', { name: /^Maple Street Market \(Connected/ })).toBeVisible();
  await expect(identified).toHaveCount(0);
  await expect(listStatus(page)).toHaveText('Loading partners…');
  await data.release();
  await expect(listStatus(page)).toHaveText(/^\d+ partners? in view/);
  await expect(connected.first()).toBeVisible();
  await expect(identified).toHaveCount(0);
});

test('a pin moved before the full data has come stays where it was put, and moves again', async ({
  page,
}) => {
  await signIn(page, northgate.accounts.staff.email);
  const data = await holdMapData(page);
  await page.goto('/map');
  const pin = page.locator(`.pa-pin[title^="${np.garden.name}"]`);
  await expect(pin).toBeVisible();
  await expect(listStatus(page)).toHaveText('Loading partners…');
  // By (dx, dy) pixels from the pin's middle; moved there and back, as other tests fit the map to
  // the partners where the seed put them.
  const drag = async (dx: number, dy: number) => {
    const from = (await pin.boundingBox())!;
    const middle = { x: from.x + from.width / 2, y: from.y + from.height / 2 };
    await page.mouse.move(middle.x, middle.y);
    await page.mouse.down();
    await page.mouse.move(middle.x + dx, middle.y + dy, { steps: 6 });
    await page.mouse.up();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Move the pin' }).click();
    await expect(page.getByText(`${np.garden.name} was moved.`)).toBeVisible();
    return from;
  };
  const start = await drag(30, 20);

  // The data the page had asked for before the move is not what it shows: it reads it again.
  await data.release();
  await expect(listStatus(page)).toHaveText(/^8 partners in view/);
  await expect.poll(async () => (await pin.boundingBox())?.x).toBeGreaterThan(start.x + 20);
  // The page holds the moved partner as saved, so the next move is not refused as out of date.
  await page.getByRole('button', { name: 'Dismiss' }).last().click();
  const second = await drag(-30, -20);
  await expect(page.getByText(/the pin was not moved/)).toHaveCount(0);
  await expect.poll(async () => (await pin.boundingBox())?.x).toBeLessThan(second.x - 20);
});
