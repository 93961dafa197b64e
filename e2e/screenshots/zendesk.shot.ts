// Screenshots of Zendesk Talk IVRs at 1440×900 and 390×844
// (docs/screenshots/<name>-desktop.png / -phone.png), each checked for
// sideways scroll first: the list beside Zoom's auto receptionists, an IVR's
// map of menus, a Zendesk menu in the keypad editor with a change, its
// review, its verified outcome and its entry in the history.
// On demand only: npx --yes pnpm@10.34.9 --filter @switchboard/e2e screenshots
import { expect, test, type Page } from '@playwright/test';
import { signIn } from '../tests/support';

const WIDTHS = [
  { name: 'desktop', width: 1440, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const;
const OUT = new URL('../../docs/screenshots/', import.meta.url);

async function shoot(page: Page, file: string) {
  for (const size of WIDTHS) {
    await page.setViewportSize({ width: size.width, height: size.height });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(250);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${file} at ${size.width}px scrolls sideways`).toBeLessThanOrEqual(0);
    await page.screenshot({ path: new URL(`${file}-${size.name}.png`, OUT).pathname, fullPage: true });
  }
}

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
