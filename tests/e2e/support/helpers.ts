import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { e2ePassword } from './accounts';

export async function signIn(page: Page, email: string, password = e2ePassword) {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  // Done when the app lets them in, or the form says why not.
  await Promise.race([
    page.waitForURL((url) => !url.pathname.startsWith('/sign-in')),
    formAlert(page).waitFor(),
  ]);
}

export async function signOut(page: Page) {
  await page.getByRole('button', { name: /Account menu/ }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
}

/** The message a form shows (Next.js's route announcer is another role=alert, outside main). */
export function formAlert(page: Page) {
  return page.getByRole('main').getByRole('alert');
}

/** Fails with the list of violations when axe finds any on the page as it is now. */
export async function expectNoAxeViolations(page: Page) {
  // After a client-side navigation Next.js streams the new page's metadata in after its content:
  // the title must arrive (it is checked here), then axe looks at the page as it settled.
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(summary, 'axe violations').toEqual([]);
}
