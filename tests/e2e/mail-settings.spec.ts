import { expect, test } from '@playwright/test';
import { startSmtpStandIn } from '../support/smtp-stand-in';
import { northgate } from './support/accounts';
import { expectNoAxeViolations, expectNoHorizontalOverflow, signIn } from './support/helpers';

// Settings, Mail (issue 17): an admin points the library at its own mail server (an SMTP stand-in
// this test starts), sends a test message that arrives, and reads a clear refusal when the server
// is not there. The page passes axe and fits a phone.

test('an admin sets the library’s mail server and sends a test message', async ({ page }) => {
  test.setTimeout(120_000);
  const smtp = await startSmtpStandIn();
  try {
    await signIn(page, northgate.accounts.admin.email);
    await expect(page).toHaveURL(/\/map(\?|$)/);
    await page.goto('/settings/organization');
    await page.getByRole('navigation', { name: 'Settings' }).getByRole('link', { name: 'Mail' }).click();
    await expect(page.getByRole('heading', { name: 'Mail', level: 1 })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByRole('radio', { name: /Your library’s own server/ }).check();
    await page.getByRole('textbox', { name: 'Host' }).fill('127.0.0.1');
    await page.getByRole('textbox', { name: 'Port' }).fill(String(smtp.port));
    await page.getByRole('combobox', { name: 'Security' }).selectOption('none');
    await page.getByRole('textbox', { name: 'From' }).fill('Northgate Atlas <atlas@northgate.test>');
    await page.getByRole('button', { name: 'Save mail settings' }).click();
    await expect(page.getByText('Mail settings saved.')).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Send a test message' }).click();
    await expect(
      page.getByText(`Sent to ${northgate.accounts.admin.email} through 127.0.0.1.`),
    ).toBeVisible();
    expect(smtp.messages.at(-1)?.to).toEqual([northgate.accounts.admin.email]);

    // The server goes away: the admin reads why.
    await smtp.close();
    await page.getByRole('button', { name: 'Send a test message' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'The test message was not sent' })).toContainText(
      'Could not talk to the mail server at 127.0.0.1',
    );

    await page.setViewportSize({ width: 360, height: 800 });
    await page.reload();
    await expectNoAxeViolations(page);
    await expectNoHorizontalOverflow(page);
  } finally {
    await smtp.close().catch(() => undefined);
    // Leave the library on the deployment's server for the other tests.
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/settings/mail');
    await page.getByRole('radio', { name: /The server Partner Atlas is set up with/ }).check();
    await page.getByRole('button', { name: 'Save mail settings' }).click();
    await expect(page.getByText('Mail settings saved.')).toBeVisible();
  }
});
