import { type Browser, expect, type Page, test } from '@playwright/test';
import { northgate } from './support/accounts';
import { expectNoAxeViolations, formAlert, signIn, signOut } from './support/helpers';

const iphone =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';

/** A second browser, signed in on its own as `email`. */
async function anotherBrowser(browser: Browser, baseURL: string, email: string, userAgent?: string) {
  const context = await browser.newContext({ baseURL, userAgent });
  const page = await context.newPage();
  await signIn(page, email);
  await expect(page).toHaveURL(/\/map(\?|$)/);
  return { context, page };
}

async function openAccountPage(page: Page) {
  await page.getByRole('button', { name: /Account menu/ }).click();
  await page.getByRole('menuitem', { name: 'Your account and sessions' }).click();
  await expect(page.getByRole('heading', { name: 'Your account', level: 1 })).toBeVisible();
}

test('signing out ends the session on the server: a copy of its cookie opens nothing', async ({
  page,
  browser,
  baseURL,
}) => {
  await signIn(page, northgate.accounts.manager.email);
  await expect(page).toHaveURL(/\/map(\?|$)/);

  // Someone copies the session cookie into a browser of their own.
  const copy = await browser.newContext({ baseURL });
  await copy.addCookies(await page.context().cookies());
  const stolen = await copy.newPage();
  await stolen.goto('/account');
  await expect(stolen.getByRole('heading', { name: 'Your account', level: 1 })).toBeVisible();

  await signOut(page);
  await expect(page.getByText('You have signed out.')).toBeVisible();

  // The copy still sends the cookie, and gets the sign-in page, not the account.
  expect((await copy.cookies()).some((cookie) => cookie.name.includes('session-token'))).toBe(true);
  await stolen.goto('/account');
  await expect(stolen).toHaveURL(/\/sign-in/);
  await expect(stolen.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  const api = await stolen.request.get('/api/map');
  expect(api.status()).toBe(401);
  await copy.close();
});

test('from the account page, a member signs out their other browsers, then everywhere', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const email = northgate.accounts.viewer.email;
  // Other tests sign the viewer in too, and their sessions live on: end them first, so that the
  // phone below is the one other browser.
  await signIn(page, email);
  await openAccountPage(page);
  const endOthers = page.getByRole('button', { name: 'Sign out everywhere else…' });
  if (await endOthers.isVisible()) {
    await endOthers.click();
    await page
      .getByRole('alertdialog', { name: 'Sign out everywhere else?' })
      .getByRole('button', { name: 'Sign out everywhere else' })
      .click();
    await expect(page.getByText('You are not signed in anywhere else.')).toBeVisible();
  }
  const phone = await anotherBrowser(browser, baseURL!, email, iphone);
  await page.reload();
  const sessions = page.getByRole('region', { name: 'Where you are signed in' }).getByRole('listitem');
  await expect(sessions.filter({ hasText: 'This browser' })).toContainText('Chrome on Linux');
  await expect(sessions.filter({ hasText: 'Safari on iPhone' })).toHaveCount(1);

  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: 900 });
    await expectNoAxeViolations(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `sideways scrolling at ${width} px`).toBeLessThanOrEqual(0);
  }

  await page.getByRole('button', { name: 'Sign out everywhere else…' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Sign out everywhere else?' });
  await expect(dialog).toContainText('1 session in other browsers will end');
  await expectNoAxeViolations(page);
  await dialog.getByRole('button', { name: 'Sign out everywhere else' }).click();
  await expect(page.getByText('Ended 1 session elsewhere.')).toBeVisible();
  await expect(sessions.filter({ hasText: 'Safari on iPhone' })).toHaveCount(0);
  await expect(page.getByText('You are not signed in anywhere else.')).toBeVisible();

  // The phone is signed out at its next step.
  await phone.page.goto('/partners');
  await expect(phone.page).toHaveURL(/\/sign-in/);

  // Signed in again on the phone, then everywhere is ended from the desk: both are out.
  await signIn(phone.page, email);
  await expect(phone.page).toHaveURL(/\/map(\?|$)/);
  await page.reload();
  await page.getByRole('button', { name: 'Sign out everywhere…' }).click();
  const everywhere = page.getByRole('alertdialog', { name: 'Sign out everywhere, here too?' });
  await everywhere.getByRole('button', { name: 'Sign out everywhere' }).click();
  await expect(
    page.getByText('You have signed out here and everywhere else you were signed in.'),
  ).toBeVisible();
  await page.goto('/account');
  await expect(page).toHaveURL(/\/sign-in/);
  await phone.page.goto('/partners');
  await expect(phone.page).toHaveURL(/\/sign-in/);
  await phone.context.close();
});

test('a spray from one network is paused with a plain message, while other networks sign in', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  // As a proxy would present a client at 203.0.113.99 (README: TRUSTED_PROXIES).
  const network = await browser.newContext({
    baseURL,
    extraHTTPHeaders: { 'x-forwarded-for': '203.0.113.99' },
  });
  const spray = await network.newPage();
  for (let i = 0; i < 29; i++) {
    await signIn(spray, `nobody-${i}@northgate.test`, 'Summer2026!');
    await expect(formAlert(spray)).toContainText('don’t match an account');
  }
  await signIn(spray, 'nobody-29@northgate.test', 'Summer2026!');
  await expect(formAlert(spray)).toContainText('Too many failed sign-ins have come from your network');
  // A real account's right password from that network: the same message, nothing revealed.
  await signIn(spray, northgate.accounts.staff.email);
  await expect(formAlert(spray)).toContainText(/from your network.*Try again in \d+ minutes/);
  await expect(spray).toHaveURL(/\/sign-in/);
  await network.close();

  await signIn(page, northgate.accounts.staff.email);
  await expect(page).toHaveURL(/\/map(\?|$)/);
});
