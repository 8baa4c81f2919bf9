import { expect, type Page, test } from '@playwright/test';
import { northgate } from './support/accounts';
import { appPages, everyRolePages, openPage, pagesFoundInTheApp } from './support/app-pages';
import { expectNoAxeViolations, expectNoHorizontalOverflow, signIn } from './support/helpers';

// What a librarian holding a phone at a community event sees (issue 15). Axe on every page at this
// size is in ./accessibility.spec.ts.
const phone = { width: 360, height: 740 };

test.use({ viewport: phone });

test('signing in fits a 360 px phone, and so does the closed setup page', async ({ page }) => {
  await page.goto('/sign-in');
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await expectNoHorizontalOverflow(page);
  await openPage(page, '/setup');
  await expectNoHorizontalOverflow(page);
});

test('every page fits a 360 px phone for an admin', async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, northgate.accounts.admin.email);
  for (const path of [...appPages, ...(await pagesFoundInTheApp(page))]) {
    await test.step(path, async () => {
      await openPage(page, path);
      await expectNoHorizontalOverflow(page);
    });
  }
});

test('the map’s filter drop-downs open on the screen, however far right their button is', async ({
  page,
}) => {
  await signIn(page, northgate.accounts.staff.email);
  await page.goto('/map');
  await page.getByRole('button', { name: /^Filters/ }).click();
  for (const name of ['Stage', 'Category', 'Sector', 'Ages served', 'Branch', 'Owner', 'Health']) {
    await test.step(name, async () => {
      const dropDown = page.locator('details', { has: page.locator('summary', { hasText: name }) });
      await dropDown.locator('summary').click();
      await expect(dropDown.getByRole('checkbox').first()).toBeVisible();
      await expectNoHorizontalOverflow(page);
      await page.keyboard.press('Escape');
    });
  }
});

for (const role of ['manager', 'staff', 'viewer'] as const) {
  test(`the main pages fit a 360 px phone for ${role === 'staff' ? 'staff' : `a ${role}`}`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await signIn(page, northgate.accounts[role].email);
    for (const path of everyRolePages) {
      await test.step(path, async () => {
        await openPage(page, path);
        await expectNoHorizontalOverflow(page);
      });
    }
  });
}

test('on a phone the main menu opens from a button, by keyboard too, and still says what is overdue', async ({
  page,
}) => {
  await signIn(page, northgate.accounts.staff.email);
  await openPage(page, '/');
  const main = page.getByRole('navigation', { name: 'Main' });
  // Staff have an overdue follow-up (tests/e2e/support/seed-relationships.ts): the closed menu says so.
  const menu = main.getByRole('button', { name: /^Menu \d+ overdue$/ });
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expect(main.getByRole('link', { name: 'Dashboard' })).toBeHidden();

  await menu.focus();
  await page.keyboard.press('Enter');
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  for (const name of ['Home', 'Map', 'Partners', 'Dashboard', 'Interviews', 'Resources']) {
    await expect(main.getByRole('link', { name, exact: true })).toBeInViewport();
  }
  await expect(main.getByRole('link', { name: /^My follow-ups \d+ overdue$/ })).toBeInViewport();
  await expect(main.getByRole('link', { name: 'Home' })).toHaveAttribute('aria-current', 'page');
  await expectNoHorizontalOverflow(page);
  await expectNoAxeViolations(page);
  await page.keyboard.press('Tab');
  await expect(main.getByRole('link', { name: 'Home' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expect(menu).toBeFocused();

  // A link followed closes the menu on the page it opens.
  await menu.click();
  await main.getByRole('link', { name: 'Dashboard' }).click();
  await expect(page.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible();
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expect(main.getByRole('link', { name: 'Dashboard' })).toBeHidden();
});

test.describe('in the hand: a touch screen', () => {
  test.use({ viewport: phone, hasTouch: true, isMobile: true });

  /** The bar pinned to the bottom of the interview screen (Previous, Next and the save status). */
  const bar = (page: Page) => page.locator('.pa-step-bar');
  const saved = (page: Page) =>
    bar(page)
      .getByRole('status')
      .filter({ hasText: /saved|Saving|Offline/ });

  /** Taps a field, types in it, and checks the bar at the bottom does not cover it. */
  async function typeInto(page: Page, field: ReturnType<Page['getByRole']>, text: string) {
    await field.tap();
    await field.fill(text);
    const box = (await field.boundingBox())!;
    const barBox = (await bar(page).boundingBox())!;
    expect(box.y + box.height, 'the field ends above the bar').toBeLessThanOrEqual(barBox.y);
    expect(box.y, 'the field starts on the screen').toBeGreaterThanOrEqual(0);
  }

  test('an interview runs from consent to completion by taps alone, Next always on the screen', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await signIn(page, northgate.accounts.staff.email);
    await page.goto('/interviews/new');
    await page.getByLabel(/Interviewee’s name/).fill('Rowan Fielding');
    await page.getByRole('button', { name: 'Start the interview' }).tap();
    await expect(page.getByRole('heading', { name: 'Consent', level: 2 })).toBeVisible();
    await expectNoHorizontalOverflow(page);
    await page.getByRole('checkbox', { name: /Notes may be kept/ }).tap();
    await page.getByRole('button', { name: 'Record consent and begin' }).tap();
    await expect(page.getByRole('heading', { name: 'About you', level: 2 })).toBeVisible();

    // Every section of the guide: the strip of steps scrolls on its own, the page never does, and
    // Next is on the screen however far down the questions go.
    const next = page.getByRole('button', { name: /^Next: / });
    const steps = page.getByRole('navigation', { name: 'Interview steps' });
    let sections = 0;
    while (await next.isVisible()) {
      sections += 1;
      const title = (await next.textContent())!.replace(/^Next: /, '');
      await expect(next).toBeInViewport({ ratio: 1 });
      await expect(steps.locator('[aria-current="step"]')).toBeInViewport({ ratio: 1 });
      await expectNoHorizontalOverflow(page);
      const fields = page.getByRole('main').getByRole('textbox');
      if ((await fields.count()) > 0) {
        // The last field of the section sits lowest, where the bar is.
        await typeInto(page, fields.last(), `Notes for section ${sections}.`);
        await expect(next).toBeInViewport({ ratio: 1 });
      }
      if (sections === 1) await expectNoAxeViolations(page);
      await next.tap();
      await expect(page.getByRole('heading', { name: title, level: 2 })).toBeVisible();
    }
    // Eight sections of questions in the Community Leader Interview Guide, then "After the interview".
    expect(sections).toBe(8);
    await expect(page.getByRole('heading', { name: 'After the interview', level: 2 })).toBeVisible();
    const complete = page.getByRole('button', { name: 'Complete the interview' });
    await expect(complete).toBeInViewport({ ratio: 1 });
    await page.getByRole('button', { name: 'Add a takeaway' }).tap();
    await typeInto(
      page,
      page.getByLabel('Takeaway 1', { exact: true }),
      'Wants a pop-up library at the fair',
    );
    await expect(complete).toBeInViewport({ ratio: 1 });
    await expect(saved(page)).toHaveText(/All notes saved/);
    await expectNoHorizontalOverflow(page);
    await expectNoAxeViolations(page);
    await complete.tap();
    await expect(page.getByText('The interview is complete.')).toBeVisible();
    await expect(page.getByText('Wants a pop-up library at the fair')).toBeVisible();
    await expect(page.getByText('Notes for section 1.')).toBeVisible();
    await expectNoHorizontalOverflow(page);
  });
});
