// Issue 11 journey: a support user searches the Sydney main number, traces a
// call on Christmas Day at 10:00 Sydney time pressing 1, and reads where it
// ends — and the page's address reproduces the trace.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { Simulator, expectNoSidewaysScroll, signIn } from './support';

async function expectNoSeriousViolations(page: Page, pageName: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = serious.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(report, `${pageName}: serious accessibility violations`).toEqual([]);
}

/** The next Christmas Day the demo account's holidays cover (they span the next 12 months). */
const christmas = () => {
  const now = new Date();
  const year = now.getUTCMonth() === 11 && now.getUTCDate() > 25 ? now.getUTCFullYear() + 1 : now.getUTCFullYear();
  return `${year}-12-25`;
};

test('support searches the main number, traces "Christmas Day 10:00, key 1" and reads the target at the end', async ({ page, request }) => {
  await (await Simulator.connect(request)).reset();
  await signIn(page, 'support');
  // the simulator was reset behind Switchboard's back: read the account again
  expect((await page.request.get('/api/routing/problems?refresh=true')).status()).toBe(200);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Routing explorer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Routing explorer' })).toBeVisible();
  await page.getByLabel('Phone number, extension number or name').fill('+61 2 5550 1001');
  await page.getByRole('button', { name: 'Search' }).click();
  const hit = page.locator('.search-hit').filter({ hasText: 'Main Line – Sydney' });
  await expect(hit).toBeVisible();
  await expect(hit.getByRole('tree')).toContainText("The holiday menu 'Christmas Day'");
  await expect(hit.getByRole('link', { name: 'Diagram' })).toHaveAttribute('href', /\/auto-receptionists\/.+\/diagram$/);
  await hit.getByRole('button', { name: "Open The holiday menu 'Christmas Day'" }).click();
  await expect(hit.getByRole('tree')).toContainText('Forward to call queue APAC Support');
  await expectNoSeriousViolations(page, 'routing explorer search');
  await hit.getByRole('button', { name: 'Trace this number' }).click();

  await expect(page.getByLabel('Number called')).toHaveValue('+61255501001');
  await page.getByLabel('Date').fill(christmas());
  await page.getByLabel('Time', { exact: true }).fill('10:00');
  await page.getByLabel('Time zone').selectOption('Australia/Sydney');
  await page.getByLabel('Keys pressed').fill('1');
  await page.getByRole('button', { name: 'Trace the call' }).click();

  const end = page.getByTestId('trace-end');
  await expect(end).toContainText('Rings: Technical Support');
  await expect(page.locator('.trace-step').filter({ hasText: 'Christmas Day' }).first()).toContainText("is inside the holiday 'Christmas Day'");
  await expectNoSidewaysScroll(page, 'the routing explorer with a trace');
  await expectNoSeriousViolations(page, 'routing explorer trace');

  // the address is the shareable link: opened afresh it shows the same trace
  const link = page.url();
  expect(link).toContain('keys=1');
  const again = await page.context().newPage();
  await again.goto(link);
  await expect(again.getByTestId('trace-end')).toContainText('Rings: Technical Support');

  // the problems report, reached from the home page's counts
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Auto receptionists' }).click();
  await page.getByRole('link', { name: 'See the problems' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Routing problems' })).toBeVisible();
  await expect(page.locator('.problem').first()).toBeVisible();
  await expectNoSeriousViolations(page, 'routing problems');
});
