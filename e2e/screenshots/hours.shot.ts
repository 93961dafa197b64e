// Screenshots of hours, holidays and the holiday calendar at 1440×900 and
// 390×844 (docs/screenshots/<name>-desktop.png / -phone.png), each checked
// for sideways scroll first: an extension's hours page (an admin's editor, a
// support person's reading), a holiday being added, the calendar's month
// (a day chosen) and year, the bulk-holiday form and its job.
// On demand only: npx --yes pnpm@10.34.9 --filter @switchboard/e2e screenshots
import { expect, test, type Page } from '@playwright/test';
import { Simulator, extensionId, signIn } from '../tests/support';

const WIDTHS = [
  { name: 'desktop', width: 1440, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const;
const OUT = new URL('../../docs/screenshots/', import.meta.url);
const YEAR = new Date().getUTCFullYear();

async function shoot(page: Page, file: string, { fullPage = true }: { fullPage?: boolean } = {}) {
  for (const size of WIDTHS) {
    await page.setViewportSize({ width: size.width, height: size.height });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(250);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${file} at ${size.width}px scrolls sideways`).toBeLessThanOrEqual(0);
    await page.screenshot({ path: new URL(`${file}-${size.name}.png`, OUT).pathname, fullPage });
  }
}

test.beforeEach(async ({ request }) => {
  await (await Simulator.connect(request)).reset();
});

test('hours page: an admin edits a call queue; support reads an auto receptionist', async ({ page, browser }) => {
  await signIn(page, 'admin');
  const apac = await extensionId(page, 'APAC Sales');
  await page.goto(`/extensions/${apac}/hours`);
  await expect(page.getByText(/Open now|Closed now|Closed for a holiday/).first()).toBeVisible();
  await page.getByLabel('Monday', { exact: true }).selectOption('ranges');
  await page.getByLabel('Monday opens at').fill('08:00');
  await shoot(page, 'hours-editor');
  await page.getByRole('button', { name: 'Review changes' }).click();
  await expect(page.getByRole('heading', { name: 'Review changes' })).toBeVisible();
  await shoot(page, 'hours-review');
  await page.getByRole('button', { name: /^Apply/ }).click();
  await expect(page.locator('[data-outcome="applied"]')).toBeVisible({ timeout: 30_000 });
  await shoot(page, 'hours-applied');

  await page.getByRole('button', { name: 'Add a holiday' }).click();
  await page.getByLabel('Name').fill('Company picnic');
  await page.getByLabel('First day').fill(`${YEAR}-12-25`);
  await page.getByLabel('Last day').fill(`${YEAR}-12-25`);
  await page.getByRole('button', { name: 'Review the new holiday' }).click();
  await expect(page.getByText(/overlaps "Christmas Day"/).first()).toBeVisible();
  await shoot(page, 'holiday-refused');

  const support = await browser.newPage();
  await signIn(support, 'support');
  const sydney = await extensionId(support, 'Main Line – Sydney');
  await support.goto(`/extensions/${sydney}/hours`);
  await expect(support.getByRole('heading', { name: 'Holidays', exact: true })).toBeVisible();
  await expect(support.locator('.holiday-table tbody tr').first()).toBeVisible();
  await shoot(support, 'hours-support');
  await support.close();
});

test('calendar: month with a day chosen, and the year', async ({ page }) => {
  await signIn(page, 'manager');
  await page.goto(`/calendar?month=${YEAR}-12&day=${YEAR}-12-24`);
  await expect(page.getByRole('heading', { name: /24 December/ })).toBeVisible();
  await shoot(page, 'calendar-month');
  await page.goto(`/calendar?year=${YEAR + 1}`);
  await expect(page.getByRole('heading', { name: `January ${YEAR + 1}` })).toBeVisible();
  await shoot(page, 'calendar-year');
});

test('bulk holiday: the form, then the job with an outcome per extension', async ({ page }) => {
  await signIn(page, 'manager');
  await page.goto('/calendar/add-holiday');
  for (const name of ['Main Line – Sydney', 'Main Line – London', 'APAC Sales', 'UK Sales']) {
    await page.getByRole('checkbox', { name: new RegExp(name) }).check();
  }
  await page.getByLabel('Holiday name').fill('Company day off');
  await page.getByLabel('First day').fill(`${YEAR}-12-24`);
  await page.getByLabel('Last day').fill(`${YEAR}-12-24`);
  await shoot(page, 'bulk-holiday-form');
  await page.getByRole('button', { name: 'Start adding the holiday' }).click();
  await expect(page).toHaveURL(/\/jobs\//);
  await expect(page.getByText(/^Finished/).first()).toBeVisible({ timeout: 60_000 });
  await shoot(page, 'bulk-holiday-job');
});
