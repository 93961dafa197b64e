// The screenshot step every *.shot.ts shares: at 1440×900 and 390×844, from
// the top of the page (a full-page shot taken scrolled draws the sticky header
// mid-page), checked for sideways scroll first, written to
// docs/screenshots/<file>-desktop.png and -phone.png.
import { expect, type Page } from '@playwright/test';

export const WIDTHS = [
  { name: 'desktop', width: 1440, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const;
const OUT = new URL('../../docs/screenshots/', import.meta.url);

export async function shoot(page: Page, file: string, { fullPage = true }: { fullPage?: boolean } = {}): Promise<void> {
  for (const size of WIDTHS) {
    await page.setViewportSize({ width: size.width, height: size.height });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(300);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${file} at ${size.width}px scrolls sideways`).toBeLessThanOrEqual(0);
    await page.screenshot({ path: new URL(`${file}-${size.name}.png`, OUT).pathname, fullPage });
  }
}
