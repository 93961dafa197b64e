// Issue 8: the promise holds in the browser too. Leaving mid-apply never
// discards the change and its outcome follows the person; a session that ends
// mid-edit is renewed in place, the draft kept and applied.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { Simulator, signIn, type ZoomAr } from './support';

interface ZoomIvr {
  key_actions: { key: string; action: number }[];
}

async function sfMain(sim: Simulator): Promise<ZoomAr> {
  const { auto_receptionists: ars } = await sim.get<{ auto_receptionists: ZoomAr[] }>('/phone/auto_receptionists?page_size=100');
  return ars.find((a) => a.name.includes('San Francisco'))!;
}

/** Key 7 (disabled in the seed) → voicemail of this auto receptionist, up to the review. */
async function draftKey7(page: Page, arId: string) {
  await page.goto(`/auto-receptionists/${arId}/edit?menu=business`);
  await page.locator('.keypad button[data-key="7"]').click();
  await page.getByLabel('When the caller presses 7').selectOption({ label: 'Voicemail of this auto receptionist' });
  await expect(page.locator('.keypad button[data-key="7"]')).toContainText('Changed');
}

test.beforeEach(async ({ request }) => {
  await (await Simulator.connect(request)).reset();
});

test('leaving during a slowed apply: nothing is discarded, and the outcome is reported after leaving', async ({ page, request }) => {
  const sim = await Simulator.connect(request);
  const ar = await sfMain(sim);
  await signIn(page, 'admin');
  await draftKey7(page, ar.id);
  await page.getByRole('button', { name: 'Review changes' }).click();
  await sim.fault({ latencyMs: 1500 }); // Zoom answers slowly: the apply is still running when we leave
  await page.getByRole('button', { name: 'Apply 1 change' }).click();
  await expect(page.getByText(/sending|0 of 1 sent/i).first()).toBeVisible();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Auto receptionists' }).click();
  const dialog = page.getByRole('dialog', { name: 'Your change is being applied' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: /discard/i })).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Leave — keep applying' }).click();
  await expect(page.getByRole('heading', { name: 'Auto receptionists', level: 1 })).toBeVisible();

  // The outcome follows: first "still being applied", then Zoom's verified answer, with a link.
  const notice = page.locator('.write-notice');
  await expect(notice).toContainText('Main Line – San Francisco, business hours menu');
  await expect(notice).toContainText(/landed: Zoom read it back as set/, { timeout: 20_000 });
  await sim.fault({ latencyMs: 0 });
  const ivr = await sim.get<ZoomIvr>(`/phone/auto_receptionists/${ar.id}/ivr`);
  expect(ivr.key_actions.find((k) => k.key === '7')?.action).toBe(100);

  // …and the object's page shows it.
  await notice.getByRole('link', { name: 'See it' }).click();
  const recent = page.getByRole('region', { name: 'Recent changes' });
  await expect(recent).toContainText('Applied and verified');
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
});

test('a session that ends mid-edit is renewed in a dialog in place; the draft is still there and applies', async ({ page, request }) => {
  const sim = await Simulator.connect(request);
  const ar = await sfMain(sim);
  await signIn(page, 'admin');
  await draftKey7(page, ar.id);

  // The session ends behind the page's back (expiry, or signed out in another tab).
  const session = (await (await page.request.get('/api/session')).json()) as { csrfToken: string };
  expect((await page.request.delete('/api/session', { headers: { 'x-csrf-token': session.csrfToken } })).status()).toBe(204);

  await page.getByRole('button', { name: 'Review changes' }).click();
  const dialog = page.getByRole('dialog', { name: 'Your session has ended' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Password')).toBeFocused();
  await expect(dialog.getByLabel('Email')).toHaveValue('admin@example.com');
  await dialog.getByLabel('Password').fill('switchboard-demo');
  await dialog.getByRole('button', { name: /^sign in$/i }).click();
  await expect(dialog).toBeHidden();

  // The draft survived; it reviews and applies.
  await expect(page.locator('.keypad button[data-key="7"]')).toContainText('Changed');
  await page.getByRole('button', { name: 'Review changes' }).click();
  await page.getByRole('button', { name: 'Apply 1 change' }).click();
  await expect(page.getByRole('heading', { name: 'Zoom confirms every change' })).toBeVisible();
  const ivr = await sim.get<ZoomIvr>(`/phone/auto_receptionists/${ar.id}/ivr`);
  expect(ivr.key_actions.find((k) => k.key === '7')?.action).toBe(100);
});
