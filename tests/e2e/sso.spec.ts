import { expect, type Page, test } from '@playwright/test';
import { ports, southport } from './support/accounts';
import { expectNoAxeViolations, expectNoHorizontalOverflow, signIn } from './support/helpers';
import { oidcClient, oidcPort, ssoOrganization } from './support/oidc';

// Single sign-on in the browser (decision 0027): an admin registers the stand-in OpenID Connect
// provider (tests/support/oidc-stand-in.ts, started by ./support/server.ts) in Settings, Sign-in; a
// new person types an email of the library's domain, is offered "Sign in with …", goes through the
// provider and back, and lands on the map with the default role.

const issuer = `http://127.0.0.1:${oidcPort(ports.app)}`;

async function atPhoneWidth(page: Page, name: string) {
  await page.screenshot({ path: `test-results/sso-${name}-desktop.png`, fullPage: true });
  await page.setViewportSize({ width: 360, height: 780 });
  await expectNoAxeViolations(page);
  await expectNoHorizontalOverflow(page);
  await page.screenshot({ path: `test-results/sso-${name}-360.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 800 });
}

test('an admin sets up the provider, and a new person signs in through it with the default role', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  await signIn(page, southport.accounts.admin.email);
  await page.goto('/settings/sign-in');
  await expect(page.getByRole('heading', { name: 'Your identity provider' })).toBeVisible();
  await expectNoAxeViolations(page);
  await atPhoneWidth(page, 'settings-empty');

  await page.getByRole('radio', { name: /Another provider/ }).check();
  await page.getByLabel('Issuer').fill(issuer);
  await page.getByLabel('Client ID').fill(oidcClient.clientId);
  await page.getByLabel('Client secret').fill(oidcClient.clientSecret);
  await page.getByLabel('Allowed email domains').fill(ssoOrganization.domain);
  await page.getByLabel('Role for new people').selectOption('viewer');
  await page.getByRole('button', { name: 'Save sign-in settings' }).click();
  await expect(page.getByText('Sign-in settings saved.')).toBeVisible();
  // The secret is never shown again.
  await page.reload();
  await expect(page.getByLabel('Client secret')).toHaveValue('');
  await expect(page.getByText('A secret is saved and is never shown again.')).toBeVisible();
  expect(await page.content()).not.toContain(oidcClient.clientSecret);

  await page.getByRole('button', { name: 'Test', exact: true }).click();
  await expect(page.getByText('The provider answered')).toBeVisible();
  await expect(page.getByText(`Found the provider ${issuer}.`)).toBeVisible();
  await expectNoAxeViolations(page);
  await atPhoneWidth(page, 'settings-tested');

  // Someone new, in a browser of their own.
  const context = await browser.newContext();
  const visitor = await context.newPage();
  await visitor.goto('/sign-in');
  await expectNoAxeViolations(visitor);
  await visitor.getByLabel('Email').fill(`new.person@${ssoOrganization.domain}`);
  const button = visitor.getByRole('button', { name: `Sign in with ${ssoOrganization.name}` });
  await expect(button).toBeVisible();
  await expectNoAxeViolations(visitor);
  await atPhoneWidth(visitor, 'sign-in');
  await button.click();
  await expect(visitor).toHaveURL(/\/map(\?|$)/);
  await visitor.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
  await expect(visitor.getByText('Viewer', { exact: true })).toBeVisible();
  await context.close();

  // The admin sees them in the log: a membership made by single sign-on, and the sign-in.
  await page.goto('/settings/audit');
  await expect(page.getByText('Added staff member').first()).toBeVisible();
  await expect(page.getByText(`new.person@${ssoOrganization.domain}`).first()).toBeAttached();
});

test('an email outside the library’s domains is offered no provider, and a refusal is explained', async ({
  page,
}) => {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill('someone@elsewhere.test');
  await page.waitForTimeout(800);
  await expect(page.getByRole('button', { name: /Sign in with/ })).toHaveCount(0);
  await page.goto('/sign-in?sso=outside_domains');
  await expect(page.getByText('does not accept for Partner Atlas')).toBeVisible();
  await expectNoAxeViolations(page);
});

test('with approval first, a new person waits, and an admin lets them in from Settings, Sign-in', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  await signIn(page, southport.accounts.admin.email);
  await page.goto('/settings/sign-in');
  await page.getByRole('radio', { name: /An admin approves them first/ }).check();
  await page.getByRole('button', { name: 'Save sign-in settings' }).click();
  await expect(page.getByText('Sign-in settings saved.')).toBeVisible();

  const context = await browser.newContext();
  const visitor = await context.newPage();
  const email = `waiting.person@${ssoOrganization.domain}`;
  await visitor.goto('/sign-in');
  await visitor.getByLabel('Email').fill(email);
  await visitor.getByRole('button', { name: `Sign in with ${ssoOrganization.name}` }).click();
  await expect(visitor.getByText('waiting for an admin of your library system')).toBeVisible();
  await expect(visitor).toHaveURL(/\/sign-in\?sso=pending/);
  await expectNoAxeViolations(visitor);

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Waiting for approval' })).toBeVisible();
  await expect(page.getByText(email)).toBeVisible();
  await expectNoAxeViolations(page);
  await atPhoneWidth(page, 'settings-waiting');
  await page.getByRole('button', { name: 'Approve waiting.person' }).click();
  await expect(page.getByText('waiting.person is now a member.')).toBeVisible();

  await visitor.getByLabel('Email').fill(email);
  await visitor.getByRole('button', { name: `Sign in with ${ssoOrganization.name}` }).click();
  await expect(visitor).toHaveURL(/\/map(\?|$)/);
  await context.close();
});
