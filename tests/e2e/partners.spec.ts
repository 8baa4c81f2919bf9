import { expect, type Locator, type Page, test } from '@playwright/test';
import { parseCsv } from '../support/csv';
import { northgate } from './support/accounts';
import { e2eAddresses } from './support/geocoder';
import { expectNoAxeViolations, formAlert, signIn } from './support/helpers';
import { northgatePartners as np } from './support/seed';

async function fillNewPartner(page: Page, name: string) {
  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.getByRole('radio', { name: /Institution/ }).check();
  await page.getByRole('checkbox', { name: /Teens/ }).check();
}

test('staff add a partner by address: one match is placed at once, several are offered to choose from', async ({
  page,
}) => {
  const { single, ambiguous } = e2eAddresses;
  const name = 'Main Street Youth Hub';
  await signIn(page, northgate.accounts.staff.email);
  await page.getByRole('link', { name: 'Partners', exact: true }).click();
  await expect(page).toHaveURL(/\/partners$/);
  await expect(page.getByRole('heading', { name: 'Partners', level: 1, exact: true })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Add a partner' }).click();
  await expect(page.getByRole('heading', { name: 'Add a partner', level: 1 })).toBeVisible();
  await expect(page.getByText(/No point yet/)).toBeVisible();
  await expectNoAxeViolations(page);
  await fillNewPartner(page, name);

  // One place found: its point is filled in and shown on the small map.
  const address = page.getByLabel(/^Address/);
  await address.fill(single.typed);
  await page.getByRole('button', { name: 'Find on map' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Found: ${single.label}` })).toBeVisible();
  await expect(page.getByLabel('Latitude')).toHaveValue(String(single.lat));
  await expect(page.getByLabel('Longitude')).toHaveValue(String(single.lng));
  const preview = page.getByRole('figure', { name: /The point at/ });
  await expect(preview).toContainText(`The point at ${single.lat}, ${single.lng}.`);
  await expect(preview.locator('.pa-pin')).toBeVisible();

  // Two places: nothing is filled in until the person chooses; an approximate one says so.
  await address.fill(ambiguous.typed);
  await page.getByRole('button', { name: 'Find on map' }).click();
  const choices = page.getByRole('group', { name: 'Which place did you mean?' });
  await expect(choices.getByRole('radio')).toHaveCount(2);
  await expect(page.getByRole('status').filter({ hasText: 'We found 2 places' })).toBeVisible();
  await expect(choices).toContainText('Approximate: near this place');
  await expect(page.getByLabel('Latitude')).toHaveValue(String(single.lat));
  const [chosen] = ambiguous.choices;
  await choices.getByRole('radio', { name: chosen.label }).check();
  await expect(page.getByLabel('Latitude')).toHaveValue(String(chosen.lat));
  await expect(page.getByLabel('Longitude')).toHaveValue(String(chosen.lng));
  await expect(page.getByLabel('How precisely to show it')).toHaveValue('exact');
  await expect(preview).toContainText(`The point at ${chosen.lat}, ${chosen.lng}.`);
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Add partner' }).click();

  // The partner page shows it on a small map, in words too, with a way to the big map.
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
  const location = page.getByRole('region', { name: 'Location' });
  await expect(location.getByRole('figure')).toContainText(`Pinned at ${chosen.lat}, ${chosen.lng}`);
  await expect(location.getByRole('figure')).toContainText(ambiguous.typed);
  await expect(location.locator('.pa-pin')).toBeVisible();
  await expectNoAxeViolations(page);
  await location.getByRole('link', { name: /^Open on the map/ }).click();
  await expect(page).toHaveURL(new RegExp(`/map\\?at=${chosen.lat},${chosen.lng},16$`));
  const mapList = page.getByRole('complementary', { name: 'Partner list' });
  await expect(mapList.getByRole('button', { name: new RegExp(`^${name}`) })).toBeAttached();
  await expect(page.locator(`.pa-pin[title^="${name}"]`)).toBeVisible();

  await page.goto('/partners?q=Youth%20Hub');
  await expect(page.getByRole('link', { name }).filter({ visible: true })).toBeVisible();
  const exported = await page.request.get('/api/partners/export?format=csv&q=Youth%20Hub');
  const csv = parseCsv((await exported.text()).replace(/^\uFEFF/, ''));
  const [header, row] = [csv[0]!, csv[1]!];
  expect(csv).toHaveLength(2);
  expect(row[header.indexOf('Name')]).toBe(name);
  expect(Number(row[header.indexOf('Latitude')])).toBe(chosen.lat);
  expect(Number(row[header.indexOf('Longitude')])).toBe(chosen.lng);
});

test('a lookup the address service cannot answer says so beside the address, and a typed point works', async ({
  page,
}) => {
  await signIn(page, northgate.accounts.staff.email);
  await page.goto('/partners/new');
  await fillNewPartner(page, 'Lynnwood Teen Hub');
  // The stand-in answers 503 for this address, as a busy or broken service would.
  await page.getByLabel(/^Address/).fill(e2eAddresses.unavailable.typed);
  await page.getByRole('button', { name: 'Find on map' }).click();
  await expect(page.getByText('The address service is busy right now.', { exact: false })).toBeVisible();
  await expect(page.getByLabel(/^Address/)).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel(/^Address/)).toHaveValue(e2eAddresses.unavailable.typed);
  await page.getByLabel('Latitude').fill('47.8206');
  await page.getByLabel('Longitude').fill('-122.2960');
  await expect(page.getByRole('figure', { name: /The point at 47.8206, -122.296/ })).toBeVisible();
  await page.getByRole('button', { name: 'Add partner' }).click();

  await expect(page.getByRole('heading', { name: 'Lynnwood Teen Hub', level: 1 })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Location' })).toContainText('Pinned at 47.8206, -122.296');
  await page.goto('/partners?q=Teen%20Hub');
  await expect(page.getByRole('link', { name: 'Lynnwood Teen Hub' }).filter({ visible: true })).toBeVisible();
  const csv = await page.request.get('/api/partners/export?format=csv&q=Teen%20Hub');
  expect(await csv.text()).toContain('Lynnwood Teen Hub');
});

test('a mistake is explained beside the field and nothing typed is lost', async ({ page }) => {
  await signIn(page, northgate.accounts.staff.email);
  await page.goto('/partners/new');
  await page.getByLabel('Name', { exact: true }).fill('Half-filled Partner');
  await page.getByLabel('Latitude').fill('47.8');
  await page.getByRole('button', { name: 'Add partner' }).click();
  await expect(
    page
      .getByText(/category|kind of partner/i)
      .filter({ visible: true })
      .first(),
  ).toBeVisible();
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Half-filled Partner');
  await expect(page.getByLabel('Latitude')).toHaveValue('47.8');
});

test('an edit that started before someone else’s save is refused, naming them, and keeps the typing', async ({
  browser,
}) => {
  const first = await (await browser.newContext()).newPage();
  const second = await (await browser.newContext()).newPage();
  await signIn(first, northgate.accounts.staff.email);
  await first.goto('/partners/new');
  await fillNewPartner(first, 'Conflict Commons');
  await first.getByRole('button', { name: 'Add partner' }).click();
  await expect(first.getByRole('heading', { name: 'Conflict Commons', level: 1 })).toBeVisible();
  const partnerUrl = new URL(first.url()).pathname;

  await signIn(second, northgate.accounts.manager.email);
  await second.goto(`${partnerUrl}/edit`);
  await first.goto(`${partnerUrl}/edit`);

  await second.getByLabel('Description').fill('Edited by the manager first.');
  await second.getByRole('button', { name: 'Save changes' }).click();
  await expect(second.getByRole('heading', { name: 'Conflict Commons', level: 1 })).toBeVisible();

  await first.getByLabel('Description').fill('My slower edit.');
  await first.getByRole('button', { name: 'Save changes' }).click();
  await expect(formAlert(first)).toContainText(`${northgate.accounts.manager.name} changed`);
  await expect(first.getByLabel('Description')).toHaveValue('My slower edit.');
  await first.goto(partnerUrl);
  await expect(first.getByText('Edited by the manager first.').first()).toBeVisible();
});

test('a viewer reads partners on a phone but cannot add or edit them', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, northgate.accounts.viewer.email);
  await page.goto('/partners');
  await expect(page.getByRole('heading', { name: 'Partners', level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Add a partner' })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.goto('/partners/new');
  await expect(page.getByRole('heading', { name: /You don’t have access/ })).toBeVisible();
});

/** Presses Tab until `target` has focus, as a keyboard user would, and fails if it never does. */
async function tabTo(page: Page, target: Locator, max = 120) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target}`);
}

async function focusedName(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    return el?.labels?.[0]?.textContent?.trim() ?? el?.textContent?.trim() ?? '';
  });
}

test('staff add a partner by keyboard alone, placing it through the address lookup', async ({ page }) => {
  const name = 'Keyboard Kids Corner';
  const [, street] = e2eAddresses.ambiguous.choices;
  await signIn(page, northgate.accounts.staff.email);
  await page.goto('/partners');
  await expect(page.getByRole('heading', { name: 'Partners', level: 1 })).toBeVisible();

  await tabTo(page, page.getByRole('link', { name: 'Add a partner' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Add a partner', level: 1 })).toBeVisible();

  await tabTo(page, page.getByLabel('Name', { exact: true }));
  await page.keyboard.type(name);
  // The kinds of partner are one radio group: Tab enters it, arrow keys choose.
  await page.keyboard.press('Tab');
  const kinds = page.getByRole('group', { name: /What kind of partner/ });
  await expect(kinds.getByRole('radio').first()).toBeFocused();
  for (let i = 0; i < 6 && !/^Physical space/.test(await focusedName(page)); i++) {
    await page.keyboard.press('ArrowDown');
  }
  await expect(kinds.getByRole('radio', { name: /^Physical space/ })).toBeChecked();
  await expect(kinds.getByRole('radio', { name: /^Physical space/ })).toBeFocused();

  // The sectors are folded away (twenty boxes on a phone): Enter on their summary opens them.
  await tabTo(page, page.locator('summary').filter({ hasText: 'Sectors' }));
  await page.keyboard.press('Enter');
  const parks = page.getByRole('checkbox', { name: 'Parks and recreation' });
  await tabTo(page, parks);
  await page.keyboard.press('Space');
  await expect(parks).toBeChecked();

  // Enter in the address looks it up (it does not submit the form); the choices follow the button.
  await tabTo(page, page.getByLabel(/^Address/));
  await page.keyboard.type(e2eAddresses.ambiguous.typed);
  await page.keyboard.press('Enter');
  const choices = page.getByRole('group', { name: 'Which place did you mean?' });
  await expect(choices.getByRole('radio')).toHaveCount(2);
  await expect(page.getByRole('heading', { name: 'Add a partner', level: 1 })).toBeVisible();
  await tabTo(page, choices.getByRole('radio').first(), 5);
  await page.keyboard.press('ArrowDown');
  await expect(choices.getByRole('radio', { name: street.label })).toBeChecked();
  // The street is only near the place: the point becomes approximate, drawn as an area.
  await expect(page.getByLabel('Latitude')).toHaveValue(String(street.lat));
  await expect(page.getByLabel('How precisely to show it')).toHaveValue('approximate');

  await tabTo(page, page.getByRole('button', { name: 'Add partner' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
  await expect(page.getByText('The partner is added.')).toBeVisible();
  const location = page.getByRole('region', { name: 'Location' });
  await expect(location).toContainText('Approximate: somewhere around 47.1, -122.49');
  await expect(page.getByText('Physical space').first()).toBeVisible();
  await expect(page.getByText('Parks and recreation')).toBeVisible();
});

for (const [device, viewport] of [
  ['desktop', { width: 1280, height: 900 }],
  ['phone', { width: 390, height: 844 }],
] as const) {
  test(`a partner page shows where the partner is, on a small map and in words (${device})`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await signIn(page, northgate.accounts.staff.email);
    const location = page.getByRole('region', { name: 'Location' });

    // Exact: the pin as on the big map (colour for the stage, shape for the kind), the nearby branch.
    await page.goto(`/partners/${np.teen.id}`);
    const figure = location.getByRole('figure');
    await expect(figure).toContainText('12 River Rd');
    await expect(figure).toContainText('Pinned at 47.9052, -122.2101');
    await expect(figure.locator('.pa-pin:not(.pa-pin-hollow) path[fill="#2a8a24"]')).toBeVisible();
    await expect(figure.locator('.pa-branch', { hasText: northgate.branchName })).toBeVisible();
    await expect(
      location.getByRole('link', { name: new RegExp(`^Open on the map.*${np.teen.name}$`) }),
    ).toHaveAttribute('href', '/map?at=47.9052,-122.2101,16');
    // Nothing in the small map takes focus but its credit links: Tab goes straight through it.
    await expect(figure.locator('[tabindex], .leaflet-marker-icon[tabindex]')).toHaveCount(0);
    await expectNoAxeViolations(page);

    // Approximate: a hollow pin in a dashed area, never a finer point than the map gives anyone.
    await page.goto(`/partners/${np.rosa.id}`);
    await expect(figure).toContainText('Approximate: somewhere around 47.89, -122.19');
    await expect(figure.locator('.pa-pin-hollow')).toBeVisible();
    await expect(figure.locator('path[stroke-dasharray="4 4"]')).toHaveCount(1);
    await expectNoAxeViolations(page);

    // Hidden: no map at all, and why.
    await page.goto(`/partners/${np.hidden.id}`);
    await expect(location).toContainText('Location hidden: no map is shown.');
    await expect(location.getByRole('figure')).toHaveCount(0);
    await expect(location.locator('.leaflet-container')).toHaveCount(0);
  });
}

test('a partner with no point says so, and staff are taken to place it', async ({ page }) => {
  await signIn(page, northgate.accounts.staff.email);
  await page.goto('/partners/new');
  await fillNewPartner(page, 'Pointless Poetry Society');
  await page.getByRole('button', { name: 'Add partner' }).click();
  await expect(page.getByRole('heading', { name: 'Pointless Poetry Society', level: 1 })).toBeVisible();
  const location = page.getByRole('region', { name: 'Location' });
  await expect(location).toContainText('Not on the map yet: no point has been recorded.');
  await expect(location.getByRole('figure')).toHaveCount(0);
  await location.getByRole('link', { name: 'Place Pointless Poetry Society on the map' }).click();
  await expect(page).toHaveURL(/\/edit#location-heading$/);
  await expect(page.getByLabel(/^Address/)).toBeVisible();
  await expect(page.getByText(/No point yet/)).toBeVisible();
});
