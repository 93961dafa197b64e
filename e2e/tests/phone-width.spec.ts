// Every page at 390×844, for each role, with a check on each that nothing
// scrolls sideways, and the phone-only promises: the auto receptionist list
// shows phone numbers (cards), a tapped key's settings come into view, the
// exact request to Zoom scrolls inside its own box, job results show why a
// target failed.
import { expect, test, type Page } from '@playwright/test';
import { Simulator, signIn, type DemoRole, type ZoomAr } from './support';

test.use({ viewport: { width: 390, height: 844 } });

async function noSidewaysScroll(page: Page, what: string) {
  await page.waitForLoadState('networkidle');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `${what} scrolls sideways at 390 px`).toBeLessThanOrEqual(0);
}

async function mainLine(request: Parameters<typeof Simulator.connect>[0]) {
  const sim = await Simulator.connect(request);
  await sim.reset();
  const { auto_receptionists: ars } = await sim.get<{ auto_receptionists: ZoomAr[] }>('/phone/auto_receptionists?page_size=100');
  return { sim, id: ars.find((a) => a.name === 'Main Line – San Francisco')!.id };
}

/** The pages every role reads. */
async function readingPages(page: Page, arId: string, role: DemoRole) {
  await page.goto('/auto-receptionists');
  const card = page.getByRole('row', { name: /Main Line – San Francisco/ });
  await expect(card).toBeVisible();
  // the list is one card per auto receptionist on a phone, its phone numbers in view, not behind a sideways scroll
  const numbers = card.locator('[data-label="Phone numbers"]');
  await expect(numbers).toBeVisible();
  expect(await numbers.evaluate((el) => el.getBoundingClientRect().right <= window.innerWidth)).toBe(true);
  await noSidewaysScroll(page, `${role}: auto receptionist list`);

  for (const menu of ['business', 'closed']) {
    await page.goto(`/auto-receptionists/${arId}?menu=${menu}`);
    await expect(page.locator('tr[data-key="1"]')).toBeVisible();
    await noSidewaysScroll(page, `${role}: ${menu} hours menu in words`);
  }
  await page.goto(`/auto-receptionists/${arId}/diagram?hours=business`);
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  await noSidewaysScroll(page, `${role}: routing diagram`);

  await page.goto('/history');
  await expect(page.getByRole('heading', { level: 1, name: /history/i })).toBeVisible();
  await noSidewaysScroll(page, `${role}: history`);

  await page.goto('/no-such-page');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await noSidewaysScroll(page, `${role}: not found`);
}

test('sign-in page', async ({ page }) => {
  await page.goto('/login');
  await expect(page.getByLabel('Email')).toBeVisible();
  await noSidewaysScroll(page, 'sign-in');
});

test('support: every page it can reach, none sideways', async ({ page, request }) => {
  const { id } = await mainLine(request);
  await signIn(page, 'support');
  await readingPages(page, id, 'support');
});

test('manager: every page it can reach, including copy jobs, none sideways', async ({ page, request }) => {
  const { id } = await mainLine(request);
  await signIn(page, 'manager');
  await readingPages(page, id, 'manager');
  await page.goto('/jobs');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await noSidewaysScroll(page, 'manager: copy jobs');
});

test('admin: editor, review, outcome, copy, jobs and setup, none sideways; a tapped key brings its settings into view', async ({ page, request }) => {
  const { id } = await mainLine(request);
  await signIn(page, 'admin');
  await readingPages(page, id, 'admin');

  await page.goto(`/auto-receptionists/${id}/edit?menu=business`);
  await expect(page.locator('.keypad')).toBeVisible();
  await noSidewaysScroll(page, 'admin: editor');
  // the key's settings are below the keypad on a phone: tapping the key brings them up and focuses its action
  await page.locator('.keypad__key[data-key="9"]').click();
  const action = page.getByLabel('When the caller presses 9');
  await expect(action).toBeFocused();
  await expect(action).toBeInViewport({ ratio: 1 });
  const settings = page.locator('.key-editor__title');
  await expect(settings).toHaveText('Key 9');
  await expect(settings).toBeInViewport();

  // a change that needs no destination: Disabled, or this auto receptionist's voicemail when it is disabled already
  await action.selectOption((await action.inputValue()) === '-1' ? '100' : '-1');
  await page.getByRole('button', { name: 'Review changes' }).click();
  await expect(page.getByRole('heading', { name: 'Review changes' })).toBeVisible();
  await page.getByText('The exact request to Zoom').first().click();
  const box = page.locator('.plan-ops__request').first();
  await expect(box).toBeVisible();
  // a long body scrolls inside its box; the page itself does not widen
  expect(await box.evaluate((el) => el.getBoundingClientRect().right <= window.innerWidth)).toBe(true);
  await noSidewaysScroll(page, 'admin: review with the exact request open');
  await page.getByRole('button', { name: /^Apply/ }).click();
  await expect(page.locator('[data-outcome]')).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('#ivr-outcome-title')).toBeInViewport();
  await noSidewaysScroll(page, 'admin: outcome');

  await page.goto(`/auto-receptionists/${id}/copy?hours=business`);
  await expect(page.getByRole('button', { name: 'Preview' })).toBeVisible();
  await noSidewaysScroll(page, 'admin: copy page');

  await page.goto('/jobs');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await noSidewaysScroll(page, 'admin: copy jobs');

  await page.goto('/setup');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await noSidewaysScroll(page, 'admin: setup');

  await page.goto('/people');
  await expect(page.getByRole('table', { name: 'People who sign in' })).toBeVisible();
  await noSidewaysScroll(page, 'admin: people');
});
