// Contact Center operating hours in the browser, by an admin: a second range
// added to a Monday of a business-hours set, and a yearly closure (customised:
// the last Monday of May) added to a closure set — each reviewed, applied and
// verified, then read back on the page.
import { expect, test, type Page } from '@playwright/test';
import { Simulator, signIn } from './support';

test.beforeEach(async ({ request }) => {
  await (await Simulator.connect(request)).reset();
});

async function idOf(page: Page, path: string, name: string): Promise<string> {
  const { items } = (await (await page.request.get(path)).json()) as { items: { id: string; name: string }[] };
  const found = items.find((i) => i.name === name);
  if (!found) throw new Error(`No ${name} in ${path}`);
  return found.id;
}

async function applyReviewed(page: Page) {
  await page.getByRole('button', { name: 'Review changes' }).click();
  await expect(page.getByRole('heading', { name: 'Review changes' })).toBeVisible();
  await page.getByRole('button', { name: /^Apply/ }).click();
  await expect(page.locator('[data-outcome="applied"]')).toBeVisible({ timeout: 30_000 });
}

test('business hours: a second range on a Monday lands and reads back', async ({ page }) => {
  await signIn(page, 'admin');
  const id = await idOf(page, '/api/cc/business-hours', 'Extended Support (Sydney)');
  await page.goto(`/contact-center/hours/business/${id}`);
  const monday = page.getByRole('group', { name: /^Monday/ });
  await monday.getByLabel('Monday', { exact: true }).selectOption('ranges');
  await page.getByLabel('Monday opens at', { exact: true }).fill('08:00');
  await page.getByLabel('Monday closes at', { exact: true }).fill('12:00');
  await page.getByRole('button', { name: 'Add hours to Monday' }).click();
  await page.getByLabel('Monday opens at, hours 2').fill('13:00');
  await page.getByLabel('Monday closes at, hours 2').fill('18:00');
  await applyReviewed(page);
  const res = await page.request.get(`/api/cc/business-hours/${id}`);
  const { businessHours } = (await res.json()) as { businessHours: { schedule: { days: { mon: unknown } } } };
  expect(businessHours.schedule.days.mon).toEqual({ type: 'ranges', ranges: [{ from: '08:00', to: '12:00' }, { from: '13:00', to: '18:00' }] });
});

test('closure set: a yearly closure on the last Monday of May lands and shows among the coming closures', async ({ page }) => {
  await signIn(page, 'admin');
  const id = await idOf(page, '/api/cc/closure-sets', 'US Holidays');
  await page.goto(`/contact-center/hours/closures/${id}`);
  await page.getByRole('button', { name: 'Add a closure' }).click();
  const added = page.locator('[data-closure="new"]');
  await added.getByLabel('Name', { exact: true }).fill('Memorial Day');
  const year = new Date().getUTCFullYear() + 1;
  await added.getByLabel('First day').fill(`${year}-05-31`);
  await added.getByLabel('Last day').fill(`${year}-05-31`);
  await added.getByLabel('How often it repeats').selectOption('yearly');
  await added.getByLabel('Customised: a weekday of the month').check();
  await added.getByLabel('Week', { exact: true }).selectOption('last');
  await added.getByLabel('Day', { exact: true }).selectOption('mon');
  await added.getByLabel('Month', { exact: true }).selectOption('5');
  await expect(added.getByText('Every year on the last Monday of May')).toBeVisible();
  await applyReviewed(page);
  await expect(page.locator('.next-occurrences')).toContainText('Memorial Day');
  const res = await page.request.get(`/api/cc/closure-sets/${id}`);
  const { closureSet } = (await res.json()) as { closureSet: { closures: { name: string; recurrence: unknown }[] } };
  expect(closureSet.closures.find((c) => c.name === 'Memorial Day')?.recurrence).toEqual({ frequency: 'yearly', pattern: 'nth_weekday', month: 5, week: 'last', weekday: 'mon' });
});

test('the holiday calendar shows Contact Center closures beside phone holidays', async ({ page }) => {
  await signIn(page, 'manager');
  const year = new Date().getUTCFullYear() + 1;
  await page.goto(`/calendar?month=${year}-12&day=${year}-12-25`);
  const xmas = page.locator(`[data-date="${year}-12-25"]`);
  await expect(xmas).toHaveClass(/cal-day--cc/);
  await expect(xmas).toContainText('Contact Center closed: Christmas Day');
  const details = page.getByRole('heading', { name: /Contact Center closures/ });
  await expect(details).toBeVisible();
  await page.getByRole('link', { name: 'US Holidays', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'US Holidays' })).toBeVisible();
});
