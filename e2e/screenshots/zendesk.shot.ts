// Screenshots of Zendesk Talk IVRs at 1440×900 and 390×844
// (docs/screenshots/<name>-desktop.png / -phone.png), each checked for
// sideways scroll first: the list beside Zoom's auto receptionists, an IVR's
// map of menus, a Zendesk menu in the keypad editor with a change, its
// review, its verified outcome and its entry in the history.
// On demand only: npx --yes pnpm@10.34.9 --filter @switchboard/e2e screenshots
import { expect, test } from '@playwright/test';
import { signIn } from '../tests/support';
import { shoot } from './shoot';


test('Zendesk Talk: the list, an IVR map, the editor, its review and outcome', async ({ page, request }) => {
  const health = (await (await request.get('/api/health')).json()) as { zendesk: { simulatorUrl: string } };
  expect((await request.post(`${health.zendesk.simulatorUrl}/__sim/reset`)).ok()).toBeTruthy();
  await signIn(page, 'admin');
  await page.goto('/auto-receptionists');
  await expect(page.getByRole('link', { name: 'Customer Support Line' })).toBeVisible();
  await expect(page.locator('.ar-list table tbody tr').first()).toBeVisible();
  await shoot(page, 'zendesk-list');

  await page.getByRole('link', { name: 'Customer Support Line' }).click();
  await expect(page.locator('[data-menu-id="20002"]').first()).toBeVisible();
  await shoot(page, 'zendesk-ivr');

  await page.getByRole('link', { name: 'Edit the menu Main menu' }).click();
  await page.locator('.keypad__key[data-key="2"]').click();
  await page.getByLabel('What this key does').selectOption({ label: 'Go to another menu' });
  await page.getByLabel('Menu to go to').selectOption({ label: 'After hours' });
  await page.locator('.keypad__key[data-key="default"]').click();
  await page.getByLabel('What this key does').selectOption({ label: 'Voicemail of a group' });
  await page.getByRole('checkbox', { name: 'Billing' }).check();
  await shoot(page, 'zendesk-editor');

  await page.getByRole('button', { name: 'Review changes' }).click();
  await expect(page.getByRole('heading', { name: 'Review changes' })).toBeVisible();
  await shoot(page, 'zendesk-review');
  await page.getByRole('button', { name: /^Apply/ }).click();
  await expect(page.locator('[data-outcome="applied"]')).toBeVisible({ timeout: 30_000 });
  await shoot(page, 'zendesk-applied');

  await page.goto('/history');
  await expect(page.getByRole('link', { name: 'Main menu' }).first()).toBeVisible();
  await shoot(page, 'zendesk-history');
});
