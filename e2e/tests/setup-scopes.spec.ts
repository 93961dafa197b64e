// Issue 6: scopes as a real account meets them. The Zoom app's token lacks
// phone:update:auto_receptionist_ivr:admin: an admin sees a banner, the Setup
// page names the scope and what it blocks (IVR editor, menu copy), and an
// apply in the editor is refused with the scope named — nothing applied.
import { expect, test } from '@playwright/test';
import { Simulator, signIn, type ZoomAr } from './support';

const EDIT_SCOPE = 'phone:update:auto_receptionist_ivr:admin';

test('a missing scope is named on Setup with what it blocks, and an apply is refused naming it', async ({ page, request }) => {
  const sim = await Simulator.connect(request);
  await sim.reset();
  // Every scope the simulated app holds, but the one that edits IVR menus.
  const all = await sim.grantedScopes();
  expect(all).toContain(EDIT_SCOPE);
  await sim.fault({ scopes: all.filter((s) => s !== EDIT_SCOPE) });
  try {
    await signIn(page, 'admin');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Setup' }).click();
    await expect(page.getByRole('heading', { name: 'Setup', level: 1 })).toBeVisible();
    // Zoom grants new scopes only to new tokens: "Check again" asks for one.
    await page.getByRole('button', { name: 'Check again' }).click();
    const missing = page.locator('.setup__scope');
    await expect(missing).toHaveCount(1);
    await expect(missing).toContainText(EDIT_SCOPE);
    await expect(missing).toContainText('Blocks: IVR editor, Menu copy');
    await expect(page.getByRole('status').filter({ hasText: 'lacks one scope' })).toBeVisible();
    await expect(page.locator('.banner--danger')).toContainText('IVR editor and Menu copy do not work until it is added');
    await page.screenshot({ path: 'test-results/setup-missing-scope.png', fullPage: true });

    // The editor's apply is refused before anything is sent, with the scope named.
    const { auto_receptionists: ars } = await sim.get<{ auto_receptionists: ZoomAr[] }>('/phone/auto_receptionists?page_size=100');
    const ar = ars.find((a) => a.name.includes('San Francisco'))!;
    await page.goto(`/auto-receptionists/${ar.id}/edit?menu=business`);
    await page.locator('.keypad button[data-key="7"]').click();
    await page.getByLabel('When the caller presses 7').selectOption({ label: 'Voicemail of this auto receptionist' });
    await page.getByRole('button', { name: 'Review changes' }).click();
    await page.getByRole('button', { name: /^Apply 1 change$/ }).click();
    const refusal = page.getByText(new RegExp(`Nothing was sent to Zoom: .*${EDIT_SCOPE}`));
    await expect(refusal).toBeVisible();
    await expect(page.getByRole('alert')).toContainText('The change could not be sent');
    await expect(page.getByText(/Applied and verified|changes? landed:/)).toHaveCount(0);
    await page.screenshot({ path: 'test-results/setup-apply-refused.png', fullPage: true });
  } finally {
    // Give the BFF a token with every scope again, for the journeys after this one.
    await sim.reset();
    await page.request.get('/api/setup?recheck=true');
  }
});
