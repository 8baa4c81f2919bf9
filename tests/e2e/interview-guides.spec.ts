import { expect, test } from '@playwright/test';
import { northgate } from './support/accounts';
import { usedGuide } from './support/guides-seed';
import { expectNoAxeViolations, formAlert, signIn } from './support/helpers';

test('a manager writes a guide with two sections, reorders a question by keyboard, and finds it listed', async ({
  page,
}) => {
  await signIn(page, northgate.accounts.manager.email);
  await page.goto('/interviews/guides');
  await expect(page.getByRole('heading', { name: 'Interview guides', level: 1 })).toBeVisible();
  await expect(
    page.getByRole('link', { name: 'Community Leader Interview Guide', exact: true }),
  ).toBeVisible();
  await page.getByRole('link', { name: 'New guide' }).click();
  await expect(page.getByRole('heading', { name: 'New interview guide', level: 1 })).toBeVisible();

  await page.getByLabel('Name', { exact: true }).fill('Storytime Families Guide');
  const first = page.getByRole('region', { name: /^Section 1/ });
  await first.getByLabel('Section title').fill('Families');
  await first
    .getByRole('group', { name: 'Question 1' })
    .getByLabel('Question', { exact: true })
    .fill('Who comes with you?');
  await first.getByRole('button', { name: 'Add a question to section 1' }).click();
  // The new question's first field takes focus, so typing goes straight into it.
  await page.keyboard.type('What time of day suits you?');
  await expect(
    first.getByRole('group', { name: 'Question 2' }).getByLabel('Question', { exact: true }),
  ).toHaveValue('What time of day suits you?');

  await page.getByRole('button', { name: 'Add a section' }).click();
  await page.keyboard.type('Programs');
  const second = page.getByRole('region', { name: /^Section 2/ });
  const listQuestion = second.getByRole('group', { name: 'Question 1' });
  await listQuestion.getByLabel('Question', { exact: true }).fill('How do you hear about storytime?');
  await listQuestion.getByLabel('Answer').selectOption({ label: 'One of a list' });
  await listQuestion.getByLabel('Option 1').fill('Flyers');

  // An empty option is refused beside the options, and nothing typed is lost.
  await page.getByRole('button', { name: 'Create guide' }).click();
  await expect(formAlert(page).first()).toContainText('Some fields need attention.');
  await expect(listQuestion.getByText('Fill in or remove the empty option.')).toBeVisible();
  await expect(page.getByRole('link', { name: /Section 2, question 1, options/ })).toBeVisible();
  await expect(listQuestion.getByLabel('Option 1')).toHaveValue('Flyers');
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Storytime Families Guide');
  await expectNoAxeViolations(page);
  await listQuestion.getByLabel('Option 2').fill('Friends');

  // Move the second question up by keyboard: focus follows it, and the move is announced.
  await first.getByRole('button', { name: 'Move up question 2 of section 1' }).focus();
  await page.keyboard.press('Enter');
  await expect(
    first.getByRole('group', { name: 'Question 1' }).getByLabel('Question', { exact: true }),
  ).toHaveValue('What time of day suits you?');
  // At the top, "Move up" is disabled, so focus stays on the moved question by its other button.
  await expect(first.getByRole('button', { name: 'Move down question 1 of section 1' })).toBeFocused();
  await expect(
    page.getByText('Question “What time of day suits you?” moved to position 1 of 2.'),
  ).toBeAttached();

  await page.getByRole('button', { name: 'Create guide' }).click();
  await expect(page.getByRole('heading', { name: 'Interview guides', level: 1 })).toBeVisible();
  await expect(page.getByRole('main').getByRole('status')).toContainText(
    '“Storytime Families Guide” was created',
  );
  await expect(page.getByRole('link', { name: 'Storytime Families Guide', exact: true })).toBeVisible();

  await page.getByRole('link', { name: 'Print Storytime Families Guide' }).click();
  const questions = page.locator('[data-print-guide] ol > li > p:first-child');
  await expect(questions).toHaveText([
    /What time of day suits you\?/,
    /Who comes with you\?/,
    /How do you hear about storytime\?/,
  ]);
});

