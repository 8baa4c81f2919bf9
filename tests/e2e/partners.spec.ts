import { expect, type Page, test } from '@playwright/test';
import { northgate } from './support/accounts';
import { expectNoAxeViolations, formAlert, signIn } from './support/helpers';

async function fillNewPartner(page: Page, name: string) {
  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.getByRole('radio', { name: /Institution/ }).check();
  await page.getByRole('checkbox', { name: /Teens/ }).check();
}

test('staff add a partner: a lookup that cannot reach the address service says so, and a typed point works', async ({
  page,
}) => {
  await signIn(page, northgate.accounts.staff.email);
  await page.getByRole('link', { name: 'Partners', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Partners', level: 1 })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Add a partner' }).click();
  await expect(page.getByRole('heading', { name: 'Add a partner', level: 1 })).toBeVisible();
  await expectNoAxeViolations(page);

  await fillNewPartner(page, 'Lynnwood Teen Hub');
  // Nothing but the loopback network here: the public geocoder cannot answer.
  await page.getByLabel(/^Address/).fill('19200 44th Ave W, Lynnwood, WA 98036');
  await page.getByRole('button', { name: 'Find on map' }).click();
  await expect(page.getByText(/place the pin|did not answer|couldn’t find/i).first()).toBeVisible();
  await page.getByLabel('Latitude').fill('47.8206');
  await page.getByLabel('Longitude').fill('-122.2960');
  await page.getByRole('button', { name: 'Add partner' }).click();

  await expect(page.getByRole('heading', { name: 'Lynnwood Teen Hub', level: 1 })).toBeVisible();
  await expectNoAxeViolations(page);
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
