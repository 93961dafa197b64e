// Flows, read-only, by a support person: the list, one flow's entry points,
// and its export downloaded as a JSON file.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { Simulator, signIn } from './support';

test('support reads a flow with its entry points and downloads its export', async ({ page, request }) => {
  await (await Simulator.connect(request)).reset();
  await signIn(page, 'support');
  await page.goto('/contact-center/flows');
  const first = page.getByRole('rowheader').first().getByRole('link');
  const name = (await first.textContent())!;
  await first.click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByRole('heading', { name: /Entry points \(\d+\)/ })).toBeVisible();
  await expect(page.getByRole('button', { name: /Edit|Delete/ })).toHaveCount(0);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Export as JSON' }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.json$/);
  const body = JSON.parse(readFileSync((await download.path())!, 'utf8')) as unknown;
  expect(body).toBeTruthy();
});
