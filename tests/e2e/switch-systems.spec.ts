import { expect, type Page, test } from '@playwright/test';
import { consultant, southport, westport } from './support/accounts';
import { expectNoAxeViolations, expectNoHorizontalOverflow, signIn } from './support/helpers';
import { southportPartners } from './support/seed';

// A consultant in two library systems (decision 0023): Southport (staff) and Westport (viewer).

/** The header names the system every page is in. */
const currentSystem = (page: Page) => page.getByRole('banner').getByTestId('current-org');

async function partnerListShows(page: Page, shown: string, hidden: string) {
  await page.goto('/partners');
  await expect(page.getByRole('main').getByText(shown).first()).toBeVisible();
  await expect(page.getByText(hidden)).toHaveCount(0);
}

test('a consultant chooses a library system after signing in, and switches from the account menu', async ({
  page,
}) => {
  await signIn(page, consultant.email);
  await expect(page).toHaveURL(/\/choose\?next=%2Fmap$/);
  await expect(page.getByRole('heading', { name: 'Choose a library system', level: 1 })).toBeVisible();
  const southportChoice = page.getByRole('button', { name: new RegExp(`^${southport.name} Staff`) });
  const westportChoice = page.getByRole('button', { name: new RegExp(`^${westport.name} Viewer`) });
  await expect(southportChoice).toBeVisible();
  await expect(westportChoice).toBeVisible();
  await expect(page.getByRole('button')).toHaveCount(2); // no other system shows
  await expectNoAxeViolations(page);

  await westportChoice.click();
  await expect(page).toHaveURL(/\/map$/);
  await expect(currentSystem(page)).toHaveText(westport.name);
  await partnerListShows(page, westport.partnerName, southportPartners.museum.name);

  await page.getByRole('button', { name: /Account menu/ }).click();
  await expect(page.getByRole('menu')).toContainText(`Viewer · ${westport.name}`);
  await page.getByRole('menuitem', { name: 'Switch library system' }).click();
  await expect(page).toHaveURL(/\/choose$/);
  await expect(page.getByText(`You are in ${westport.name}`)).toBeVisible();
  await expect(westportChoice).toContainText('you are here now');
  await southportChoice.click();
  await expect(page).toHaveURL(/\/map$/);
  await expect(currentSystem(page)).toHaveText(southport.name);
  await partnerListShows(page, southportPartners.museum.name, westport.partnerName);
});

test('the chooser fits a phone and passes axe there', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await signIn(page, consultant.email);
  await expect(page.getByRole('heading', { name: 'Choose a library system', level: 1 })).toBeVisible();
  await expectNoHorizontalOverflow(page);
  await expectNoAxeViolations(page);
  // By keyboard: the first system is reachable with Tab and opens with Enter.
  await page.getByRole('button', { name: new RegExp(`^${southport.name}`) }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/map$/);
  await expect(currentSystem(page)).toHaveText(southport.name);
});

test('a member of one system goes straight to the map and is not offered a switch', async ({ page }) => {
  await signIn(page, southport.accounts.admin.email);
  await expect(page).toHaveURL(/\/map$/);
  await expect(currentSystem(page)).toHaveText(southport.name);
  await page.getByRole('button', { name: /Account menu/ }).click();
  await expect(page.getByRole('menuitem', { name: 'Sign out' })).toBeVisible();
  await expect(page.getByRole('menuitem', { name: 'Switch library system' })).toHaveCount(0);
});
