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

/**
 * Fails with the list of violations when axe finds any on the page as it is now. Label in name
 * (WCAG 2.5.3: a control's accessible name contains its visible text) is checked too: axe tags that
 * rule experimental and leaves it out unless asked.
 */
export async function expectNoAxeViolations(page: Page) {
  // After a client-side navigation Next.js streams the new page's metadata in after its content:
  // the title must arrive (it is checked here), then axe looks at the page as it settled.
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page })
    .options({ rules: { 'label-content-name-mismatch': { enabled: true } } })
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(summary, 'axe violations').toEqual([]);
}

/**
 * Fails when the page is wider than the window (it would scroll sideways), naming every box that
 * sticks out past an edge without an ancestor that clips or scrolls it. A box inside something that
 * scrolls sideways on purpose (a table, the board, the interview's step strip) is fine; so is one
 * cut off by an ancestor whose own box fits. Only ancestors that contain the box count: an absolute
 * box escapes every ancestor up to its positioned one (how the navigation's hidden "overdue" text
 * once made every page 228 px too wide, issue 15).
 */
export async function expectNoHorizontalOverflow(page: Page) {
  const found = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const fits = (box: DOMRect) => box.left >= -1 && box.right <= width + 1;
    // Does this ancestor contain boxes positioned `absolute` (or `fixed`) inside it?
    const holds = (style: CSSStyleDeclaration, fixed: boolean) =>
      (!fixed && style.position !== 'static') ||
      style.transform !== 'none' ||
      style.filter !== 'none' ||
      style.perspective !== 'none' ||
      /paint|layout|strict|content/.test(style.contain);
    const out: string[] = [];
    for (const element of document.body.querySelectorAll('*')) {
      const box = element.getBoundingClientRect();
      if ((box.width === 0 && box.height === 0) || fits(box)) continue;
      let position = getComputedStyle(element).position;
      let held = false;
      for (let a = element.parentElement; a && a !== document.documentElement; a = a.parentElement) {
        const style = getComputedStyle(a);
        const contains =
          position === 'absolute' ? holds(style, false) : position === 'fixed' ? holds(style, true) : true;
        if (!contains) continue;
        if (a !== document.body && style.overflowX !== 'visible' && fits(a.getBoundingClientRect())) {
          held = true;
          break;
        }
        position = style.position;
      }
      if (!held) {
        const name = `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}`;
        const text = (element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
        out.push(`${name} [${Math.round(box.left)}, ${Math.round(box.right)}] “${text}”`);
      }
    }
    return { scrollWidth: document.documentElement.scrollWidth, width, out: out.slice(0, 10) };
  });
  expect(found.out, `boxes wider than the ${found.width} px window`).toEqual([]);
  expect(found.scrollWidth, 'the page’s width').toBeLessThanOrEqual(found.width);
}
