// The screenshots in docs/screenshots, taken from the built app against the
// simulator at a desktop (1440×900) and a phone (390×844) width, with a check
// that no page scrolls sideways. Not part of the test run:
//   npx --yes pnpm@10.34.9 --filter @switchboard/e2e screenshots   (after a build)
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
    await page.waitForTimeout(200);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${file} at ${size.width}px scrolls sideways`).toBeLessThanOrEqual(0);
    await page.screenshot({ path: new URL(`${file}-${size.name}.png`, OUT).pathname });
  }
}

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
