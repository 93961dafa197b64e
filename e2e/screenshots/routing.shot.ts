// Screenshots of the routing explorer at 1440×900 and 390×844
// (docs/screenshots/<name>-desktop.png / -phone.png), each checked for
// sideways scroll first: a search with its route tree, a traced call, and
// the problems report.
// On demand only: npx --yes pnpm@10.34.9 --filter @switchboard/e2e screenshots
import { expect, test, type Page } from '@playwright/test';
import { Simulator, signIn } from '../tests/support';

const WIDTHS = [
  { name: 'desktop', width: 1440, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const;
const OUT = new URL('../../docs/screenshots/', import.meta.url);

async function shoot(page: Page, file: string) {
  for (const size of WIDTHS) {
    await page.setViewportSize({ width: size.width, height: size.height });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(250);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${file} at ${size.width}px scrolls sideways`).toBeLessThanOrEqual(0);
    await page.screenshot({ path: new URL(`${file}-${size.name}.png`, OUT).pathname, fullPage: true });
  }
}

test('routing explorer: search, trace and problems', async ({ page, request }) => {
  await (await Simulator.connect(request)).reset();
  await signIn(page, 'support');
  expect((await page.request.get('/api/routing/problems?refresh=true')).status()).toBe(200);

  await page.goto(`/routing?q=${encodeURIComponent('+61 2 5550 1001')}`);
  await expect(page.locator('.search-hit').filter({ hasText: 'Main Line – Sydney' })).toBeVisible();
  await shoot(page, 'routing-search');

  const year = new Date().getUTCFullYear();
  await page.goto(`/routing?number=${encodeURIComponent('+61 2 5550 1001')}&when=${year}-12-25T10:00&zone=Australia/Sydney&keys=1`);
  await expect(page.getByTestId('trace-end')).toContainText('Technical Support');
  await shoot(page, 'routing-trace');

  await page.goto('/routing/problems');
  await expect(page.locator('.problem').first()).toBeVisible();
  await shoot(page, 'routing-problems');

  await page.goto('/auto-receptionists');
  await expect(page.locator('.problem-counts')).toBeVisible();
  await shoot(page, 'routing-home-counts');
});
