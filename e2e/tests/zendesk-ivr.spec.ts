// An admin edits a Zendesk Talk menu in the same keypad editor as Zoom's:
// key 2 to another menu, "Any other key" to the voicemail of a group; reviews
// the requests in Zendesk's write model, applies them, and sees them verified —
// and the Zendesk simulator holds exactly those routes afterwards.
import { expect, test, type APIRequestContext } from '@playwright/test';
import { signIn } from './support';

const DEMO_AUTH = `Basic ${Buffer.from('demo@example.com/token:demo-zendesk-token').toString('base64')}`;

async function zendeskSim(request: APIRequestContext): Promise<string> {
  const health = (await (await request.get('/api/health')).json()) as { zendesk: { simulatorUrl?: string } };
  if (!health.zendesk.simulatorUrl) throw new Error('No Zendesk simulator: the BFF is not in demo mode.');
  return health.zendesk.simulatorUrl;
}

test('an admin sends key 2 to another menu and "any other key" to a group’s voicemail, reviews, applies, sees it verified', async ({ page, request }) => {
  const sim = await zendeskSim(request);
  expect((await request.post(`${sim}/__sim/reset`)).ok()).toBeTruthy();

  await signIn(page, 'admin');
  await page.goto('/auto-receptionists');
  await page.getByLabel('Provider').selectOption('zendesk');
  await expect(page.getByRole('heading', { name: 'Zendesk Talk', level: 2 })).toBeVisible();
  await page.getByRole('link', { name: 'Customer Support Line' }).click();
  await expect(page.getByRole('heading', { name: 'Customer Support Line', level: 1 })).toBeVisible();
  // The map follows "menu" routes: Technical support opens beneath Main menu's key 2.
  await expect(page.locator('[data-menu-id="20001"] [data-menu-id="20002"]')).toBeVisible();
  await page.getByRole('link', { name: 'Edit the menu Main menu' }).click();

  await expect(page.getByRole('heading', { name: /edit “Main menu”/ })).toBeVisible();
  await page.locator('.keypad__key[data-key="2"]').click();
  await page.getByLabel('What this key does').selectOption({ label: 'Go to another menu' });
  await page.getByLabel('Menu to go to').selectOption({ label: 'After hours' });
  await expect(page.locator('.keypad__key[data-key="2"]')).toContainText('After hours');

  await page.locator('.keypad__key[data-key="default"]').click();
  await page.getByLabel('What this key does').selectOption({ label: 'Voicemail of a group' });
  await page.getByRole('checkbox', { name: 'Billing' }).check();
  await expect(page.getByText('2 changes, not yet in Zendesk Talk')).toBeVisible();

  await page.getByRole('button', { name: 'Review changes' }).click();
  await expect(page.getByRole('heading', { name: 'Review changes' })).toBeVisible();
  const changes = page.getByRole('list', { name: 'Changes to send to Zendesk Talk' });
  await expect(changes.getByRole('listitem')).toHaveCount(2);
  await expect(changes).toContainText('Key 2: go to the menu “After hours” instead of go to the menu “Technical support”');
  await expect(changes).toContainText('Any other key: voicemail of Billing (group) instead of forward to Support (group)');

  await page.getByRole('button', { name: /^Apply/ }).click();
  await expect(page.locator('[data-outcome="applied"]')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText('Zendesk Talk confirms every change')).toBeVisible();

  // What Zendesk (the simulator) holds now, read as Zendesk answers it.
  const routes = (await (
    await request.get(`${sim}/api/v2/channels/voice/ivr/10001/menus/20001/routes`, { headers: { authorization: DEMO_AUTH } })
  ).json()) as { ivr_routes: { keypress: string; action: string; options: Record<string, unknown> }[] };
  const byKey = Object.fromEntries(routes.ivr_routes.map((r) => [r.keypress, r]));
  expect(byKey['2']).toMatchObject({ action: 'menu', options: { menu_id: 20003 } });
  expect(byKey.default).toMatchObject({ action: 'voicemail', options: { group_ids: [360000100003] } });

  // Back in the editor, the menu shows as Zendesk has it now.
  await page.getByRole('button', { name: /Back to (editing|the menu)/ }).click();
  await expect(page.locator('.keypad__key[data-key="default"]')).toContainText('Billing');
  await expect(page.getByText('No changes yet')).toBeVisible();
});

test('support reads Zendesk menus and is offered no edit', async ({ page }) => {
  await signIn(page, 'support');
  await page.goto('/auto-receptionists?provider=zendesk');
  await page.getByRole('link', { name: 'Sales & Billing Line' }).click();
  await expect(page.getByRole('heading', { name: 'Sales & Billing Line', level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Main menu' })).toBeVisible();
  await expect(page.getByRole('link', { name: /^Edit the menu/ })).toHaveCount(0);
});
