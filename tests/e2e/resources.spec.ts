import { expect, test } from '@playwright/test';
import { northgate, southport } from './support/accounts';
import { expectNoAxeViolations, formAlert, signIn } from './support/helpers';
import { northgatePartners } from './support/seed';

const webinarTitle = 'Building Community Relationships for Better Library Services';

test('a newcomer finds the webinar on Resources, by search and by topic, and it opens in a new tab', async ({
  page,
}) => {
  await signIn(page, northgate.accounts.staff.email);
  await page.goto('/');
  await expect(page.getByRole('heading', { name: /Welcome/, level: 1 })).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Resources' }).click();
  await expect(page.getByRole('heading', { name: 'Resources', level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: /Getting started/, level: 2 })).toBeVisible();
  // Staff read; only managers and admins add or hide.
  await expect(page.getByRole('link', { name: 'Add a resource' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /Hide for our library/ })).toHaveCount(0);

  await page.getByRole('searchbox', { name: 'Search', exact: true }).fill('webinar');
  await page.getByRole('button', { name: 'Show resources' }).click();
  await expect(page).toHaveURL(/\/resources\?q=webinar$/);
  await expect(page.getByRole('status').filter({ hasText: /resources match/ })).toBeVisible();
  const webinar = page.getByRole('link', { name: `${webinarTitle} (opens in a new tab)`, exact: true });
  await expect(webinar).toBeVisible();
  await expect(webinar).toHaveAttribute('target', '_blank');
  await expect(webinar).toHaveAttribute('rel', 'noopener noreferrer');
  await expect(webinar).toHaveAttribute('href', /^https:\/\/www\.webjunction\.org\//);
  await expect(
    page.getByRole('heading', { name: 'Four Thousand Weeks: Time Management for Mortals' }),
  ).toHaveCount(0);

  // The asset-mapping worksheet has no known address: it is listed, never linked.
  await page.goto('/resources');
  await page.getByLabel('Topic', { exact: true }).selectOption({ label: 'Asset mapping' });
  await page.getByRole('button', { name: 'Show resources' }).click();
  await expect(page).toHaveURL(/topic=asset-mapping/);
  const worksheet = page.getByRole('article', { name: /Brainstorm Community Partners/ });
  await expect(worksheet).toBeVisible();
  await expect(worksheet.getByRole('link', { name: /Brainstorm Community Partners/ })).toHaveCount(0);
  await expect(worksheet.getByText('No web address on file')).toBeVisible();
  await expectNoAxeViolations(page);
});

test('an admin adds the library’s own partnership policy; it shows for them and never for another library', async ({
  page,
  browser,
}) => {
  await signIn(page, northgate.accounts.admin.email);
  await page.goto('/resources');
  await page.getByRole('link', { name: 'Add a resource' }).click();
  await expect(page.getByRole('heading', { name: 'Add a resource', level: 1 })).toBeVisible();

  // A mistake is explained beside the field, and what was typed stays.
  await page.getByLabel('Web address').fill('javascript:alert(1)');
  await page.getByLabel('Summary').fill('What we promise partners and who signs.');
  await page.getByRole('button', { name: 'Add resource' }).click();
  await expect(formAlert(page)).toContainText('Some fields need attention');
  await expect(page.getByText('Enter the resource’s title.')).toBeVisible();
  await expect(page.getByText(/^Enter a web address starting with https:\/\//)).toBeVisible();
  await expect(page.getByLabel('Summary')).toHaveValue('What we promise partners and who signs.');

  await page.getByLabel('Title').fill('Northgate partnership policy');
  await page.getByLabel('Web address').fill('https://northgate.example.org/policies/partners');
  await page.getByLabel('Creator').fill('Northgate Library board');
  await page.getByLabel('Year').fill('2024');
  await page.getByLabel('Kind').selectOption({ label: 'Our own document' });
  await page.getByRole('checkbox', { name: 'Partnerships' }).check();
  await page.getByLabel('When it helps most').selectOption({ label: 'Keeping partnerships going' });
  await page.getByRole('button', { name: 'Add resource' }).click();

  await expect(page.getByText('Your resource is added.')).toBeVisible();
  const policy = page.getByRole('article', { name: /Northgate partnership policy/ });
  await expect(policy).toBeVisible();
  await expect(policy.getByText('Added by your library')).toBeVisible();
  await expect(
    page.getByRole('region', { name: /Keeping partnerships going/ }).getByRole('article', {
      name: /Northgate partnership policy/,
    }),
  ).toBeVisible();

  // It sits beside the work too: the partner page suggests it.
  await page.goto(`/partners/${northgatePartners.market.id}`);
  await expect(page.getByRole('region', { name: 'Learn more: Partnerships' })).toContainText(
    'Northgate partnership policy',
  );

  // Another library never sees it.
  const other = await (await browser.newContext()).newPage();
  await signIn(other, southport.accounts.admin.email);
  await other.goto('/resources?q=Northgate');
  await expect(other.getByText('Nothing matches.')).toBeVisible();
  await other.goto('/resources');
  await expect(other.getByText('Northgate partnership policy')).toHaveCount(0);

  // Hiding a built-in resource for the library, and bringing it back.
  await page.goto('/resources?q=chat%20log');
  await page.getByRole('button', { name: /Hide for our library.*chat log/ }).click();
  await expect(page.getByText('The resource is hidden for your library.')).toBeVisible();
  const hidden = page.getByRole('region', { name: /^Hidden/ });
  await expect(hidden).toContainText('chat log (XLS)');
  await hidden.getByRole('button', { name: /Show again/ }).click();
  await expect(page.getByText('The resource is back in your library’s list.')).toBeVisible();
  await expect(page.getByRole('region', { name: /^Hidden/ })).toHaveCount(0);

  // Removing it again, after confirming.
  await page.goto('/resources?q=policy');
  await page.getByRole('button', { name: /Remove Northgate partnership policy/ }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Remove resource' }).click();
  await expect(page.getByText('The resource is removed.')).toBeVisible();
});

test('a Learn more panel on the map can be closed and stays closed, until brought back from Resources', async ({
  page,
}) => {
  await signIn(page, northgate.accounts.manager.email);
  await page.goto('/map');
  const panel = page.getByRole('group', { name: 'Learn more: Asset mapping and relationship building' });
  await expect(panel).toBeVisible();
  await panel.getByText('show suggestions').click();
  await expect(panel.getByRole('link', { name: /ConnectedLib Toolkit.*opens in a new tab/ })).toBeVisible();
  await expectNoAxeViolations(page);

  await panel.getByRole('button', { name: 'Hide these suggestions' }).click();
  await expect(panel).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Map of partners' })).toBeAttached();
  await expect(page.getByRole('group', { name: /Learn more/ })).toHaveCount(0);

  await page.goto('/resources');
  await expect(page.getByText('You hid them on the map.')).toBeVisible();
  await page.getByRole('button', { name: 'Show them again' }).click();
  await expect(page.getByText('The Learn more suggestions you hid are back.')).toBeVisible();
  await page.goto('/map');
  await expect(page.getByRole('group', { name: /Learn more/ })).toBeVisible();
});
