// Hours, holidays and the holiday calendar, in the browser against the BFF and
// the simulated Zoom: a manager adds one holiday to two auto receptionists from
// the calendar and sees both verified (and the calendar showing it); an admin
// closes a call queue on Mondays and "Open now?" follows; support reads
// everything, is offered no change, and the API refuses one with a 403. Every
// page on the way is checked at 390×844 for sideways scroll.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { Simulator, expectNoSidewaysScroll, extensionId, signIn } from './support';

const YEAR = new Date().getUTCFullYear();

/** No serious or critical accessibility violation (axe, WCAG 2.1 A and AA). */
async function accessible(page: Page, what: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), `${what}: accessibility`).toEqual([]);
}

/** Check the page at a phone's width (nothing scrolls sideways), then go back to the desktop. */
async function onAPhone(page: Page, what: string) {
  const size = page.viewportSize()!;
  await page.setViewportSize({ width: 390, height: 844 });
  await page.waitForTimeout(150);
  await expectNoSidewaysScroll(page, `${what} at 390 px`);
  await page.setViewportSize(size);
}

/** The next instant that is Monday 10:00 on Sydney's clock. */
function nextSydneyMonday10(): Date {
  const fmt = new Intl.DateTimeFormat('en-GB', { timeZone: 'Australia/Sydney', weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  for (let t = Math.ceil(Date.now() / 3_600_000) * 3_600_000; ; t += 3_600_000) {
    const parts = Object.fromEntries(fmt.formatToParts(new Date(t)).map((p) => [p.type, p.value]));
    if (parts.weekday === 'Mon' && parts.hour === '10' && parts.minute === '00') return new Date(t);
  }
}

test.beforeEach(async ({ request }) => {
  await (await Simulator.connect(request)).reset();
});

test('a manager opens the calendar, adds a holiday to two auto receptionists and sees both verified', async ({ page }) => {
  const day = `${YEAR + 1}-03-10`;
  await signIn(page, 'manager');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Holiday calendar' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Holiday calendar' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Days of the month' })).toBeVisible();
  await accessible(page, 'the calendar (month)');
  await onAPhone(page, 'the calendar (month)');
  await page.getByRole('link', { name: 'Year', exact: true }).click();
  await expect(page.getByRole('heading', { level: 3, name: new RegExp(`^January ${YEAR}`) })).toBeVisible();
  await accessible(page, 'the calendar (year)');
  await onAPhone(page, 'the calendar (year)');

  await page.getByRole('link', { name: 'Add a holiday to many extensions' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Add a holiday to many extensions' })).toBeVisible();
  await page.getByLabel('Kind', { exact: true }).selectOption('autoReceptionist');
  await page.getByRole('checkbox', { name: /Main Line – Sydney/ }).check();
  await page.getByRole('checkbox', { name: /Main Line – London/ }).check();
  await expect(page.getByText('Extensions (2 chosen)')).toBeVisible();
  await page.getByLabel('Holiday name').fill('Company day off');
  await page.getByLabel('First day').fill(day);
  await page.getByLabel('Last day').fill(day);
  await accessible(page, 'the bulk-holiday form');
  await onAPhone(page, 'the bulk-holiday form');
  await page.getByRole('button', { name: 'Start adding the holiday' }).click();

  await expect(page).toHaveURL(/\/jobs\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Add “Company day off” to 2 extensions' })).toBeVisible();
  await expect(page.getByRole('progressbar', { name: 'Holiday progress' })).toHaveAttribute('aria-valuenow', '2', { timeout: 60_000 });
  await expect(page.getByText('Finished', { exact: true })).toBeVisible();
  const results = page.getByRole('list', { name: 'Outcome per extension' });
  for (const name of ['Main Line – Sydney', 'Main Line – London']) {
    const card = results.getByRole('listitem').filter({ has: page.getByRole('heading', { name }) });
    await expect(card).toHaveAttribute('data-outcome', 'applied');
    await expect(card.getByText('Applied and verified')).toBeVisible();
  }
  await accessible(page, 'the bulk-holiday job');
  await onAPhone(page, 'the bulk-holiday job');

  // The calendar now says it: on that day both are closed for it, each on its own clock.
  await page.goto(`/calendar?month=${day.slice(0, 7)}&day=${day}&type=autoReceptionist`);
  const details = page.getByRole('region', { name: /10 March/ });
  await expect(details.getByRole('listitem').filter({ hasText: 'Main Line – Sydney — Company day off' })).toBeVisible();
  await expect(details.getByRole('listitem').filter({ hasText: 'Main Line – London — Company day off' })).toBeVisible();
  // …and the Sydney auto receptionist's own page lists it, in Sydney's zone.
  await details.getByRole('link', { name: 'Main Line – Sydney' }).click();
  await expect(page.getByRole('table', { name: 'Holidays, in Australia/Sydney time' }).getByRole('row', { name: /Company day off/ })).toBeVisible();
});

test('an admin changes a call queue’s Monday hours and the Open now? badge follows', async ({ page }) => {
  // The browser's clock reads Monday 10:00 in Sydney; the BFF judges "now" at the instant the page asks about.
  await page.clock.setFixedTime(nextSydneyMonday10());
  await signIn(page, 'admin');
  const apac = await extensionId(page, 'APAC Sales');
  await page.goto(`/extensions/${apac}/hours`);
  await expect(page.getByRole('heading', { level: 1, name: 'APAC Sales: hours and holidays' })).toBeVisible();
  await expect(page.locator('.ext-header__zone')).toHaveText('Australia/Sydney');
  const badge = page.locator('.open-now');
  await expect(badge.getByText('Open now', { exact: true })).toBeVisible();
  await expect(badge).toContainText('until Mon');
  await accessible(page, 'the hours page');
  await onAPhone(page, 'the hours page');

  await page.getByLabel('Monday', { exact: true }).selectOption('closed');
  await expect(page.getByText('1 change, not yet in Zoom')).toBeVisible();
  await page.getByRole('button', { name: 'Review changes' }).click();
  await expect(page.getByRole('heading', { name: 'Review changes' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Changes to send to Zoom' })).toContainText('Monday');
  await accessible(page, 'the hours review');
  await onAPhone(page, 'the hours review');
  await page.getByRole('button', { name: /^Apply/ }).click();
  await expect(page.locator('[data-outcome="applied"]')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('heading', { name: 'Zoom confirms every change' })).toBeVisible();
  await onAPhone(page, 'the hours outcome');

  await expect(badge.getByText('Closed now', { exact: true })).toBeVisible();
  // The change is in the page's recent changes, verified.
  await expect(page.getByRole('region', { name: 'Recent changes' }).getByText('Applied and verified').first()).toBeVisible();
  await expect(badge.getByText('Open now', { exact: true })).toHaveCount(0);
  await expect(badge).toContainText('no opening hours on Monday');

  // And back: Monday 09:00–17:00 again, and open again.
  await page.getByRole('button', { name: 'Back to editing' }).click();
  await page.getByLabel('Monday', { exact: true }).selectOption('ranges');
  await page.getByRole('button', { name: 'Review changes' }).click();
  await page.getByRole('button', { name: /^Apply/ }).click();
  await expect(page.locator('[data-outcome="applied"]')).toBeVisible({ timeout: 30_000 });
  await expect(badge.getByText('Open now', { exact: true })).toBeVisible();
});

test('a support user sees no edit controls and the API answers 403', async ({ page }) => {
  await signIn(page, 'support');
  const apac = await extensionId(page, 'APAC Sales');
  await page.goto(`/extensions/${apac}/hours`);
  await expect(page.getByRole('heading', { level: 1, name: 'APAC Sales: hours and holidays' })).toBeVisible();
  await expect(page.getByRole('table', { name: /Holidays/ }).getByRole('row', { name: /Christmas Day/ })).toBeVisible();
  await expect(page.locator('.open-now')).toContainText(/Open now|Closed now|Closed for a holiday/);
  // The week in words, no controls that offer a change.
  await expect(page.locator('dl.week-strip__days')).toContainText('09:00–17:00');
  for (const name of ['Review changes', 'Add a holiday', 'Change Christmas Day', 'Delete Christmas Day', 'Discard changes']) {
    await expect(page.getByRole('button', { name })).toHaveCount(0);
  }
  await expect(page.getByRole('combobox')).toHaveCount(0);
  await expect(page.getByText('Only admins change business hours and closed-hours routing.')).toBeVisible();
  await accessible(page, 'the hours page (support)');
  await onAPhone(page, 'the hours page (support)');

  await page.goto('/calendar');
  await expect(page.getByRole('heading', { level: 1, name: 'Holiday calendar' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Add a holiday to many extensions' })).toHaveCount(0);
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Jobs', exact: true })).toHaveCount(0);
  await onAPhone(page, 'the calendar (support)');
  await page.goto('/calendar/add-holiday');
  await expect(page.getByText('Only admins and managers add, change and delete holidays. You are signed in as Support.')).toBeVisible();
  await expect(page.getByRole('button', { name: /Start adding/ })).toHaveCount(0);

  // The BFF refuses the same writes, whatever the page shows.
  const { csrfToken } = (await (await page.request.get('/api/session')).json()) as { csrfToken: string };
  const headers = { 'x-csrf-token': csrfToken };
  const hours = (await (await page.request.get(`/api/extensions/${apac}/hours`)).json()) as { version: string };
  const refusals = [
    await page.request.put(`/api/extensions/${apac}/hours`, { headers, data: { baseVersion: hours.version } }),
    await page.request.post(`/api/extensions/${apac}/holidays`, { headers, data: { name: 'Nope', start: `${YEAR + 1}-03-10T00:00`, end: `${YEAR + 1}-03-10T23:59` } }),
    await page.request.post('/api/jobs/add-holiday', { headers, data: { extensionIds: [apac], name: 'Nope', start: `${YEAR + 1}-03-10T00:00`, end: `${YEAR + 1}-03-10T23:59` } }),
  ];
  for (const res of refusals) {
    expect(res.status(), res.url()).toBe(403);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('forbidden');
  }
});
