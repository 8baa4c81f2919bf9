import { expect, type Locator, type Page } from '@playwright/test';
import { signIn } from './helpers';

// The map page as the browser tests read it (tests/e2e/map.spec.ts).

export function partnerList(page: Page) {
  return page.getByRole('complementary', { name: 'Partner list' });
}

export function listStatus(page: Page) {
  return partnerList(page).getByRole('status');
}

export async function openMap(page: Page, email: string, path = '/map') {
  await signIn(page, email);
  await expect(page).not.toHaveURL(/sign-in/);
  await page.goto(path);
}

export async function listedNames(page: Page) {
  return partnerList(page)
    .getByRole('list')
    .first()
    .getByRole('button')
    .evaluateAll((buttons) => buttons.map((b) => b.querySelector('span span')?.textContent ?? ''));
}

export async function pinIsOnTop(pin: Locator) {
  return pin.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return top !== null && element.contains(top);
  });
}
