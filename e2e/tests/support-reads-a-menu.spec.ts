// Issue 2 journey: a support agent signs in, opens an auto receptionist and
// reads where key 1 sends callers, by name — the same name Zoom reports.
import { expect, test } from '@playwright/test';
import { Simulator, signIn, type ZoomAr, type ZoomIvr } from './support';

test('support signs in, opens an auto receptionist and reads key 1 by name', async ({ page, request }) => {
  const sim = await Simulator.connect(request);
  await sim.reset();
  const { auto_receptionists: ars } = await sim.get<{ auto_receptionists: ZoomAr[] }>(
    '/phone/auto_receptionists?page_size=100',
  );
  // the first AR whose business-hours key 1 forwards somewhere named
  let chosen: { ar: ZoomAr; name: string } | null = null;
  for (const ar of ars) {
    const ivr = await sim.get<ZoomIvr>(`/phone/auto_receptionists/${ar.id}/ivr?hours_type=business_hours`);
    const name = ivr.key_actions.find((k) => k.key === '1')?.target?.display_name;
    if (name) {
      chosen = { ar, name };
      break;
    }
  }
  expect(chosen, 'the demo account has an auto receptionist whose key 1 forwards to someone').not.toBeNull();

  await signIn(page, 'support');
  await expect(page.getByRole('heading', { name: /auto receptionists/i })).toBeVisible();
  await page.getByRole('link', { name: chosen!.ar.name }).click();
  await expect(page.getByRole('heading', { name: chosen!.ar.name, level: 1 })).toBeVisible();

  const key1 = page.locator('tr[data-key="1"]');
  await expect(key1).toContainText(chosen!.name);
  await expect(page.getByText('Demo mode — simulated Zoom account')).toBeVisible();
});

test('signing out returns to the login page and the API refuses the old session', async ({ page }) => {
  await signIn(page, 'support');
  await page.getByRole('button', { name: /sign out/i }).click();
  await expect(page).toHaveURL(/\/login/);
  const res = await page.request.get('/api/auto-receptionists');
  expect(res.status()).toBe(401);
});
