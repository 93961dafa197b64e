// The screenshots in docs/screenshots, taken from the built app against the
// simulator at a desktop (1440×900) and a phone (390×844) width, with a check
// that no page scrolls sideways. Not part of the test run:
//   npx --yes pnpm@10.34.9 --filter @switchboard/e2e screenshots   (after a build)
import { expect, test, type Page } from '@playwright/test';
import { Simulator, signIn, type ZoomAr } from '../tests/support';

const WIDTHS = [
  { name: 'desktop', width: 1440, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const;

const OUT = new URL('../../docs/screenshots/', import.meta.url);

/** Both widths; `fullPage` for pages whose point is below the fold (the whole page, scrolled). */
async function shoot(page: Page, file: string, { fullPage = false }: { fullPage?: boolean } = {}) {
  for (const size of WIDTHS) {
    await page.setViewportSize({ width: size.width, height: size.height });
    // From the top: a full-page shot taken scrolled draws the sticky header mid-page.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(200);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${file} at ${size.width}px scrolls sideways`).toBeLessThanOrEqual(0);
    await page.screenshot({ path: new URL(`${file}-${size.name}.png`, OUT).pathname, fullPage });
  }
}

async function arIds(sim: Simulator) {
  const { auto_receptionists: ars } = await sim.get<{ auto_receptionists: ZoomAr[] }>('/phone/auto_receptionists?page_size=100');
  const id = (name: string) => ars.find((a) => a.name === name)!.id;
  return { main: id('Main Line – San Francisco'), london: id('Main Line – London'), sydney: id('Main Line – Sydney') };
}

test('Copy page: the menu being copied, a refused target and the cross-site confirmation', async ({ page, request }) => {
  const sim = await Simulator.connect(request);
  await sim.reset();
  const { main } = await arIds(sim);
  await signIn(page, 'admin');
  await page.goto(`/auto-receptionists/${main}/copy?hours=business`);
  for (const name of ['Main Line – London', 'Main Line – Sydney', 'Support Menu']) await page.getByRole('checkbox', { name: new RegExp(name) }).check();
  await page.getByRole('button', { name: 'Preview' }).click();
  await expect(page.getByRole('checkbox', { name: /^Yes, route these auto receptionists/ })).toBeVisible();
  await page.getByText('The exact request to Zoom').first().click();
  await shoot(page, 'menu-copy-cross-site', { fullPage: true });
});

test('Copy job with a failed target, and the Copy jobs list', async ({ page, request }) => {
  const sim = await Simulator.connect(request);
  await sim.reset();
  const { main, sydney } = await arIds(sim);
  try {
    await signIn(page, 'admin');
    await page.goto(`/auto-receptionists/${main}/copy?hours=business`);
    for (const name of ['Main Line – London', 'Main Line – Sydney', 'After-Hours Emergency Line']) {
      await page.getByRole('checkbox', { name: new RegExp(name) }).check();
    }
    await page.getByRole('button', { name: 'Preview' }).click();
    await page.getByRole('checkbox', { name: /^Yes, route these auto receptionists/ }).check();
    await sim.fault({ status: 500, match: { method: 'PATCH', pathPrefix: `/phone/auto_receptionists/${sydney}` } });
    await page.getByRole('button', { name: /^Start copy/ }).click();
    await expect(page.getByRole('progressbar', { name: 'Copy progress' })).toHaveAttribute('aria-valuenow', '3', { timeout: 60_000 });
    await expect(page.getByRole('list', { name: 'Zoom tracking ids' }).first()).toBeVisible();
    await shoot(page, 'copy-job-failed', { fullPage: true });
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Copy jobs' }).click();
    await expect(page.getByRole('list', { name: 'Recent copy jobs' })).toBeVisible();
    await shoot(page, 'copy-jobs');
  } finally {
    await sim.reset();
  }
});

/** Like `shoot`, but the page is set up again at each width (the diagram frames its first view for the canvas it gets). */
async function shootEach(page: Page, file: string, prepare: (size: (typeof WIDTHS)[number]) => Promise<void>) {
  for (const size of WIDTHS) {
    await page.setViewportSize({ width: size.width, height: size.height });
    await prepare(size);
    await page.waitForTimeout(400);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${file} at ${size.width}px scrolls sideways`).toBeLessThanOrEqual(0);
    await page.screenshot({ path: new URL(`${file}-${size.name}.png`, OUT).pathname });
  }
}

async function arId(request: Parameters<typeof Simulator.connect>[0], name: string) {
  const sim = await Simulator.connect(request);
  const { auto_receptionists: ars } = await sim.get<{ auto_receptionists: ZoomAr[] }>('/phone/auto_receptionists?page_size=100');
  return ars.find((a) => a.name === name)!.id;
}

const drawn = (page: Page) => expect(page.locator('.react-flow__node .routing-node').first()).toBeVisible();

test('Routing diagram: business hours, as it starts', async ({ page, request }) => {
  await (await Simulator.connect(request)).reset();
  const main = await arId(request, 'Main Line – San Francisco');
  await signIn(page, 'support');
  await shootEach(page, 'routing-diagram', async () => {
    await page.goto(`/auto-receptionists/${main}/diagram?hours=business`);
    await drawn(page);
  });
});

test('Routing diagram: the Support Menu drawn too, with its loop back to the main line (docs/screenshots/routing-diagram.png)', async ({ page, request }) => {
  await (await Simulator.connect(request)).reset();
  const main = await arId(request, 'Main Line – San Francisco');
  await signIn(page, 'admin');
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(`/auto-receptionists/${main}/diagram?hours=business`);
  await drawn(page);
  // as a person does it: a click on the box draws its menu and the view moves to it
  await page.locator('.react-flow__node .routing-node--autoReceptionist').filter({ hasText: 'Support Menu' }).click();
  await expect(page.locator('.react-flow__edge.routing-edge--back').filter({ hasText: 'back to Main Line' })).toHaveCount(1);
  await page.waitForTimeout(600);
  await page.locator('.routing-diagram__canvas').scrollIntoViewIfNeeded();
  await page.screenshot({ path: new URL('routing-diagram.png', OUT).pathname });
});

test('Routing diagram: a holiday menu', async ({ page, request }) => {
  await (await Simulator.connect(request)).reset();
  const main = await arId(request, 'Main Line – San Francisco');
  await signIn(page, 'manager');
  await shootEach(page, 'routing-diagram-holiday', async () => {
    await page.goto(`/auto-receptionists/${main}/diagram?hours=business`);
    const select = page.getByRole('combobox', { name: 'Holiday menu' });
    await select.selectOption({ index: 1 });
    await expect(page).toHaveURL(/holiday=/);
    await drawn(page);
  });
});

test('Routing diagram: who answers a call queue', async ({ page, request }) => {
  await (await Simulator.connect(request)).reset();
  const main = await arId(request, 'Main Line – San Francisco');
  await signIn(page, 'support');
  await shootEach(page, 'routing-diagram-queue', async (size) => {
    await page.goto(`/auto-receptionists/${main}/diagram?hours=business`);
    await drawn(page);
    const sales = page.locator('.react-flow__node .routing-node--to-callQueue').filter({ hasText: 'Sales' }).first();
    // a click as a person makes it on a desktop; on a phone the box is a pan away, the panel shows below the drawing
    if (size.name === 'desktop') await sales.click();
    else await sales.dispatchEvent('click');
    await expect(page.locator('.diagram-details').getByRole('list', { name: 'Members of Sales' })).toBeVisible();
  });
});

test('Setup with a missing scope', async ({ page, request }) => {
  const sim = await Simulator.connect(request);
  await sim.reset();
  const all = await sim.grantedScopes();
  await sim.fault({ scopes: all.filter((s) => s !== 'phone:update:auto_receptionist_ivr:admin') });
  try {
    await signIn(page, 'admin');
    await page.goto('/setup');
    await page.getByRole('button', { name: 'Check again' }).click();
    await expect(page.locator('.setup__scope')).toHaveCount(1);
    await shoot(page, 'setup-missing-scope');
  } finally {
    await sim.reset();
    await page.request.get('/api/setup?recheck=true');
  }
});
