import { gunzipSync, gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { northgate, southport } from './support/accounts';
import { expectNoAxeViolations, signIn } from './support/helpers';
import { listedNames, listStatus, openMap, partnerList, pinIsOnTop } from './support/map-page';
import { northgatePartners as np, southportPartners as sp } from './support/seed';

// The test servers have no tile server to reach (TILE_URL unset, no network), so Northgate's map
// falls back to the built-in offline base map; Southport is configured with it ('offline').

test('the map shows the organization’s partners, clustered, with the list beside it', async ({ page }) => {
  await openMap(page, northgate.accounts.staff.email);
  await expect(listStatus(page)).toHaveText('8 partners in view, 1 more with location hidden');
  expect(await listedNames(page)).toEqual([
    np.bookClub.name,
    np.market.name,
    np.garden.name,
    np.seniors.name,
    np.school.name,
    np.teen.name,
    np.rosa.name,
    np.stories.name,
  ]);
  // Three partners a street apart share one cluster bubble at this zoom; the others are pins.
  await expect(page.locator('.pa-cluster', { hasText: '3' })).toBeVisible();
  await expect(
    page.getByRole('button', { name: /^Maple Street Market \(Connected, Local economy\)$/ }),
  ).toBeVisible();
  // The branch, drawn with its name.
  await expect(page.locator('.pa-branch', { hasText: northgate.branchName })).toBeVisible();
  // An approximate location is a hollow pin in an area; a hidden one is listed, never pinned.
  await expect(page.locator('.pa-pin-hollow[title^="Rosa Alvarez"]')).toBeVisible();
  await expect(page.locator('path[stroke-dasharray="4 4"]')).toHaveCount(1);
  const hidden = partnerList(page).getByRole('region', { name: /Location hidden/ });
  await expect(hidden.getByRole('link', { name: np.hidden.name })).toHaveAttribute(
    'href',
    `/partners/${np.hidden.id}`,
  );
  await expect(page.locator(`[title^="${np.hidden.name}"]`)).toHaveCount(0);

  // Nothing of Southport's, on the page or in the data behind it.
  await expect(page.getByText(sp.museum.name)).toHaveCount(0);
  // The map data is gzipped JSON (app/api/map/route.ts): read it as the page does, unpacked.
  const data = gunzipSync(await (await page.request.get('/api/map')).body()).toString();
  expect(data).toContain(np.hidden.id);
  for (const text of [sp.museum.id, sp.museum.name, sp.hidden.id, southport.branchName, '9 Secret Street']) {
    expect(data).not.toContain(text);
  }
  expect((await page.request.get(`/api/map?summary=${sp.museum.id}`)).status()).toBe(404);
});

test('filtering by stage updates the list and the address, and the link restores both', async ({
  page,
  context,
}) => {
  await openMap(page, northgate.accounts.staff.email);
  await expect(listStatus(page)).toHaveText(/^8 partners in view/);
  await page.locator('summary', { hasText: 'Stage' }).click();
  await page.getByRole('checkbox', { name: 'Connected' }).check();
  await expect(listStatus(page)).toHaveText('3 partners in view');
  expect(await listedNames(page)).toEqual([np.market.name, np.teen.name, np.rosa.name]);
  await expect(page).toHaveURL(/[?&]stage=connected(&|$)/);
  await expect(page.locator('summary', { hasText: 'Stage' })).toContainText('(1)');

  const shared = await context.newPage();
  await shared.goto(page.url());
  await expect(listStatus(shared)).toHaveText('3 partners in view');
  expect(await listedNames(shared)).toEqual([np.market.name, np.teen.name, np.rosa.name]);
  await expect(shared.locator('summary', { hasText: 'Stage' })).toContainText('(1)');
  await shared.locator('summary', { hasText: 'Stage' }).click();
  await expect(shared.getByRole('checkbox', { name: 'Connected' })).toBeChecked();

  // Searching narrows further; clearing brings everyone back.
  await page.keyboard.press('Escape');
  await page.getByRole('searchbox', { name: 'Search partners' }).fill('teen');
  await expect(listStatus(page)).toHaveText('1 partner in view');
  await expect(page).toHaveURL(/[?&]q=teen/);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(listStatus(page)).toHaveText(/^8 partners in view/);
  await expect(page).not.toHaveURL(/stage=|q=/);
});

test('choosing a partner in the list opens its popup, by keyboard too', async ({ page }) => {
  await openMap(page, northgate.accounts.staff.email);
  await expect(listStatus(page)).toHaveText(/^8 partners in view/);
  const entry = partnerList(page).getByRole('button', { name: new RegExp(`^${np.teen.name}`) });
  await entry.focus();
  await page.keyboard.press('Enter');
  const popup = page.locator('.leaflet-popup');
  const heading = popup.getByRole('heading', { name: np.teen.name });
  await expect(heading).toBeFocused();
  await expect(popup).toContainText('Connected · Institution');
  await expect(popup).toContainText('12 River Rd');
  await expect(popup).toContainText(northgate.accounts.staff.name);
  await expect(popup.getByRole('link', { name: `Open partner page: ${np.teen.name}` })).toHaveAttribute(
    'href',
    `/partners/${np.teen.id}`,
  );
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');
  await expect(popup).toHaveCount(0);
  await expect(entry).toBeFocused();
});

test('a pin can be moved by keyboard: Move pin, then the map centre', async ({ page }) => {
  await openMap(page, northgate.accounts.staff.email);
  await expect(listStatus(page)).toHaveText(/^8 partners in view/);
  await partnerList(page)
    .getByRole('button', { name: new RegExp(`^${np.teen.name}`) })
    .click();
  await page.locator('.leaflet-popup').getByRole('button', { name: 'Move pin' }).click();
  const useCentre = page.getByRole('button', { name: 'Use the map centre' });
  await expect(useCentre).toBeFocused();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('alertdialog', { name: `Move ${np.teen.name} here?` });
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
  await expect(page.getByText(`${np.teen.name} was moved.`)).toHaveCount(0);
});

test('a viewer sees no private address in a popup and cannot add or move pins', async ({ page }) => {
  await openMap(page, northgate.accounts.viewer.email);
  await expect(listStatus(page)).toHaveText(/^8 partners in view/);
  await expect(page.getByRole('button', { name: 'Add a partner here' })).toHaveCount(0);
  await expect(page.locator('.leaflet-marker-draggable')).toHaveCount(0);
  await partnerList(page)
    .getByRole('button', { name: new RegExp(`^${np.rosa.name}`) })
    .click();
  const popup = page.locator('.leaflet-popup');
  await expect(popup).toContainText('Shown as an area only');
  await expect(popup).not.toContainText('Private Lane');
  await expect(popup.getByRole('button', { name: 'Move pin' })).toHaveCount(0);
});

test('staff add a partner at a point they click', async ({ page }) => {
  await openMap(page, northgate.accounts.staff.email);
  await expect(listStatus(page)).toHaveText(/^8 partners in view/);
  await page.getByRole('button', { name: 'Add a partner here' }).click();
  await expect(page.getByText('Click the map where the new partner is')).toBeVisible();
  const map = page.getByRole('region', { name: 'Map' });
  const box = (await map.boundingBox())!;
  await page.mouse.click(box.x + box.width * 0.3, box.y + box.height * 0.6);
  await expect(page).toHaveURL(/\/partners\/new\?lat=4\d\.\d{6}&lng=-12\d\.\d{6}$/);
});

test('dragging a pin asks first; Cancel puts it back, confirming moves it', async ({ page }) => {
  await openMap(page, northgate.accounts.staff.email);
  await expect(listStatus(page)).toHaveText(/^8 partners in view/);
  const pin = page.locator(`.pa-pin[title^="${np.stories.name}"]`);
  const drag = async () => {
    const start = (await pin.boundingBox())!;
    await page.mouse.move(start.x + start.width / 2, start.y + start.height / 2);
    await page.mouse.down();
    await page.mouse.move(start.x + 50, start.y + 40, { steps: 6 });
    await page.mouse.up();
    return start;
  };
  const start = await drag();
  const dialog = page.getByRole('alertdialog', { name: `Move ${np.stories.name} here?` });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toHaveCount(0);
  await expect.poll(async () => (await pin.boundingBox())?.x).toBeCloseTo(start.x, 0);

  await drag();
  await dialog.getByRole('button', { name: 'Move the pin' }).click();
  await expect(page.getByText(`${np.stories.name} was moved.`)).toBeVisible();
  await page.reload();
  await expect(listStatus(page)).toHaveText(/partners in view/);
  await expect.poll(async () => (await pin.boundingBox())?.x).toBeGreaterThan(start.x + 20);
});

test('with no tile server the built-in base map takes over, and says so', async ({ page }) => {
  await openMap(page, northgate.accounts.staff.email);
  await expect(page.getByText('Map tiles could not be loaded; showing the built-in map.')).toBeVisible();
  await expect(page.locator('.leaflet-control-attribution')).toContainText('US Census Bureau (us-atlas)');
  await expect(page.locator('.pa-place').first()).toBeAttached();
  await expect(page.locator('.leaflet-pane path').first()).toBeAttached();
});

test('an organization that chose the offline base map never asks for tiles', async ({ page }) => {
  const tileRequests: string[] = [];
  page.on('request', (request) => {
    if (/tile|\.png/.test(request.url()) && !request.url().includes('/_next/'))
      tileRequests.push(request.url());
  });
  await openMap(page, southport.accounts.admin.email);
  await expect(listStatus(page)).toHaveText('1 partner in view, 1 more with location hidden');
  await expect(
    partnerList(page).getByRole('button', { name: new RegExp(`^${sp.museum.name}`) }),
  ).toBeVisible();
  await expect(page.locator('.leaflet-control-attribution')).toContainText('US Census Bureau (us-atlas)');
  await expect(page.locator('.leaflet-pane path').first()).toBeAttached();
  await expect(page.getByText('Map tiles could not be loaded')).toHaveCount(0);
  expect(tileRequests).toEqual([]);
  await expect(page.getByText(np.teen.name)).toHaveCount(0);
});

for (const [device, viewport] of [
  ['desktop', { width: 1280, height: 900 }],
  ['phone', { width: 390, height: 844 }],
] as const) {
  test(`the map passes axe on a ${device}`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await openMap(page, northgate.accounts.staff.email);
    await expect(page.getByRole('heading', { level: 1, name: 'Map of partners' })).toBeAttached();
    await expect(page.locator('.pa-cluster').first()).toBeVisible();
    await expectNoAxeViolations(page);
    if (device === 'phone') {
      await page.getByRole('button', { name: 'List (8)' }).click();
      await expect(listStatus(page)).toHaveText(/^8 partners in view/);
      await expectNoAxeViolations(page);
      // Choosing a partner shows the map again, with its popup open.
      await partnerList(page)
        .getByRole('button', { name: new RegExp(`^${np.market.name}`) })
        .click();
      await expect(
        page.locator('.leaflet-popup').getByRole('heading', { name: np.market.name }),
      ).toBeVisible();
      await expectNoAxeViolations(page);
    } else {
      await page.getByRole('button', { name: 'Add a partner here' }).click();
      await expectNoAxeViolations(page);
    }
  });
}

