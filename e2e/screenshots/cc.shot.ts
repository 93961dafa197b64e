// Screenshots of Contact Center at 1440×900 and 390×844
// (docs/screenshots/<name>-desktop.png / -phone.png), each checked for
// sideways scroll first: the asset library, an asset with its recordings
// (read, and being edited), the new-asset form,
// business hours being edited (several ranges a day), a closure set with
// its recurring closures, the queues page, and a queue's change warned
// (a closure set on a queue open every day) and reviewed.
// On demand only: E2E_SCREENSHOTS=1 npx playwright test screenshots/cc.shot.ts --project=screenshots
import { expect, test, type Page } from '@playwright/test';
import { Simulator, signIn } from '../tests/support';
import { shoot } from './shoot';


async function idOf(page: Page, path: string, name: RegExp): Promise<string> {
  const res = await page.request.get(path);
  expect(res.ok(), `${path}: ${res.status()}`).toBeTruthy();
  const { items } = (await res.json()) as { items: { id: string; name: string }[] };
  const found = items.find((i) => name.test(i.name));
  if (!found) throw new Error(`Nothing named ${name} in ${path}: ${items.map((i) => i.name).join(', ')}`);
  return found.id;
}

test.beforeEach(async ({ request }) => {
  await (await Simulator.connect(request)).reset();
});

test('asset library and an asset', async ({ page }) => {
  await signIn(page, 'admin');
  await page.goto('/contact-center/assets');
  await expect(page.getByRole('row').nth(1)).toBeVisible();
  await shoot(page, 'cc-asset-library');
  const id = await idOf(page, '/api/cc/assets?q=Welcome', /^Welcome greeting$/);
  await page.goto(`/contact-center/assets/${id}`);
  await expect(page.locator('audio').first()).toBeVisible();
  await shoot(page, 'cc-asset');
  await page.getByRole('button', { name: 'Edit asset' }).click();
  await expect(page.getByRole('form', { name: 'Edit the asset' })).toBeVisible();
  await shoot(page, 'cc-asset-edit');
  await page.goto('/contact-center/assets/new');
  await page.getByLabel('Category').selectOption({ label: 'A new category…' });
  await shoot(page, 'cc-new-asset');
});

test('business hours being edited, a closure set, the queues', async ({ page }) => {
  await signIn(page, 'admin');
  await page.goto('/contact-center/hours');
  await expect(page.getByRole('list', { name: 'Closure sets' })).toBeVisible();
  await shoot(page, 'cc-operating-hours');
  const hours = await idOf(page, '/api/cc/business-hours', /./);
  await page.goto(`/contact-center/hours/business/${hours}`);
  await expect(page.getByRole('form', { name: 'Business hours editor' })).toBeVisible();
  const add = page.getByRole('button', { name: 'Add hours to Monday' });
  if (await add.isVisible()) await add.click();
  await shoot(page, 'cc-business-hours');

  const sets = (await (await page.request.get('/api/cc/closure-sets')).json()) as { items: { id: string; closuresCount: number }[] };
  const set = [...sets.items].sort((a, b) => b.closuresCount - a.closuresCount)[0]!;
  await page.goto(`/contact-center/hours/closures/${set.id}`);
  await expect(page.getByRole('form', { name: 'Closure set editor' })).toBeVisible();
  await shoot(page, 'cc-closure-set');

  await page.goto('/contact-center/queues');
  await expect(page.getByRole('row').nth(1)).toBeVisible();
  await shoot(page, 'cc-queues');

  // a queue open around the clock given a closure set: warned before review
  await page.getByRole('link', { name: 'Change the hours of Technical Support' }).click();
  await page.getByLabel('Closure set').selectOption({ label: 'US Holidays' });
  await expect(page.locator('[data-warning="closes-every-day-queue"]')).toContainText('is meant to be open every day');
  await expect(page.getByRole('button', { name: 'Review changes' })).toBeDisabled();
  await page.getByLabel('Close it on those days anyway').check();
  await shoot(page, 'cc-queue-warning');
  await page.getByRole('button', { name: 'Review changes' }).click();
  await expect(page.getByRole('heading', { name: 'Review changes' })).toBeVisible();
  await shoot(page, 'cc-queue-review');
});

test('the holiday calendar with Contact Center closures beside phone holidays', async ({ page }) => {
  await signIn(page, 'manager');
  const year = new Date().getUTCFullYear() + 1;
  await page.goto(`/calendar?month=${year}-12&day=${year}-12-25`);
  await expect(page.getByRole('heading', { name: /Contact Center closures/ })).toBeVisible();
  await shoot(page, 'cc-calendar');
});

test('support reads a closure set', async ({ page }) => {
  await signIn(page, 'support');
  const sets = (await (await page.request.get('/api/cc/closure-sets')).json()) as { items: { id: string; closuresCount: number }[] };
  const set = [...sets.items].sort((a, b) => b.closuresCount - a.closuresCount)[0]!;
  await page.goto(`/contact-center/hours/closures/${set.id}`);
  await expect(page.getByRole('table', { name: /Closures/ })).toBeVisible();
  await shoot(page, 'cc-closure-set-support');
});
