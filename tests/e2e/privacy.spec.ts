import { expect, test } from '@playwright/test';
import { northgate } from './support/accounts';
import { expectNoAxeViolations, signIn, signOut } from './support/helpers';
import { privacyReferral as r } from './support/privacy-seed';

// PRODUCT.md's privacy promises as a person meets them in the browser (decision 0014); the privacy
// suite (tests/integration/privacy.test.ts) reads every page and export for every role.

test('a referral becomes a partner with only what was agreed: no suggester, how to reach them kept private', async ({
  page,
}) => {
  await signIn(page, northgate.accounts.staff.email);
  await page.goto('/interviews/referrals');
  const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: r.name }) });
  // The interviewee did not agree to be named and the referral may not say who suggested it.
  await expect(card).toContainText('Do not say who suggested them.');
  await expect(card).not.toContainText(r.interviewee);
  await card.getByRole('link', { name: `Make a partner of ${r.name}` }).click();

  await expect(page.getByRole('heading', { name: 'Add a partner', level: 1 })).toBeVisible();
  await expect(page.getByText(`Made from a referral: ${r.name}, suggested by an interviewee`)).toBeVisible();
  await expect(
    page.getByText(/will be added as a contact of the partner, with how to reach them/),
  ).toBeVisible();
  await expect(page.locator('main')).not.toContainText(r.interviewee);
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue(r.name);
  await expect(page.getByLabel(/^Description/)).toHaveValue('');
  await expect(page.getByLabel(/^What they want/)).toHaveValue('');
  await expect(page.getByLabel(/How we found them: note/)).toHaveValue(new RegExp(r.reason));
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Add partner' }).click();

  await expect(page.getByRole('heading', { name: r.name, level: 1 })).toBeVisible();
  const contacts = page.getByRole('region', { name: 'Contacts' });
  await expect(contacts).toContainText(r.name);
  await expect(contacts.getByRole('link', { name: r.email })).toBeVisible();
  await expect(contacts).toContainText(r.phone);
  const partnerUrl = page.url();
  await signOut(page);

  // A viewer reads the partner, never how to reach the person.
  await signIn(page, northgate.accounts.viewer.email);
  await page.goto(partnerUrl);
  await expect(page.getByRole('heading', { name: r.name, level: 1 })).toBeVisible();
  await expect(page.locator('main')).not.toContainText(r.email);
  await expect(page.locator('main')).not.toContainText(r.phone);
  await expect(page.getByText('Their email, phone and notes are shown to staff only.')).toBeVisible();
});

test('a manager forgets a person who asked: nothing of them is left to find, the record stays counted', async ({
  page,
}) => {
  const person = { name: 'Farida Forgotten', phone: '(425) 555-0177', street: '3 Lostway Lane' };
  await signIn(page, northgate.accounts.manager.email);
  await page.goto('/partners/new');
  await page.getByLabel('Name', { exact: true }).fill(person.name);
  await page.getByRole('radio', { name: /Individual/ }).check();
  await page.getByLabel(/^Address/).fill(`${person.street}, Everett, WA`);
  await page.getByLabel('How precisely to show it').selectOption('approximate');
  await page.getByLabel(/^Phone/).fill(person.phone);
  await page.getByRole('button', { name: 'Add partner' }).click();
  await expect(page.getByRole('heading', { name: person.name, level: 1 })).toBeVisible();

  await page.getByRole('button', { name: 'Forget this person…' }).click();
  const dialog = page.getByRole('alertdialog', { name: `Forget ${person.name}?` });
  await expect(dialog).toContainText('This cannot be undone.');
  await expectNoAxeViolations(page);
  await dialog.getByRole('button', { name: 'Forget this person' }).click();

  await expect(page.getByText(/The person is forgotten/)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'A person (removed)', level: 1 })).toBeVisible();
  await expect(page.locator('main')).not.toContainText(person.name);
  await expect(page.locator('main')).not.toContainText(person.street);
  await expect(page.getByRole('link', { name: 'Edit partner' })).toHaveCount(0);
  await expectNoAxeViolations(page);

  await page.goto(`/partners?archived=include&q=${encodeURIComponent('Farida')}`);
  await expect(page.getByText('No partners match.')).toBeVisible();
  await signOut(page);

  // Not even the audit log keeps who they were.
  await signIn(page, northgate.accounts.admin.email);
  await page.goto('/settings/audit');
  await expect(page.getByText('Forgot a person').first()).toBeVisible();
  await expect(page.locator('main')).not.toContainText(person.name);
  await expect(page.locator('main')).not.toContainText(person.street);
});
