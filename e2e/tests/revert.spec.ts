// Undo: an admin changes key 9 in the editor, then reverts it from the
// history (review in words, verified outcome) and Zoom holds the old menu
// again; a copy to two auto receptionists is reverted as a whole from its job
// page and both are back as they were. Screenshots at both widths.
import { expect, test, type Page } from '@playwright/test';
import { Simulator, expectNoSidewaysScroll, signIn, type ZoomAr, type ZoomIvr } from './support';

const OUT = new URL('../../docs/screenshots/', import.meta.url);
const shots = Boolean(process.env.E2E_SCREENSHOTS);

async function shoot(page: Page, file: string) {
  for (const size of [
    { name: 'desktop', width: 1440, height: 900 },
    { name: 'phone', width: 390, height: 844 },
  ]) {
    await page.setViewportSize({ width: size.width, height: size.height });
    await page.evaluate(() => window.scrollTo(0, 0));
    await expectNoSidewaysScroll(page, `${file} at ${size.width}px`);
    if (shots) await page.screenshot({ path: new URL(`${file}-${size.name}.png`, OUT).pathname, fullPage: true });
  }
  await page.setViewportSize({ width: 1440, height: 900 });
}

async function ivr(sim: Simulator, id: string): Promise<string> {
  return JSON.stringify(await sim.get<ZoomIvr>(`/phone/auto_receptionists/${id}/ivr?hours_type=business_hours`));
}

test.beforeEach(async ({ request }) => (await Simulator.connect(request)).reset());

test('an admin reverts a menu change from the history, and a two-target copy from its job page', async ({ page, request }) => {
  const sim = await Simulator.connect(request);
  const { auto_receptionists: ars } = await sim.get<{ auto_receptionists: ZoomAr[] }>('/phone/auto_receptionists?page_size=100');
  const id = (name: string) => ars.find((a) => a.name === name)!.id;
  const sf = id('Main Line – San Francisco');
  const original = await ivr(sim, sf);

  await signIn(page, 'admin');
  await page.goto(`/auto-receptionists/${sf}/edit?menu=business`);
  await page.locator('.keypad__key[data-key="9"]').click();
  const action = page.getByLabel('When the caller presses 9');
  await action.selectOption((await action.inputValue()) === '-1' ? '100' : '-1');
  await page.getByRole('button', { name: 'Review changes' }).click();
  await page.getByRole('button', { name: /^Apply/ }).click();
  await expect(page.locator('[data-outcome="applied"]')).toBeVisible({ timeout: 30_000 });
  expect(await ivr(sim, sf)).not.toBe(original);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'History' }).click();
  const entry = page.getByRole('article').filter({ hasText: 'Main Line – San Francisco' }).first();
  await entry.getByRole('button', { name: /^Revert: Main Line – San Francisco, business hours menu/ }).click();
  const panel = page.getByRole('region', { name: 'Revert', exact: true });
  await expect(panel.getByText(/^Put back the business hours menu of Main Line – San Francisco as it was before admin@example\.com’s change on/)).toBeVisible();
  await shoot(page, 'revert-review');
  await panel.getByRole('button', { name: 'Revert: send 1 request' }).click();
  await expect(panel.locator('[data-outcome="applied"]')).toBeVisible({ timeout: 30_000 });
  await shoot(page, 'revert-applied');
  expect(await ivr(sim, sf)).toBe(original);
  await page.reload();
  await expect(page.getByRole('article').first()).toContainText('This reverted an earlier change.');

  // a copy of San Francisco's menu to London and Sydney, started as the copy page does, then reverted as a whole
  const targets = [id('Main Line – London'), id('Main Line – Sydney')];
  const before = await Promise.all(targets.map((t) => ivr(sim, t)));
  const { csrfToken } = (await (await page.request.get('/api/session')).json()) as { csrfToken: string };
  const headers = { 'x-csrf-token': csrfToken };
  const plan = (await (await page.request.post(`/api/auto-receptionists/${sf}/ivr/copy/plan`, { headers, data: { hours: 'business', targets } })).json()) as {
    source: { version: string };
  };
  const started = await page.request.post('/api/jobs/copy-ivr', {
    headers,
    data: { sourceId: sf, hours: 'business', targets, sourceVersion: plan.source.version, confirmCrossSite: true },
  });
  const { jobId } = (await started.json()) as { jobId: string };
  await page.goto(`/jobs/${jobId}`);
  await page.getByRole('button', { name: 'Revert the whole job…' }).click({ timeout: 60_000 });
  await expect(page.getByRole('region', { name: 'Revert the whole job' }).getByRole('listitem')).toHaveCount(2);
  await shoot(page, 'revert-job-review');
  await page.getByRole('button', { name: 'Revert 2 targets' }).click();
  await expect(page.getByText('All 2 targets are back as they were before the job.')).toBeVisible({ timeout: 30_000 });
  await shoot(page, 'revert-job-done');
  expect(await Promise.all(targets.map((t) => ivr(sim, t)))).toEqual(before);
});

test('support sees the history without any Revert', async ({ page }) => {
  await signIn(page, 'support');
  await page.goto('/history');
  await expect(page.getByRole('heading', { name: 'History', level: 1 })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Revert/ })).toHaveCount(0);
});
