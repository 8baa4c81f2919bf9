import { expect, type Page, test } from '@playwright/test';
import { northgate } from './support/accounts';
import { expectNoAxeViolations, signIn } from './support/helpers';
import { northgatePartners as np } from './support/seed';
import { northgateFollowUps as fu } from './support/seed-relationships';

// Relationships over time, as staff use them: contacts on the timeline, stage moves with their
// history, the board by keyboard, follow-ups done and snoozed, and health in the list and map.

async function asStaff(page: Page, path: string) {
  await signIn(page, northgate.accounts.staff.email);
  await expect(page).not.toHaveURL(/sign-in/);
  await page.goto(path);
}

test('logging a contact puts it on the timeline and warms the relationship', async ({ page }) => {
  await asStaff(page, `/partners/${np.garden.id}`);
  await expect(page.getByRole('main').getByText('No contact logged yet')).toBeVisible();
  await page.getByRole('button', { name: 'Log a call, meeting or visit' }).click();
  const form = page.getByRole('form', { name: 'Log a call, meeting or visit' });
  await form.getByLabel('Kind', { exact: true }).selectOption({ label: 'Phone call' });
  await expect(form.getByRole('checkbox', { name: northgate.accounts.staff.name })).toBeChecked();
  await form.getByLabel('Note').fill('Talked about a library stall at the Saturday market.');
  // A follow-up needs all three parts: the refusal says so beside the field and keeps the note.
  await form.getByRole('textbox', { name: /^What\b/ }).fill('Send the stall booking form');
  await form.getByRole('button', { name: 'Log it' }).click();
  await expect(form.getByText('Say by when it should be done.')).toBeVisible();
  await expect(form.getByLabel('Note')).toHaveValue('Talked about a library stall at the Saturday market.');
  await form.getByLabel('By when').fill('2099-01-15');
  await form.getByRole('button', { name: 'Log it' }).click();

  const timeline = page.getByRole('list', { name: 'Timeline, newest first' });
  await expect(timeline).toContainText('Phone call');
  await expect(timeline).toContainText('Talked about a library stall at the Saturday market.');
  await expect(page.getByRole('main').getByText('Warm: last contact today')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Open follow-ups' })).toContainText(
    'Send the stall booking form',
  );

  // Removing it takes the partner back to no contact.
  await timeline.getByRole('button', { name: /^Remove Phone call/ }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Remove from the timeline' }).click();
  // The timeline keeps the partner's stage history (seeded for the dashboard), not the call.
  await expect(timeline).not.toContainText('Phone call');
  await expect(page.getByRole('main').getByText('No contact logged yet')).toBeVisible();
});

test('changing a stage asks for a note and adds it to the stage history', async ({ page }) => {
  await asStaff(page, `/partners/${np.seniors.id}`);
  await page.getByRole('button', { name: 'Change stage…' }).click();
  const dialog = page.getByRole('alertdialog');
  await dialog.getByLabel('New stage').selectOption({ label: 'Ended' });
  await dialog.getByRole('button', { name: 'Change stage' }).click();
  await expect(dialog.getByText('Say briefly why the relationship ended.')).toBeVisible();
  await dialog.getByLabel('New stage').selectOption({ label: 'Connected' });
  await dialog.getByLabel('Note').fill('Met the club president at the senior fair.');
  await dialog.getByRole('button', { name: 'Change stage' }).click();
  await expect(dialog).toHaveCount(0);
  const history = page.getByRole('list', { name: 'Stage history, newest first' });
  await expect(history.getByRole('listitem').first()).toContainText(/Reached out →\s*(to\s*)?Connected/);
  await expect(history.getByRole('listitem').first()).toContainText(
    'Met the club president at the senior fair.',
  );
  await expect(history.getByRole('listitem').first()).toContainText(northgate.accounts.staff.name);
  await expect(page.getByRole('main').getByText('Connected', { exact: true }).first()).toBeVisible();
});

test('a card moves on the board by keyboard alone', async ({ page }) => {
  await asStaff(page, '/partners/board');
  const identified = page.getByRole('region', { name: /^Identified/ });
  const reachedOut = page.getByRole('region', { name: /^Reached out/ });
  await expect(identified).toContainText(np.garden.name);
  const handle = page.getByRole('button', { name: `Drag ${np.garden.name} to another stage` });
  // The board's announcements (dnd-kit's live region, there once the board is running in the
  // browser): each key is pressed after the last one has taken effect, as a person hearing them would.
  const announced = page.locator('[id^="DndLiveRegion"]');
  await expect(announced).toBeAttached();
  await handle.focus();
  await page.keyboard.press('Space');
  // "Picked up …", then at once where it is.
  await expect(announced).toHaveText(
    new RegExp(`^(Picked up ${np.garden.name}|${np.garden.name} is over Identified)\\.$`),
  );
  await page.keyboard.press('ArrowRight');
  await expect(announced).toHaveText(`${np.garden.name} is over Reached out.`);
  await page.keyboard.press('Space');
  const dialog = page.getByRole('alertdialog', { name: `Move ${np.garden.name} to Reached out?` });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Note').fill('Left a note with the garden coordinator.');
  await dialog.getByRole('button', { name: 'Move to Reached out' }).click();
  await expect(page.getByText(`${np.garden.name} moved to Reached out.`)).toBeVisible();
  await expect(reachedOut).toContainText(np.garden.name);
  await expect(identified).not.toContainText(np.garden.name);

  // The card's menu does the same without dragging.
  await page.getByRole('button', { name: `Move to… ${np.garden.name}` }).click();
  await page.getByRole('menuitem', { name: 'Connected' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Move to Connected' }).click();
  await expect(page.getByRole('region', { name: /^Connected/ })).toContainText(np.garden.name);
});

test('follow-ups: the overdue count, marking one done and snoozing another', async ({ page }) => {
  await asStaff(page, '/follow-ups');
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'My follow-ups 1 overdue' })).toBeVisible();
  const overdue = page.getByRole('list', { name: 'Overdue' });
  await expect(overdue).toContainText(fu.overdue);
  await overdue.getByRole('button', { name: new RegExp(`^Mark done\\W+${fu.overdue}`) }).click();
  await expect(page.getByText(`Done: “${fu.overdue}”.`)).toBeVisible();
  await expect(page.getByRole('list', { name: 'Done in the last two weeks' })).toContainText(fu.overdue);
  await expect(page.getByText('Nothing overdue.')).toBeVisible();
  await expect(nav.getByRole('link', { name: 'My follow-ups' })).toHaveAccessibleName('My follow-ups');

  const week = page.getByRole('list', { name: 'This week' });
  await week.getByRole('button', { name: new RegExp(`^Snooze\\W+${fu.thisWeek}`) }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Snooze this follow-up' });
  await dialog.getByRole('radio', { name: /A week later/ }).check();
  await dialog.getByRole('button', { name: 'Snooze' }).click();
  await expect(page.getByText(new RegExp(`Snoozed “${fu.thisWeek}” until`))).toBeVisible();
  const later = page.getByRole('list', { name: 'Later' });
  await expect(later).toContainText(fu.thisWeek);
  await expect(later).toContainText('first due');
});

test('health is in the list, filters the list and the map, and shows in the popup', async ({ page }) => {
  await asStaff(page, '/partners?health=cold');
  await expect(page.getByRole('status').filter({ hasText: 'match these filters' })).toHaveText(
    '1 partner match these filters',
  );
  await expect(page.getByRole('main')).toContainText(np.bookClub.name);
  // The server was seeded at start-up: a run that crosses midnight (UTC) reads one day more.
  await expect(page.getByRole('main')).toContainText(/Cold\s*·\s*12[01] days ago/);

  await page.goto('/map');
  await page.locator('summary', { hasText: 'Health' }).click();
  await page.getByRole('checkbox', { name: 'Cooling' }).check();
  const list = page.getByRole('complementary', { name: 'Partner list' });
  await expect(list.getByRole('status')).toHaveText('1 partner in view');
  await expect(page).toHaveURL(/[?&]health=cooling/);
  await page.keyboard.press('Escape');
  await list.getByRole('button', { name: new RegExp(np.school.name) }).click();
  await expect(page.locator('.leaflet-popup')).toContainText(/Cooling: last contact 6[01] days ago/);
});

test('a viewer reads the timeline but has no follow-ups page and no buttons to change things', async ({
  page,
}) => {
  await signIn(page, northgate.accounts.viewer.email);
  await page.goto(`/partners/${np.teen.id}`);
  await expect(page.getByRole('list', { name: 'Timeline, newest first' })).toContainText(
    'Met the director about a teen survey.',
  );
  await expect(page.getByRole('button', { name: 'Log a call, meeting or visit' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Log a call, meeting or visit' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Change stage…' })).toHaveCount(0);
  await expect(
    page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /follow-ups/ }),
  ).toHaveCount(0);
  await page.goto('/follow-ups');
  await expect(page.getByRole('heading', { name: 'You don’t have access to follow-ups' })).toBeVisible();
  await page.goto('/partners/board');
  await expect(page.getByRole('button', { name: /^Drag / })).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test('one form logs a call and moves the stage on, offering the next step, never a step back', async ({
  page,
}) => {
  await asStaff(page, '/partners/new');
  await page.getByLabel('Name', { exact: true }).fill('Eastside Chess Club');
  await page.getByRole('radio', { name: /Association/ }).check();
  await page.getByRole('button', { name: 'Add partner' }).click();
  await expect(page.getByRole('heading', { name: 'Eastside Chess Club', level: 1 })).toBeVisible();

  // The stage dialog offers the next step on the path, not "Identified" again or a step back.
  await page.getByRole('button', { name: 'Change stage…' }).click();
  await expect(page.getByRole('alertdialog').getByLabel('New stage')).toHaveValue('reached_out');
  await page.getByRole('alertdialog').getByRole('button', { name: 'Cancel' }).click();

  // The shortcut at the top of the page (on a phone, screens above the timeline) opens the form there.
  await page.getByRole('link', { name: 'Log a call, meeting or visit' }).click();
  const form = page.getByRole('form', { name: 'Log a call, meeting or visit' });
  await form.getByLabel('Kind', { exact: true }).selectOption({ label: 'Phone call' });
  await form.getByLabel('Note').fill('Called the club captain; they want to meet.');
  await form.getByRole('checkbox', { name: /This moved Eastside Chess Club on from Identified/ }).check();
  await expect(form.getByLabel('New stage')).toHaveValue('reached_out');
  await expectNoAxeViolations(page);
  await form.getByRole('button', { name: 'Log it' }).click();

  await expect(
    page.getByText('It is on the timeline, and Eastside Chess Club is now at Reached out.'),
  ).toBeVisible();
  await expect(page.getByRole('main').getByText('Warm: last contact today')).toBeVisible();
  const history = page.getByRole('list', { name: 'Stage history, newest first' });
  await expect(history.getByRole('listitem').first()).toContainText(/Identified →\s*(to\s*)?Reached out/);
  await expect(history.getByRole('listitem').first()).toContainText('Called the club captain');
});
