// Screenshots of People (with a one-time link just made) and the page a link
// opens, at 1440×900 and 390×844, each checked for sideways scroll first.
import { expect, test } from '@playwright/test';
import { signIn } from '../tests/support';
import { shoot } from './shoot';


test('people and a one-time link', async ({ page, browser }) => {
  await signIn(page, 'admin');
  await page.goto('/people');
  const invite = page.getByRole('form', { name: 'Invite someone' });
  await invite.getByLabel('Email').fill(`rowan-${Date.now()}@example.com`);
  await invite.getByLabel('Name').fill('Rowan Reviewer');
  await invite.getByLabel('Role').selectOption('support');
  await invite.getByRole('button', { name: 'Invite and make a link' }).click();
  const link = await page.getByLabel(/One-time link for/).inputValue();
  await shoot(page, 'people');

  const other = await browser.newContext();
  const welcome = await other.newPage();
  await welcome.goto(link);
  await expect(welcome.getByText('Welcome, Rowan Reviewer.')).toBeVisible();
  await shoot(welcome, 'people-welcome');
  await other.close();
});
