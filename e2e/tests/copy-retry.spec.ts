// A copy where one target fails reads as a failure — red, listed first, with
// its reason, also on a phone — and "Retry failed targets" (once Zoom works
// again) lands exactly that one, verified against what the simulator holds.
// On the way: the copy page shows the menu being copied, refuses a target the
// copy would trap, and asks before routing other sites to San Francisco.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { Simulator, signIn, type ZoomAr } from './support';

interface ZoomIvrRead {
  key_actions: { key: string; action: number; target?: { extension_id?: string } }[];
}

async function expectNoSeriousViolations(page: Page, state: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = serious.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(report, `${state}: serious accessibility violations`).toEqual([]);
}

const DANGER_TEXT = 'rgb(161, 29, 29)';

test('a copy with a failing target ends red with the failure first; retrying it lands it, verified', async ({ page, request }) => {
  const sim = await Simulator.connect(request);
  await sim.reset();
  const { auto_receptionists: ars } = await sim.get<{ auto_receptionists: ZoomAr[] }>('/phone/auto_receptionists?page_size=100');
  const named = (name: string) => ars.find((a) => a.name === name)!;
  const [main, london, sydney] = ['Main Line – San Francisco', 'Main Line – London', 'Main Line – Sydney'].map(named);
  const key1 = async (id: string) => {
    const ivr = await sim.get<ZoomIvrRead>(`/phone/auto_receptionists/${id}/ivr?hours_type=business_hours`);
    return ivr.key_actions.find((k) => k.key === '1')?.target?.extension_id ?? null;
  };
  const sourceKey1 = await key1(main!.id);
  expect(await key1(sydney!.id)).not.toEqual(sourceKey1);

  await signIn(page, 'admin');
  await page.goto(`/auto-receptionists/${main!.id}/copy?hours=business`);
  // The menu being copied, in words.
  const source = page.getByRole('region', { name: 'The business-hours menu being copied' });
  await expect(source.getByRole('row', { name: /Key 1 Forward to call queue Sales/ })).toBeVisible();

  for (const name of ['Main Line – London', 'Main Line – Sydney', 'Support Menu']) await page.getByRole('checkbox', { name: new RegExp(name) }).check();
  await page.getByRole('button', { name: 'Preview' }).click();
  // The SF main line's key 2 forwards to the Support Menu: copied there, callers would loop. Refused, left out.
  const support = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Support Menu' }) });
  await expect(support.getByText('Refused: would trap callers')).toBeVisible();
  await expect(support).toContainText('Support Menu would forward callers to itself on key 2');
  const startButton = page.getByRole('button', { name: 'Start copy to 2 auto receptionists' });
  await expect(startButton).toBeDisabled();
  await page.getByRole('checkbox', { name: 'Yes, route these auto receptionists to San Francisco’s queues and greeting' }).check();

  // Zoom refuses every write to Sydney.
  await sim.fault({ status: 500, match: { method: 'PATCH', pathPrefix: `/phone/auto_receptionists/${sydney!.id}` } });
  await startButton.click();
  await expect(page).toHaveURL(/\/jobs\/[0-9a-f-]{36}$/);
  const firstJobUrl = page.url();
  await expect(page.getByRole('progressbar', { name: 'Copy progress' })).toHaveAttribute('aria-valuenow', '2', { timeout: 60_000 });

  const status = page.getByText('Finished — 1 of 2 did not land');
  await expect(status).toBeVisible();
  await expect(status).toHaveCSS('color', DANGER_TEXT);
  await expect(page.locator('.job-progress__summary')).toHaveCSS('color', DANGER_TEXT);
  const cards = page.getByRole('list', { name: 'Outcome per auto receptionist' }).getByRole('heading', { level: 3 });
  await expect(cards).toHaveText(['Main Line – Sydney', 'Main Line – London']);
  const failed = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Main Line – Sydney' }) });
  await expect(failed.getByText('Failed: nothing landed')).toBeVisible();
  await expect(failed.getByText(/^None of the \d+ requests landed: Zoom refused/)).toBeVisible();
  await expectNoSeriousViolations(page, 'copy job with a failed target');

  // On a phone the failed card shows its reason with its name (not behind a disclosure or a sideways
  // scroll), and nothing scrolls sideways.
  await page.setViewportSize({ width: 390, height: 844 });
  const reason = failed.getByText(/^None of the \d+ requests landed/);
  await reason.scrollIntoViewIfNeeded();
  await expect(reason).toBeInViewport({ ratio: 1 }); // wholly on screen: not clipped, not wider than the phone
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  await page.setViewportSize({ width: 1440, height: 900 });

  await sim.clearFaults();
  await page.getByRole('button', { name: 'Retry failed targets' }).click();
  await expect(page).not.toHaveURL(firstJobUrl);
  await expect(page).toHaveURL(/\/jobs\/[0-9a-f-]{36}$/);
  await expect(page.getByText(/to retry the auto receptionists that did not land/)).toBeVisible();
  await expect(page.getByRole('progressbar', { name: 'Copy progress' })).toHaveAttribute('aria-valuemax', '1');
  await expect(page.getByRole('progressbar', { name: 'Copy progress' })).toHaveAttribute('aria-valuenow', '1', { timeout: 60_000 });
  const retried = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Main Line – Sydney' }) });
  await expect(retried.getByText('Applied and verified')).toBeVisible();
  await expect(page.getByText('Finished', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Retry failed targets' })).toHaveCount(0);
  // Zoom (the simulator, asked directly) now has the source's key 1 on Sydney.
  expect(await key1(sydney!.id)).toEqual(sourceKey1);
  expect(await key1(london!.id)).toEqual(sourceKey1);

  // The Copy jobs list says which job did not land, in red.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Jobs', exact: true }).click();
  await expect(page.getByText('Finished — 1 of 2 did not land')).toHaveCSS('color', DANGER_TEXT);
  await expectNoSeriousViolations(page, 'copy jobs list');

  // Only admins may retry: a manager reads the same job without the button.
  await page.context().clearCookies();
  await signIn(page, 'manager');
  await page.goto(firstJobUrl);
  await expect(page.getByText('Finished — 1 of 2 did not land')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Retry failed targets' })).toHaveCount(0);
});