test('editing a guide that was used makes version 2, and the past version prints as it was', async ({
  page,
}) => {
  await signIn(page, northgate.accounts.admin.email);
  await page.goto('/interviews/guides');
  await page.getByRole('link', { name: `Edit ${usedGuide.name}` }).click();
  await expect(page.getByText('Saving makes version 2')).toBeVisible();
  await page
    .getByRole('group', { name: 'Question 1' })
    .getByLabel('Question', { exact: true })
    .fill('Where do teens go after school?');
  await page.getByRole('button', { name: 'Save guide' }).click();
  await expect(page.getByRole('main').getByRole('status')).toContainText('was saved as version 2');

  await page.getByRole('link', { name: `Print ${usedGuide.name}` }).click();
  await expect(page.getByText('Where do teens go after school?')).toBeVisible();
  await expect(page.getByText(usedGuide.firstQuestion)).toHaveCount(0);
  await page
    .getByRole('navigation', { name: 'Versions of this guide' })
    .getByRole('link', { name: /^1/ })
    .click();
  await expect(page.getByText('This is version 1')).toBeVisible();
  await expect(page.getByText(usedGuide.firstQuestion)).toBeVisible();
  await expect(page.getByText('Where do teens go after school?')).toHaveCount(0);
});

test('the printed guide shows its questions, consent and referral table, and no navigation or buttons', async ({
  page,
}) => {
  await signIn(page, northgate.accounts.viewer.email);
  await page.goto('/interviews/guides');
  await expect(page.getByRole('link', { name: 'New guide' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: /^Edit / })).toHaveCount(0);
  await page.getByRole('link', { name: 'Print Community Leader Interview Guide' }).click();
  await expect(page.getByRole('button', { name: 'Print' })).toBeVisible();

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
  await expect(page.getByRole('link', { name: '← Interview guides' })).toBeHidden();
  const sheet = page.locator('[data-print-guide]');
  await expect(
    sheet.getByRole('heading', { name: 'Community Leader Interview Guide', level: 1 }),
  ).toBeVisible();
  await expect(sheet.getByText('Notes of this conversation may be kept.')).toBeVisible();
  await expect(sheet.getByText('What do you hope for your community over the next few years?')).toBeVisible();
  await expect(sheet.getByRole('columnheader', { name: 'How to reach them' })).toBeVisible();
  const pdf = await page.pdf({ format: 'Letter' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  expect(pdf.length).toBeGreaterThan(10_000);
});

test('staff read guides but cannot write them', async ({ page }) => {
  await signIn(page, northgate.accounts.staff.email);
  await page.goto('/interviews/guides/new');
  await expect(
    page.getByRole('heading', { name: 'You don’t have access to writing interview guides' }),
  ).toBeVisible();
  await page.goto(`/interviews/guides/${usedGuide.id}/edit`);
  await expect(page.getByRole('heading', { name: /You don’t have access/ })).toBeVisible();
});

test('a manager retires a guide after confirming, and restores it', async ({ page }) => {
  await signIn(page, northgate.accounts.manager.email);
  await page.goto('/interviews/guides');
  await page.getByRole('button', { name: `Retire… ${usedGuide.name}` }).click();
  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toContainText('keep it, with the questions they were asked');
  await dialog.getByRole('button', { name: 'Retire' }).click();
  await expect(page.getByRole('main').getByRole('status')).toContainText('was retired');
  const retired = page.getByRole('list', { name: 'Retired guides' });
  await expect(retired.getByRole('link', { name: usedGuide.name, exact: true })).toBeVisible();
  await expect(retired.getByText('Retired', { exact: true })).toBeVisible();
  await expectNoAxeViolations(page);

  await retired.getByRole('button', { name: `Restore… ${usedGuide.name}` }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByRole('main').getByRole('status')).toContainText('was restored');
  await expect(page.getByRole('list', { name: 'Retired guides' })).toHaveCount(0);
});
