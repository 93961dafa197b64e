// Screenshots of the everyday pages at 1440×900 and 390×844 (docs/screenshots/
// <name>-desktop.png / -phone.png), each checked for sideways scroll first:
// sign-in, the list, a menu in words, the editor, review, the outcomes
// (applied, not kept, a conflict naming who changed it), the history, not found.
// On demand only: npx --yes pnpm@10.34.9 --filter @switchboard/e2e screenshots
import { expect, test, type Page } from '@playwright/test';
import { Simulator, signIn, type ZoomAr } from '../tests/support';

const WIDTHS = [
  { name: 'desktop', width: 1440, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const;
const OUT = new URL('../../docs/screenshots/', import.meta.url);

async function shoot(page: Page, file: string, { fullPage = false }: { fullPage?: boolean } = {}) {
  for (const size of WIDTHS) {
    await page.setViewportSize({ width: size.width, height: size.height });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(250);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${file} at ${size.width}px scrolls sideways`).toBeLessThanOrEqual(0);
    await page.screenshot({ path: new URL(`${file}-${size.name}.png`, OUT).pathname, fullPage });
  }
}

async function mainLine(sim: Simulator) {
  const { auto_receptionists: ars } = await sim.get<{ auto_receptionists: ZoomAr[] }>('/phone/auto_receptionists?page_size=100');
  return ars.find((a) => a.name === 'Main Line – San Francisco')!.id;
}

/** In the editor: key 9 to this auto receptionist's voicemail (or back to disabled), then Review. */
async function editKey9AndReview(page: Page, id: string) {
  await page.goto(`/auto-receptionists/${id}/edit?menu=business`);
  await page.locator('.keypad__key[data-key="9"]').click();
  const action = page.getByLabel('When the caller presses 9');
  await action.selectOption((await action.inputValue()) === '-1' ? '100' : '-1');
  await page.getByRole('button', { name: 'Review changes' }).click();
  await expect(page.getByRole('heading', { name: 'Review changes' })).toBeVisible();
}

test('sign-in', async ({ page }) => {
  await page.goto('/login');
  await expect(page.getByLabel('Email')).toBeVisible();
  await shoot(page, 'login', { fullPage: true });
});

test('list, menu in words, editor, review, outcomes, history, not found', async ({ page, request }) => {
  const sim = await Simulator.connect(request);
  await sim.reset();
  const id = await mainLine(sim);
  try {
    await signIn(page, 'admin');
    await page.goto('/auto-receptionists');
    await expect(page.getByRole('row', { name: /Main Line – San Francisco/ })).toBeVisible();
    await shoot(page, 'ar-list');

    await page.goto(`/auto-receptionists/${id}?menu=business`);
    await expect(page.locator('tr[data-key="1"]')).toBeVisible();
    await shoot(page, 'ar-detail', { fullPage: true });

    await page.goto(`/auto-receptionists/${id}/edit?menu=business`);
    await page.locator('.keypad__key[data-key="2"]').click();
    await shoot(page, 'ivr-editor');

    await editKey9AndReview(page, id);
    await page.getByText('The exact request to Zoom').first().click();
    await shoot(page, 'ivr-review', { fullPage: true });
    await page.getByRole('button', { name: /^Apply/ }).click();
    await expect(page.locator('[data-outcome="applied"]')).toBeVisible({ timeout: 30_000 });
    await shoot(page, 'ivr-applied', { fullPage: true });

    await sim.fault({ dropWrites: true });
    await editKey9AndReview(page, id);
    await page.getByRole('button', { name: /^Apply/ }).click();
    await expect(page.locator('[data-outcome="not_persisted"]')).toBeVisible({ timeout: 30_000 });
    await shoot(page, 'ivr-not-persisted', { fullPage: true });
    await sim.reset();

    // a conflict made through Switchboard by someone else: review, then the menu changes under it
    const fresh = await mainLine(sim);
    await editKey9AndReview(page, fresh);
    const other = await page.context().browser()!.newContext();
    const otherPage = await other.newPage();
    await signIn(otherPage, 'admin');
    await editKey9AndReview(otherPage, fresh);
    await otherPage.getByRole('button', { name: /^Apply/ }).click();
    await expect(otherPage.locator('[data-outcome="applied"]')).toBeVisible({ timeout: 30_000 });
    await other.close();
    await page.getByRole('button', { name: /^Apply/ }).click();
    await expect(page.locator('[data-outcome="conflict"]')).toBeVisible({ timeout: 30_000 });
    await expect(page.getByTestId('conflict-changed-by')).toBeVisible();
    await shoot(page, 'ivr-conflict', { fullPage: true });

    await page.goto('/history');
    await expect(page.getByRole('heading', { level: 1, name: /history/i })).toBeVisible();
    await expect(page.locator('.history-entry').first()).toBeVisible();
    await shoot(page, 'history');

    await page.goto('/no-such-page');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await shoot(page, 'not-found');
  } finally {
    await sim.reset();
  }
});

test('support reads a menu with no edit controls', async ({ page, request }) => {
  const sim = await Simulator.connect(request);
  await sim.reset();
  const id = await mainLine(sim);
  await signIn(page, 'support');
  await page.goto(`/auto-receptionists/${id}?menu=business`);
  await expect(page.locator('tr[data-key="1"]')).toBeVisible();
  await shoot(page, 'ar-detail-support', { fullPage: true });
});
