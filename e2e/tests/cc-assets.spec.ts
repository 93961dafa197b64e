// The asset library in the browser: an admin uploads a small WAV (made here)
// as a new audio asset in a new category, plays it (the <audio> element's
// source answers 200 with audio and the browser reads its length), duplicates
// it and deletes the copy; a support person then reads the asset and is
// offered no way to change it.
import { expect, test, type Page } from '@playwright/test';
import { Simulator, signIn } from './support';
import { wavBytes } from './cc-wav';

test.beforeEach(async ({ request }) => {
  await (await Simulator.connect(request)).reset();
});

async function playable(page: Page, name: string) {
  const audio = page.getByLabel(`Play ${name} in English (United States)`);
  await expect(audio).toBeVisible();
  const src = await audio.getAttribute('src');
  expect(src, 'the audio element plays from the BFF').toMatch(/^\/api\/cc\/assets\//);
  const res = await page.request.get(src!);
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toMatch(/^audio\//);
  // the browser itself loads it: its length is known
  await expect.poll(() => audio.evaluate((el: HTMLAudioElement) => (el.readyState >= 1 ? el.duration : 0)), { timeout: 15_000 }).toBeGreaterThan(0);
  return src!;
}

test('an admin uploads a wav into a new category, plays it, duplicates it and deletes the copy; support reads it without edit controls', async ({ page, browser }) => {
  const stamp = Date.now().toString(36);
  const name = `E2E chime ${stamp}`;
  const category = `E2E sounds ${stamp}`;

  await signIn(page, 'admin');
  await page.goto('/contact-center/assets');
  await expect(page.getByRole('heading', { level: 1, name: 'Asset library' })).toBeVisible();
  await page.getByRole('link', { name: 'New asset' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New asset' })).toBeVisible();
  await page.getByLabel(/Audio: upload a recording/).check();
  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.getByLabel('Category').selectOption({ label: 'A new category…' });
  await page.getByLabel('Name of the new category').fill(category);
  await page.getByLabel('Recording', { exact: true }).setInputFiles({ name: 'chime.wav', mimeType: 'audio/wav', buffer: wavBytes() });
  await page.getByRole('button', { name: 'Upload and create' }).click();

  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible({ timeout: 30_000 });
  const assetUrl = page.url();
  expect(assetUrl).toMatch(/\/contact-center\/assets\/[A-Za-z0-9_-]+$/);
  await expect(page.locator('.asset-detail__facts')).toContainText(category);
  await playable(page, name);

  // the library lists it under its new category
  await page.goto('/contact-center/assets');
  const categoryId = await page.getByLabel('Category').locator('option', { hasText: category }).getAttribute('value');
  await page.getByLabel('Category').selectOption(categoryId!);
  await expect(page.getByRole('row', { name: new RegExp(name) })).toBeVisible();

  // duplicate: the copy opens, then is deleted after a confirmation
  await page.goto(assetUrl);
  await page.getByRole('button', { name: 'Duplicate' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByLabel('Name of the copy')).toHaveValue(`${name} (copy)`);
  await dialog.getByRole('button', { name: 'Duplicate' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `${name} (copy)` })).toBeVisible({ timeout: 30_000 });
  expect(page.url()).not.toBe(assetUrl);
  await page.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('dialog')).toContainText('Zoom removes it');
  await page.getByRole('dialog').getByRole('button', { name: 'Delete the asset' }).click();
  await expect(page).toHaveURL(/\/contact-center\/assets$/, { timeout: 30_000 });
  await page.getByLabel('Search').fill(name);
  await expect(page.getByRole('row', { name: new RegExp(`^${name} Audio`) })).toBeVisible();
  await expect(page.getByRole('row', { name: /\(copy\)/ })).toHaveCount(0);

  // support: reads and plays the asset, offered nothing to change
  const support = await browser.newPage();
  await signIn(support, 'support');
  await support.goto('/contact-center/assets');
  await expect(support.getByRole('heading', { level: 1, name: 'Asset library' })).toBeVisible();
  await expect(support.getByRole('link', { name: 'New asset' })).toHaveCount(0);
  await expect(support.getByRole('link', { name: 'Categories' })).toHaveCount(0);
  await support.goto(assetUrl);
  await expect(support.getByRole('heading', { level: 1, name })).toBeVisible();
  await playable(support, name);
  for (const button of ['Edit asset', 'Duplicate', 'Delete']) await expect(support.getByRole('button', { name: button })).toHaveCount(0);
  await expect(support.getByText('Only admins change Contact Center hours, closures, queues and assets.')).toBeVisible();
  await support.close();
});
