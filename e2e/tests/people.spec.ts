// People: an admin invites someone by a one-time link; they choose a password
// and sign in; the admin disables them and their open page must sign in again
// (and cannot); the history shows both changes. Support sees no People page.
import { expect, test } from '@playwright/test';
import { expectNoSidewaysScroll, signIn } from './support';

test('an admin invites, the invitee chooses a password and signs in, then is disabled mid-session', async ({ page, browser }) => {
  const email = `nia-${Date.now()}@example.com`;
  await signIn(page, 'admin');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' }).click();
  await expect(page.getByRole('heading', { name: 'People', level: 1 })).toBeVisible();

  const invite = page.getByRole('form', { name: 'Invite someone' });
  await invite.getByLabel('Email').fill(email);
  await invite.getByLabel('Name').fill('Nia New');
  await invite.getByLabel('Role').selectOption('manager');
  await invite.getByRole('button', { name: 'Invite and make a link' }).click();
  const linkBox = page.getByLabel(`One-time link for ${email}`);
  await expect(linkBox).toBeVisible();
  const url = await linkBox.inputValue();
  expect(url).toMatch(/\/welcome\/[A-Za-z0-9_-]{20,}$/);
  const peopleTable = page.getByRole('table', { name: 'People who sign in' });
  await expect(peopleTable.getByRole('row', { name: /Nia New/ })).toContainText('Invited');

  // the invitee, in a browser of their own
  const theirs = await browser.newContext();
  const nia = await theirs.newPage();
  await nia.goto(url);
  await expect(nia.getByText('Welcome, Nia New.')).toBeVisible();
  await nia.getByLabel('New password').fill('nia chooses this one');
  await nia.getByLabel('The same password again').fill('nia chooses this one');
  await nia.getByRole('button', { name: 'Set my password' }).click();
  await expect(nia.getByText('Your password is set. Sign in with it now.')).toBeVisible();
  await nia.getByLabel('Password', { exact: true }).fill('nia chooses this one');
  await nia.getByRole('button', { name: /^sign in$/i }).click();
  await expect(nia).toHaveURL(/\/auto-receptionists/);
  // a manager: no People in the navigation
  await expect(nia.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' })).toHaveCount(0);

  // the admin disables Nia
  await page.reload();
  const row = peopleTable.getByRole('row', { name: /Nia New/ });
  await expect(page.getByRole('table', { name: 'Open sessions' }).getByRole('row', { name: /Nia New/ })).toBeVisible();
  await expect(row).toContainText('Can sign in');
  await row.getByRole('button', { name: 'Disable Nia New' }).click();
  const dialog = page.getByRole('dialog', { name: 'Disable Nia New?' });
  await expect(dialog).toContainText('Their open session ends.');
  await dialog.getByRole('button', { name: 'Disable' }).click();
  await expect(row).toContainText('Disabled');

  // Nia's next request is refused: the page asks her to sign in, and her password no longer works
  await nia.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Holiday calendar' }).click();
  const again = nia.getByRole('dialog');
  await expect(again).toContainText('Sign in again to carry on.');
  await again.getByLabel('Password').fill('nia chooses this one');
  await again.getByRole('button', { name: /^sign in$/i }).click();
  await expect(again).toContainText("That email and password don't match.");
  await theirs.close();

  // the history shows who did it
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'History' }).click();
  await expect(page.getByRole('article').filter({ hasText: 'Nia New' }).first()).toContainText('admin@example.com changed the access of it');
  await expect(page.getByRole('article').filter({ hasText: 'Nia New' }).nth(1)).toContainText('nia-');
  await expectNoSidewaysScroll(page, 'history with people changes');
});

test('support sees no People page and no link to it', async ({ page }) => {
  await signIn(page, 'support');
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' })).toHaveCount(0);
  await page.goto('/people');
  await expect(page.getByText('Only admins manage who signs in.')).toBeVisible();
  await expect(page.getByRole('form', { name: 'Invite someone' })).toHaveCount(0);
});