test('an empty map explains how to add the first partner', async ({ page }) => {
  // Northgate has partners, so answer the map data route as it would for a new organization.
  await page.route(/\/api\/map(\?.*)?$/, (route) =>
    route.fulfill({
      // As the route sends it: gzipped JSON (app/api/map/route.ts).
      contentType: 'application/gzip',
      body: gzipSync(
        JSON.stringify({ partners: [], hidden: [], unplaced: [], hiddenCount: 0, branches: [] }),
      ),
    }),
  );
  await openMap(page, northgate.accounts.staff.email);
  const help = page.getByRole('heading', { name: 'No partners on the map yet' });
  await expect(help).toBeVisible();
  await expect(page.getByRole('link', { name: 'Add by address' })).toHaveAttribute('href', '/partners/new');
  await page.getByRole('button', { name: 'Add a partner here' }).last().click();
  await expect(page.getByText('Click the map where the new partner is')).toBeVisible();
  await expect(help).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test('a filter that matches nothing says so and offers to clear it', async ({ page }) => {
  await openMap(page, northgate.accounts.staff.email, '/map?stage=ended');
  const notice = page.getByRole('heading', { name: 'No partners match these filters' });
  await expect(notice).toBeVisible();
  await page.locator('div', { has: notice }).last().getByRole('button', { name: 'Clear filters' }).click();
  await expect(listStatus(page)).toHaveText(/^8 partners in view/);
});

/** Whether the top-most thing at the centre of a pin is that pin (nothing covers it there). */
test('a pin reached by Tab from the search shows its focus, and Enter or Space opens its popup', async ({
  page,
}) => {
  await openMap(page, northgate.accounts.staff.email);
  await expect(listStatus(page)).toHaveText(/^8 partners in view/);
  await page.getByRole('searchbox', { name: 'Search partners' }).focus();
  // Past the filters and the map itself, the first pin.
  for (let presses = 0; presses < 20; presses += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.classList.contains('pa-pin'))) break;
  }
  const pin = page.locator('.pa-pin:focus');
  await expect(pin).toHaveCount(1);
  const name = (await pin.getAttribute('title'))!.replace(/ \(.*$/, '');
  // The focus ring is drawn, and nothing (a branch, a message over the map) hides the pin.
  await expect(pin).toHaveCSS('outline-style', 'solid');
  await expect(pin).toHaveCSS('outline-width', '3px');
  await expect(pin).toBeInViewport({ ratio: 1 });
  expect(await pinIsOnTop(pin)).toBe(true);

  await page.keyboard.press('Enter');
  const popup = page.locator('.leaflet-popup');
  await expect(popup.getByRole('heading', { name })).toBeFocused();
  await expect(popup.getByRole('link', { name: `Open partner page: ${name}` })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(popup).toHaveCount(0);
  await expect(pin).toBeFocused();
  await page.keyboard.press(' ');
  await expect(popup.getByRole('heading', { name })).toBeFocused();
});

test('a new partner at a branch’s door is drawn above the branch, and searching for it brings the map to it', async ({
  page,
}) => {
  // Southport: its map is not counted after this (the partner tests add Northgate's own).
  await signIn(page, southport.accounts.admin.email);
  const name = 'Harbour Door Reading Nook';
  await page.goto('/partners/new');
  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.getByRole('radio', { name: /Physical space/ }).check();
  // A few metres from the branch (47.1, -122.5), as a partner in the branch's own town is placed.
  await page.getByLabel('Latitude').fill('47.10003');
  await page.getByLabel('Longitude').fill('-122.49996');
  await page.getByRole('button', { name: 'Add partner' }).click();
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();

  // The map opens on another town; the search leaves one partner, and the map goes to it.
  await page.goto('/map?at=47.30000,-122.00000,12');
  await expect(listStatus(page)).toHaveText(/^0 partners in view/);
  await page.getByRole('searchbox', { name: 'Search partners' }).fill('Reading Nook');
  await expect(listStatus(page)).toHaveText('1 partner in view');
  const pin = page.locator(`.pa-pin[title^="${name}"]`);
  await expect(pin).toBeVisible();
  const map = (await page.getByRole('region', { name: 'Map' }).boundingBox())!;
  const box = (await pin.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(map.x);
  expect(box.y).toBeGreaterThanOrEqual(map.y);
  expect(box.x + box.width).toBeLessThanOrEqual(map.x + map.width);
  expect(box.y + box.height).toBeLessThanOrEqual(map.y + map.height);
  // The branch is right under it, and the pin is the one on top.
  const branch = (await page.locator('.pa-branch', { hasText: southport.branchName }).boundingBox())!;
  expect(Math.abs(branch.x + branch.width / 2 - (box.x + box.width / 2))).toBeLessThan(10);
  expect(await pinIsOnTop(pin)).toBe(true);
  // The move is the person's: the address follows it, so the link shows what the map shows.
  await expect(page).not.toHaveURL(/at=47\.30000/);
  await expect(page).toHaveURL(/[?&]q=Reading\+Nook/);
  await pin.click();
  await expect(page.locator('.leaflet-popup').getByRole('heading', { name })).toBeVisible();
});
