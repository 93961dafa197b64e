// Screenshots of the routing explorer at 1440×900 and 390×844
// (docs/screenshots/<name>-desktop.png / -phone.png), each checked for
// sideways scroll first: a search with its route tree, a traced call, and
// the problems report.
// On demand only: npx --yes pnpm@10.34.9 --filter @switchboard/e2e screenshots
import { expect, test } from '@playwright/test';
import { Simulator, signIn } from '../tests/support';
import { shoot } from './shoot';


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
