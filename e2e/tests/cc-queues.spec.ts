// A queue's operating hours in the browser: an admin gives a queue that is
// open around the clock a closure set — warned first, confirmed, reviewed,
// applied and verified, shown on the queues page; when Zoom drops the
// change, the outcome says so instead of calling it done.
import { expect, test, type Page } from '@playwright/test';
import { Simulator, signIn } from './support';

async function chooseUsHolidays(page: Page) {
  await page.goto('/contact-center/queues');
  await page.getByRole('link', { name: 'Change the hours of Technical Support' }).click();
  await page.getByLabel('Closure set').selectOption({ label: 'US Holidays' });
  await expect(page.locator('[data-warning="closes-every-day-queue"]')).toContainText('Technical Support is meant to be open every day');
  await expect(page.getByRole('button', { name: 'Review changes' })).toBeDisabled();
  await page.getByLabel('Close it on those days anyway').check();
  await page.getByRole('button', { name: 'Review changes' }).click();
  await expect(page.getByRole('heading', { name: 'Review changes' })).toBeVisible();
  await expect(page.getByText('closure set US Holidays instead of none')).toBeVisible();
  await page.getByRole('button', { name: /^Apply/ }).click();
}

test('an admin gives an every-day queue a closure set: warned, reviewed, applied, verified', async ({ page, request }) => {
  await (await Simulator.connect(request)).reset();
  await signIn(page, 'admin');
  await chooseUsHolidays(page);
  await expect(page.locator('[data-outcome="applied"]')).toBeVisible({ timeout: 30_000 });
  await page.goto('/contact-center/queues');
  await expect(page.getByRole('row', { name: /Technical Support/ })).toContainText('US Holidays');
  // the history tells it in words and leads back to the queues
  await page.goto('/history');
  const entry = page.getByRole('article').filter({ hasText: 'changed the operating hours of it' }).first();
  await expect(entry).toBeVisible();
  await entry.getByRole('link', { name: 'Technical Support' }).click();
  await expect(page).toHaveURL(/\/contact-center\/queues$/);
});

test('a change Zoom drops is reported as not kept', async ({ page, request }) => {
  const sim = await Simulator.connect(request);
  await sim.reset();
  await signIn(page, 'admin');
  await sim.fault({ dropWrites: true });
  try {
    await chooseUsHolidays(page);
    await expect(page.locator('[data-outcome="not_persisted"]')).toBeVisible({ timeout: 30_000 });
    await expect(page.getByRole('heading', { name: /Zoom did not keep/ })).toBeVisible();
  } finally {
    await sim.clearFaults();
  }
});
