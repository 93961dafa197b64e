// Issue 2: an axe scan of every page finds no serious or critical violations.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { Simulator, signIn, type ZoomAr } from './support';

async function expectNoSeriousViolations(page: Page, pageName: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = serious.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(report, `${pageName}: serious accessibility violations`).toEqual([]);
}

test('every page passes an axe scan', async ({ page, request }) => {
  const sim = await Simulator.connect(request);
  await sim.reset();

  await page.goto('/login');
  await expect(page.getByRole('heading', { name: /sign in/i }).first()).toBeVisible();
  await expectNoSeriousViolations(page, 'login');

  await signIn(page, 'admin');
  // Zoom's auto receptionists and, beside them, Zendesk Talk's IVRs.
  await expect(page.getByRole('table', { name: 'Auto receptionists' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Zendesk Talk IVRs' })).toBeVisible();
  await expectNoSeriousViolations(page, 'auto-receptionist list');

  await page.getByRole('link', { name: 'Customer Support Line' }).click();
  await expect(page.locator('[data-menu-id="20002"]').first()).toBeVisible();
  await expectNoSeriousViolations(page, 'Zendesk Talk IVR');
  await page.getByRole('link', { name: 'Edit the menu Main menu' }).click();
  await expect(page.locator('.keypad__key[data-key="default"]')).toBeVisible();
  await page.locator('.keypad__key[data-key="default"]').click();
  await expectNoSeriousViolations(page, 'Zendesk Talk menu editor');

  const { auto_receptionists: ars } = await sim.get<{ auto_receptionists: ZoomAr[] }>('/phone/auto_receptionists');
  await page.goto(`/auto-receptionists/${ars[0]!.id}`);
  await expect(page.locator('tr[data-key="1"]')).toBeVisible();
  await expectNoSeriousViolations(page, 'auto-receptionist detail (business hours)');

  await page.getByRole('link', { name: /closed hours/i }).or(page.getByRole('tab', { name: /closed hours/i })).first().click();
  await expect(page.locator('tr[data-key="1"]')).toBeVisible();
  await expectNoSeriousViolations(page, 'auto-receptionist detail (closed hours)');

  await page.goto('/no-such-page');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectNoSeriousViolations(page, 'not found');
});

test('Contact Center pages pass an axe scan', async ({ page, request }) => {
  await (await Simulator.connect(request)).reset();
  await signIn(page, 'admin');
  const first = async (path: string) => ((await (await page.request.get(path)).json()) as { items: { id: string }[] }).items[0]!.id;
  const pages: [string, string][] = [
    ['/contact-center/assets', 'asset library'],
    [`/contact-center/assets/${await first('/api/cc/assets?type=audio')}`, 'an audio asset'],
    ['/contact-center/assets/new', 'new asset'],
    ['/contact-center/categories', 'categories'],
    ['/contact-center/hours', 'operating hours'],
    [`/contact-center/hours/business/${await first('/api/cc/business-hours')}`, 'business hours editor'],
    [`/contact-center/hours/closures/${await first('/api/cc/closure-sets')}`, 'closure set editor'],
    ['/contact-center/queues', 'queues'],
    [`/contact-center/queues/${await first('/api/cc/queues')}`, 'a queue’s operating hours'],
    ['/contact-center/flows', 'flows'],
    [`/contact-center/flows/${await first('/api/cc/flows')}`, 'a flow'],
  ];
  for (const [path, name] of pages) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
    await expectNoSeriousViolations(page, `Contact Center: ${name}`);
  }
});
