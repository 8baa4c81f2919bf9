import { expect, test } from '@playwright/test';
import { hostAdmin } from './support/accounts';
import { ferndale, greenbank } from './support/consortium-seed';
import { expectNoAxeViolations, expectNoHorizontalOverflow, signIn } from './support/helpers';

// Decision 0025: a library system opts in to the consortium view, where the host sees sums with
// small counts suppressed; the host deletes a suspended system after typing its name.

test('an admin opts in; the host’s consortium view shows small counts as “fewer than 5”', async ({
  page,
}) => {
  await signIn(page, greenbank.admin.email);
  await page.goto('/settings/organization');
  const section = page.getByRole('region', { name: 'Consortium view' });
  const share = section.getByRole('checkbox', {
    name: 'Share aggregate figures with the consortium view of this service’s host',
  });
  await expect(share).not.toBeChecked();
  await share.check();
  await section.getByRole('button', { name: 'Save this choice' }).click();
  await expect(page.getByText('Your choice is saved.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Consortium view' }).getByRole('checkbox')).toBeChecked();
  await expectNoAxeViolations(page);
  await page.goto('/settings/audit');
  await expect(
    page.getByText('Changed whether the organization shares figures with the consortium view').first(),
  ).toBeVisible();
  await page.context().clearCookies();

  await signIn(page, hostAdmin.email);
  await expect(page).toHaveURL(/\/host$/);
  await page
    .getByRole('navigation', { name: 'Host console' })
    .getByRole('link', { name: 'Consortium' })
    .click();
  await expect(page.getByRole('heading', { name: 'Consortium', level: 1 })).toBeVisible();
  const headline = (term: string) =>
    page.locator('dt', { hasText: new RegExp(`^${term}$`) }).locator('xpath=following-sibling::dd[1]');
  // Greenbank alone (Ferndale is suspended): one system, three partners.
  await expect(headline('Library systems sharing')).toHaveText('fewer than 5');
  await expect(headline('Partners')).toHaveText('fewer than 5');
  const stages = page.getByRole('table', { name: 'Partners by relationship stage' });
  await expect(stages.getByRole('row', { name: /Connected/ }).getByRole('cell')).toHaveText('fewer than 5');
  await expect(stages.getByRole('row', { name: /Identified/ }).getByRole('cell')).toHaveText('0');
  const body = (await page.locator('main').textContent()) ?? '';
  for (const name of [...greenbank.partnerNames, greenbank.name, ferndale.name])
    expect(body).not.toContain(name);
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 360, height: 740 });
  await expectNoHorizontalOverflow(page);
  await expectNoAxeViolations(page);
});

test('the host deletes a suspended system after typing its name, and can cancel', async ({ page }) => {
  await signIn(page, hostAdmin.email);
  await expect(page).toHaveURL(/\/host$/);
  await page.getByRole('link', { name: ferndale.name, exact: true }).click();
  await expect(page.getByRole('heading', { name: ferndale.name, level: 1 })).toBeVisible();
  const deletion = page.getByRole('region', { name: 'Delete this system' });
  await expect(deletion.getByText(/last downloaded the full archive on Oct 5, 2026/)).toBeVisible();
  await expectNoAxeViolations(page);

  const confirm = deletion.getByLabel(`Type “${ferndale.name}” to confirm`);
  await confirm.fill('ferndale library');
  await deletion.getByRole('button', { name: 'Delete this system in 30 days' }).click();
  await expect(deletion.getByText('Type the library system’s name exactly as shown')).toBeVisible();
  await expect(confirm).toHaveValue('ferndale library');
  await expect(confirm).toHaveAttribute('aria-invalid', 'true');

  await confirm.fill(ferndale.name);
  await deletion.getByRole('button', { name: 'Delete this system in 30 days' }).click();
  await expect(page.getByText(/^To be deleted after /)).toBeVisible();
  await expect(deletion.getByRole('button', { name: 'Cancel the deletion' })).toBeVisible();
  // Reopening is not offered while the deletion stands.
  await expect(page.getByRole('button', { name: /^Reopen/ })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 360, height: 740 });
  await expectNoHorizontalOverflow(page);
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 1280, height: 720 });

  await page.getByRole('link', { name: '← All library systems' }).click();
  await expect(page.getByText('Scheduled the deletion of Ferndale Library')).toBeVisible();
  await expect(page.getByRole('rowheader', { name: /Ferndale Library/ })).toContainText('To be deleted');

  await page.getByRole('link', { name: ferndale.name, exact: true }).click();
  await page.getByRole('button', { name: 'Cancel the deletion' }).click();
  await expect(deletion.getByLabel(`Type “${ferndale.name}” to confirm`)).toBeVisible();
  await expect(page.getByText(/^To be deleted after /)).toHaveCount(0);

  // An open system offers no deletion.
  await page.goto('/host');
  await page.getByRole('link', { name: 'Westport Library', exact: true }).click();
  await expect(
    page
      .getByRole('region', { name: 'Delete this system' })
      .getByText('can be deleted only once it is suspended'),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: /Delete this system/ })).toHaveCount(0);
});
