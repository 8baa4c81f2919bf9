import { expect, type Page, type Response, test } from '@playwright/test';
import { northgate } from './support/accounts';
import { appPages } from './support/app-pages';
import { signIn } from './support/helpers';
import { northgatePartners } from './support/seed';

// Every main page runs under the Content-Security-Policy set by proxy.ts (decision 0016): scripts
// only with the request's nonce, and nothing the page does (the map and its data, charts, menus)
// may be refused by it.

// The pages every check walks (tests/e2e/support/app-pages.ts), the home page first.
const adminPages = appPages;

/** Every refusal the browser reports, as a violation event on the page or an error in its console. */
async function watchForRefusals(page: Page): Promise<string[]> {
  const refusals: string[] = [];
  // Added through the browser's debugging protocol, so the policy does not apply to it.
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(
        `CSP violation: ${event.violatedDirective} refused ${event.blockedURI || 'inline code'} at ${event.sourceFile}:${event.lineNumber}`,
      );
    });
  });
  page.on('console', (message) => {
    if (/content security policy|CSP violation/i.test(message.text())) {
      refusals.push(`${page.url()}: ${message.text()}`);
    }
  });
  return refusals;
}

/** The nonce the response's policy names, after checking the rest of the policy is there. */
function nonceOf(response: Response): string {
  const policy = response.headers()['content-security-policy'] ?? '';
  for (const part of ["'strict-dynamic'", "object-src 'none'", "base-uri 'self'", "frame-ancestors 'none'"]) {
    expect(policy, `${response.url()} policy`).toContain(part);
  }
  expect(policy).not.toContain("'unsafe-eval'");
  expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  const nonce = /script-src[^;]*'nonce-([A-Za-z0-9+/=]+)'/.exec(policy)?.[1];
  expect(nonce, `${response.url()} has a nonce in script-src`).toBeTruthy();
  return nonce!;
}

/** Opens a page and checks that each of its scripts carries the nonce of its response's policy. */
async function openWithNonce(page: Page, path: string, status = 200): Promise<string> {
  const response = await page.goto(path);
  expect(response, path).not.toBeNull();
  expect(response!.status(), path).toBe(status);
  const nonce = nonceOf(response!);
  const scripts = (await response!.text()).match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length, `${path} has scripts`).toBeGreaterThan(0);
  expect(
    scripts.filter((tag) => !tag.includes(` nonce="${nonce}"`)),
    `${path}: scripts without the nonce`,
  ).toEqual([]);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // The nonce's scripts ran: Next.js's client is up and React has taken over the page.
  await page.waitForFunction(() => Boolean((window as { next?: { version?: string } }).next?.version));
  return nonce;
}

test('every main page carries a policy whose nonce its scripts hold, and nothing is refused', async ({
  page,
}) => {
  // Some thirty pages, each waited on until its scripts run.
  test.setTimeout(240_000);
  const refusals = await watchForRefusals(page);
  const nonces = new Set<string>();
  nonces.add(await openWithNonce(page, '/sign-in'));
  await signIn(page, northgate.accounts.admin.email);
  await expect(page).toHaveURL(/\/map(\?|$)/);

  for (const path of adminPages) {
    nonces.add(await openWithNonce(page, path));
    expect(refusals, `refused on ${path}`).toEqual([]);
  }
  // A fresh nonce for every page.
  expect(nonces.size).toBe(adminPages.length + 1);

  // An interview and a staff member's page, reached through their lists.
  await page.goto('/interviews');
  const interview = await page
    .getByRole('main')
    .getByRole('link', { name: new RegExp(`^${northgatePartners.teen.name}`) })
    .first()
    .getAttribute('href');
  expect(interview).toMatch(/^\/interviews\/[0-9a-f-]{36}$/);
  await page.goto('/settings/staff');
  const member = await page
    .getByRole('link', { name: northgate.accounts.staff.name })
    .filter({ visible: true })
    .getAttribute('href');
  for (const path of [interview!, member!]) await openWithNonce(page, path);
  await openWithNonce(page, '/settings/branches/not-a-branch', 404);
  expect(refusals).toEqual([]);
});

test('the map, the charts and the menus work under the policy', async ({ page }) => {
  const refusals = await watchForRefusals(page);
  await signIn(page, northgate.accounts.admin.email);

  // The map: Leaflet, its data (gzipped, unpacked in the page), pins, clusters and the branch.
  await openWithNonce(page, '/map');
  await expect(page.locator('.pa-cluster').first()).toBeVisible();
  await expect(page.locator('.pa-branch', { hasText: northgate.branchName })).toBeVisible();
  // A partner's popup fetches its summary.
  await page.getByRole('button', { name: /^Maple Street Market \(/ }).click();
  const popup = page.locator('.leaflet-popup');
  await expect(popup.getByRole('heading', { name: 'Maple Street Market' })).toBeVisible();
  await expect(popup.getByText('Loading details…')).toHaveCount(0);
  await expect(popup.getByText('The details could not be loaded.')).toHaveCount(0);

  // The dashboard's charts (recharts SVG).
  await openWithNonce(page, '/dashboard');
  await expect(page.locator('svg.recharts-surface').first()).toBeVisible();

  // A menu (Radix) opens and closes.
  await page.getByRole('button', { name: /Account menu/ }).click();
  await expect(page.getByRole('menuitem', { name: 'Sign out' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menuitem', { name: 'Sign out' })).toHaveCount(0);

  // The board: dnd-kit's live region is there once the board runs in the browser.
  await openWithNonce(page, '/partners/board');
  await expect(page.locator('[id^="DndLiveRegion"]')).toBeAttached();
  expect(refusals).toEqual([]);
});

test('markup slipped into a page cannot run script', async ({ page }) => {
  const refusals = await watchForRefusals(page);
  await signIn(page, northgate.accounts.staff.email);
  await openWithNonce(page, '/partners');
  // What an injection would look like: markup with an inline handler, a script inside a frame's
  // document (which inherits the page's policy) and a javascript: link, none with the nonce.
  await page.evaluate(() => {
    document.body.insertAdjacentHTML(
      'beforeend',
      `<img alt="" src="data:," onerror="window.__injected = 'handler'">
       <iframe title="slipped" srcdoc="<script>parent.__injected = 'frame'</script>"></iframe>
       <a id="slipped-link" href="javascript:window.__injected = 'link'">slipped</a>`,
    );
  });
  await page.locator('#slipped-link').click();
  await expect.poll(() => refusals.length).toBeGreaterThanOrEqual(3);
  expect(await page.evaluate(() => (window as { __injected?: string }).__injected)).toBeUndefined();
});
