// Changing assets in the browser, by an admin: a program renamed .mp3 is
// refused with the BFF's own sentence and nothing is created; a text asset is
// created through review, then renamed and given an item in another language
// through review, apply and verify; a text-to-speech asset offers only the
// voices of its language and takes a recording in another; a category is
// added, renamed and deleted.
import { expect, test } from '@playwright/test';
import { Simulator, signIn } from './support';
import { wavBytes } from './cc-wav';

test.beforeEach(async ({ request }) => {
  await (await Simulator.connect(request)).reset();
});

test('a program renamed .mp3 is refused with a sentence, and no asset is made', async ({ page }) => {
  await signIn(page, 'admin');
  await page.goto('/contact-center/assets/new');
  await page.getByLabel('Name', { exact: true }).fill('Not really audio');
  // "MZ": the start of a Windows program
  const program = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(4096, 0x90)]);
  await page.getByLabel('Recording', { exact: true }).setInputFiles({ name: 'song.mp3', mimeType: 'audio/mpeg', buffer: program });
  await page.getByRole('button', { name: 'Upload and create' }).click();
  const refusal = page.getByRole('alert').filter({ hasText: 'The file was not sent to Zoom' });
  await expect(refusal).toBeVisible({ timeout: 20_000 });
  await expect(refusal).not.toContainText('HTTP');
  expect((await refusal.innerText()).length).toBeGreaterThan(40);
  await expect(page).toHaveURL(/\/contact-center\/assets\/new$/);
  const list = (await (await page.request.get('/api/cc/assets?q=Not%20really')).json()) as { items: unknown[] };
  expect(list.items).toHaveLength(0);
});

test('a text asset is created through review; an asset is renamed and given another language', async ({ page }) => {
  await signIn(page, 'admin');
  await page.goto('/contact-center/assets/new');
  await page.getByRole('radio', { name: /^Text/ }).check();
  await page.getByLabel('Name', { exact: true }).fill('E2E opening note');
  await page.getByLabel('Category').selectOption({ label: 'Chat Replies' });
  await page.locator('#new-asset-words').fill('We open at nine.');
  await page.getByRole('button', { name: 'Review the new asset' }).click();
  await expect(page.getByRole('heading', { name: 'Review changes' })).toBeVisible();
  await page.getByRole('button', { name: /^Apply/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'E2E opening note' })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText('We open at nine.')).toBeVisible();

  await page.getByRole('button', { name: 'Edit asset' }).click();
  await page.getByLabel('Name', { exact: true }).fill('E2E opening hours note');
  await page.getByRole('button', { name: 'Add a language' }).click();
  const added = page.getByRole('group', { name: 'New item' });
  await added.getByLabel('Language').selectOption('fr-FR');
  await page.getByRole('group', { name: 'French (France)' }).getByLabel('Text').fill('Nous ouvrons à neuf heures.');
  await page.getByRole('button', { name: 'Review changes' }).click();
  await expect(page.getByRole('heading', { name: 'Review changes' })).toBeVisible();
  await page.getByRole('button', { name: /^Apply/ }).click();
  await expect(page.locator('[data-outcome="applied"]')).toBeVisible({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Back to the asset' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'E2E opening hours note' })).toBeVisible();
  await expect(page.locator('[data-language="fr-FR"]')).toContainText('Nous ouvrons à neuf heures.');
});

test('a text-to-speech asset in a voice of its language, then a recording added in French', async ({ page }) => {
  await signIn(page, 'admin');
  await page.goto('/contact-center/assets/new');
  await page.getByRole('radio', { name: /^Audio: text-to-speech/ }).check();
  await page.getByLabel('Name', { exact: true }).fill('E2E spoken welcome');
  await page.getByLabel('Language', { exact: true }).selectOption('en-GB');
  // only the voices that speak British English are offered
  const voices = await page.getByLabel('Voice', { exact: true }).locator('option').allTextContents();
  expect(voices.filter((v) => v !== 'Choose a voice').sort()).toEqual(['Amy', 'Arthur', 'Brian', 'Emma']);
  await page.getByLabel('Voice', { exact: true }).selectOption('Amy');
  await page.locator('#new-asset-words').fill('Welcome to the demo.');
  await page.getByRole('button', { name: 'Review the new asset' }).click();
  await page.getByRole('button', { name: /^Apply/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'E2E spoken welcome' })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText('Spoken by Amy (text-to-speech)')).toBeVisible();

  await page.getByRole('button', { name: 'Edit asset' }).click();
  await page.getByLabel('Language', { exact: true }).last().selectOption('fr-FR');
  await page.getByLabel('File', { exact: true }).setInputFiles({ name: 'bonjour.wav', mimeType: 'audio/wav', buffer: wavBytes() });
  await page.getByRole('button', { name: 'Add it in this language' }).click();
  await expect(page.locator('[data-outcome="applied"]')).toBeVisible({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByLabel('Play E2E spoken welcome in French (France)')).toBeVisible();
});

test('a category is added, renamed and deleted', async ({ page }) => {
  await signIn(page, 'admin');
  await page.goto('/contact-center/categories');
  await page.getByLabel('New category').fill('E2E seasonal');
  await page.getByRole('button', { name: 'Add the category' }).click();
  await expect(page.getByRole('listitem').filter({ hasText: 'E2E seasonal' })).toBeVisible({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Rename E2E seasonal' }).click();
  await page.getByLabel('New name for E2E seasonal').fill('E2E winter');
  await page.getByRole('button', { name: 'Rename', exact: true }).click();
  await expect(page.getByRole('listitem').filter({ hasText: 'E2E winter' })).toBeVisible({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Delete E2E winter' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete the category' }).click();
  await expect(page.getByRole('listitem').filter({ hasText: 'E2E winter' })).toHaveCount(0, { timeout: 30_000 });
  await expect(page.locator('[data-outcome="applied"]')).toBeVisible();
});
