// Issue 3 acceptance: the forum's change (key 1 → a user's extension, business
// hours) made in the editor lands in Zoom — and when Zoom silently drops the
// write, the editor says so in red and never calls it saved.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { Simulator, signIn, zoomPatch, type ZoomAr } from './support';

interface ZoomUser {
  id: string;
  name?: string;
  extension_id?: string;
  extension_number?: number | string;
}
interface ZoomIvrRead {
  key_actions: { key: string; action: number; target?: { extension_id?: string } }[];
}
interface ApplyResponse {
  outcome: string;
  mismatches: { field: string; expected: string; actual: string }[];
  ops: { status: string; trackingId: string | null }[];
}

async function expectNoSeriousViolations(page: Page, state: string) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const serious = results.violations.filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
  const report = serious.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(report, `${state}: serious accessibility violations`).toEqual([]);
}

/** The San Francisco main line and a user its key 1 does not already reach. */
async function pickTargets(sim: Simulator) {
  const { auto_receptionists: ars } = await sim.get<{ auto_receptionists: ZoomAr[] }>(
    '/phone/auto_receptionists?page_size=100',
  );
  const ar = ars.find((a) => a.name.includes('San Francisco')) ?? ars[0]!;
  const { users } = await sim.get<{ users: ZoomUser[] }>('/phone/users?page_size=100');
  const user = users.find(
    (u) =>
      u.name &&
      u.extension_id &&
      u.extension_number &&
      u.name.split(' ').length === 2 &&
      u.name !== 'Diego Okafor',
  );
  if (!user?.name || !user.extension_id)
    throw new Error('The seeded account has no user with a name and an extension.');
  return { ar, user: { ...user, name: user.name, extension_id: user.extension_id } };
}

/** Key 1 → Forward to user → the user, picked by typing part of the surname; then Review and Apply. */
async function makeForumChange(page: Page, arId: string, userName: string) {
  await reviewForumChange(page, arId, userName);
  return applyReviewed(page, arId);
}

/** The forum change, up to the review of its plan. */
async function reviewForumChange(page: Page, arId: string, userName: string) {
  await page.goto(`/auto-receptionists/${arId}/edit?menu=business`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(
    'edit the business hours menu',
  );
  await page.locator('.keypad button[data-key="1"]').click();
  await page.getByLabel('When the caller presses 1').selectOption({ label: 'Forward to user' });
  const picker = page.getByRole('combobox', { name: 'User' });
  await picker.fill(userName.split(' ')[1]!.slice(0, 4));
  await page.getByRole('option', { name: new RegExp(userName) }).click();
  await expect(picker).toHaveValue(new RegExp(`^${userName} \\(ext \\d+\\)$`));
  await expect(page.locator('.keypad button[data-key="1"]')).toContainText(userName);
  await expect(page.locator('.keypad button[data-key="1"]')).toContainText('Changed');

  await page.getByRole('button', { name: 'Review changes' }).click();
  await expect(page.getByRole('heading', { name: 'Review changes' })).toBeVisible();
  const op = page.locator('.plan-ops__item');
  await expect(op).toHaveCount(1);
  await expect(op).toContainText(
    new RegExp(`Key 1: forward to ${userName} \\(ext \\d+\\) instead of`),
  );
  await op.getByText('The exact request to Zoom').click();
  await expect(op.locator('pre')).toContainText(`PATCH /phone/auto_receptionists/${arId}/ivr`);
  await expectNoSeriousViolations(page, 'IVR editor: review');
}

/**
 * Apply the reviewed change and return the outcome the editor received. The
 * editor follows the PUT as server-sent events, whose body Chromium does not
 * keep for the test; so the PUT passes through a route that records the stream
 * (the browser still gets and parses it, all at once). Its last event,
 * `outcome`, is exactly the JSON PUT's body.
 */
async function applyReviewed(page: Page, arId: string) {
  const url = `**/api/auto-receptionists/${arId}/ivr`;
  let recorded: (value: { accept: string; contentType: string; text: string }) => void;
  const stream = new Promise<{ accept: string; contentType: string; text: string }>(
    (resolve) => (recorded = resolve),
  );
  await page.route(url, async (route) => {
    if (route.request().method() !== 'PUT') return route.fallback();
    const response = await route.fetch();
    const text = await response.text();
    recorded({
      accept: route.request().headers()['accept'] ?? '',
      contentType: response.headers()['content-type'] ?? '',
      text,
    });
    await route.fulfill({ response, body: text });
  });
  await page.getByRole('button', { name: 'Apply 1 change' }).click();
  const { accept, contentType, text } = await stream;
  await page.unroute(url);
  expect(accept).toContain('text/event-stream');
  expect(contentType).toMatch(/^text\/event-stream/);
  const events = text
    .split('\n\n')
    .map((block) => block.split('\n').filter((l) => l !== '' && !l.startsWith(':')))
    .filter((lines) => lines.length > 0)
    .map((lines) => ({
      event: lines.find((l) => l.startsWith('event: '))?.slice(7),
      data: lines.find((l) => l.startsWith('data: '))?.slice(6) ?? 'null',
    }));
  const names = events.map((e) => e.event);
  // A conflict is the outcome alone; otherwise the plan, the one request, the read-back, the outcome.
  expect(names).toEqual(
    names.length === 1 ? ['outcome'] : ['planned', 'op', 'verifying', 'outcome'],
  );
  return JSON.parse(events.at(-1)!.data) as ApplyResponse;
}

test.beforeEach(async ({ request }) => {
  const sim = await Simulator.connect(request);
  await sim.reset();
});

test('the forum change made in the editor reads back from Zoom as set', async ({
  page,
  request,
}) => {
  const sim = await Simulator.connect(request);
  const { ar, user } = await pickTargets(sim);
  await signIn(page, 'admin');

  // Admins reach the editor from the menu in words.
  await page.goto(`/auto-receptionists/${ar.id}`);
  await page.getByRole('link', { name: 'Edit menu', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/auto-receptionists/${ar.id}/edit\\?menu=business$`));
  await expect(page.locator('.keypad button')).toHaveCount(12);
  await expectNoSeriousViolations(page, 'IVR editor');

  const result = await makeForumChange(page, ar.id, user.name);
  expect(result.outcome).toBe('applied');
  const outcome = page.locator('[data-outcome]');
  await expect(outcome).toHaveAttribute('data-outcome', 'applied');
  await expect(outcome.getByRole('heading', { name: 'Zoom confirms every change' })).toBeVisible();
  await expectNoSeriousViolations(page, 'IVR editor: applied outcome');

  // Straight from the simulator, not through the BFF: key 1 now forwards to the user's extension.
  const ivr = await sim.get<ZoomIvrRead>(
    `/phone/auto_receptionists/${ar.id}/ivr?hours_type=business_hours`,
  );
  const key1 = ivr.key_actions.find((k) => k.key === '1');
  expect(key1?.action).toBe(2);
  expect(key1?.target?.extension_id).toBe(user.extension_id);
});

test('apply shows each request as Zoom answers it, live, before the verified outcome', async ({
  page,
  request,
}) => {
  const sim = await Simulator.connect(request);
  const { ar, user } = await pickTargets(sim);
  await signIn(page, 'admin');
  await reviewForumChange(page, ar.id, user.name);
  await sim.fault({ latencyMs: 800 }); // every Zoom call now takes 0.8 s

  await page.getByRole('button', { name: 'Apply 1 change' }).click();
  const op = page.locator('.plan-ops__item');
  await expect(op).toHaveAttribute('data-status', 'sending');
  await expect(op).toContainText('Sending…');
  await expect(page.getByText('0 of 1 sent', { exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Reading the menu back from Zoom…' })).toBeVisible();
  await expect(op).toContainText('Accepted by Zoom (HTTP 204)');
  await expect(page.locator('[data-outcome]')).toHaveAttribute('data-outcome', 'applied');
  await expect(page.getByRole('heading', { name: 'Zoom confirms every change' })).toBeVisible();
});

test('with writes dropped by Zoom, the same edit ends as not persisted, in red, never saved', async ({
  page,
  request,
}) => {
  const sim = await Simulator.connect(request);
  const { ar, user } = await pickTargets(sim);
  await sim.fault({ dropWrites: true });
  await signIn(page, 'admin');

  const result = await makeForumChange(page, ar.id, user.name);
  expect(result.outcome).toBe('not_persisted');
  expect(result.mismatches.map((m) => m.field)).toEqual(['key:1']);
  const trackingIds = result.ops.map((o) => o.trackingId).filter(Boolean);
  expect(trackingIds.length).toBeGreaterThan(0);

  const outcome = page.locator('[data-outcome]');
  await expect(outcome).toHaveAttribute('data-outcome', 'not_persisted');
  const heading = outcome.getByRole('heading', { level: 2 });
  await expect(heading).toHaveText(/Zoom did not keep 1 change/);
  await expect(heading).toHaveCSS('color', 'rgb(161, 29, 29)');
  const row = outcome.locator('tr[data-field="key:1"]');
  await expect(row).toContainText('Key 1');
  await expect(row).toContainText(user.name);
  await expect(row.locator('td').last()).toHaveCSS('color', 'rgb(161, 29, 29)');
  for (const id of trackingIds) await expect(outcome).toContainText(id!);
  await expect(page.getByRole('main')).not.toContainText(/\bsaved\b|\bapplied\b/i);
  await expectNoSeriousViolations(page, 'IVR editor: not persisted outcome');

  const ivr = await sim.get<ZoomIvrRead>(
    `/phone/auto_receptionists/${ar.id}/ivr?hours_type=business_hours`,
  );
  expect(ivr.key_actions.find((k) => k.key === '1')?.target?.extension_id).not.toBe(
    user.extension_id,
  );
});

test('only admins edit menus: support is told so and sees no editor', async ({ page, request }) => {
  const sim = await Simulator.connect(request);
  const { ar } = await pickTargets(sim);
  await signIn(page, 'support');
  await page.goto(`/auto-receptionists/${ar.id}`);
  await expect(page.locator('tr[data-key="1"]')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Edit menu', exact: true })).toHaveCount(0);
  await page.goto(`/auto-receptionists/${ar.id}/edit?menu=business`);
  await expect(
    page.getByText('Only admins edit and copy menus. You are signed in as Support.'),
  ).toBeVisible();
  await expect(page.locator('.keypad')).toHaveCount(0);
});

test('a change made in Zoom meanwhile is a conflict; reload and re-apply keeps both changes', async ({
  page,
  request,
}) => {
  const sim = await Simulator.connect(request);
  const { ar, user } = await pickTargets(sim);
  await signIn(page, 'admin');
  await reviewForumChange(page, ar.id, user.name);

  // Someone else disables key 2 in Zoom while the review is on screen.
  await zoomPatch(request, sim.url, `/phone/auto_receptionists/${ar.id}/ivr`, {
    hours_type: 'business_hours',
    key_action: { key: '2', action: -1 },
  });
  const result = await applyReviewed(page, ar.id);
  expect(result.outcome).toBe('conflict');
  const outcome = page.locator('[data-outcome="conflict"]');
  await expect(
    outcome.getByRole('heading', { name: 'This menu changed in Zoom after you loaded it' }),
  ).toBeVisible();
  await expect(outcome.locator('tr[data-field="key:2"]')).toContainText('Disabled');
  await expectNoSeriousViolations(page, 'IVR editor: conflict outcome');
  // nothing was written: key 1 is untouched
  let ivr = await sim.get<ZoomIvrRead>(
    `/phone/auto_receptionists/${ar.id}/ivr?hours_type=business_hours`,
  );
  expect(ivr.key_actions.find((k) => k.key === '1')?.target?.extension_id).not.toBe(
    user.extension_id,
  );

  await outcome.getByRole('button', { name: 'Reload and re-apply my changes' }).click();
  await expect(page.getByRole('heading', { name: 'Review changes' })).toBeVisible();
  await expect(page.locator('.plan-ops__item')).toHaveCount(1);
  await expect(page.locator('.plan-ops__item')).toContainText(`Key 1: forward to ${user.name}`);
  expect((await applyReviewed(page, ar.id)).outcome).toBe('applied');
  await expect(page.locator('[data-outcome]')).toHaveAttribute('data-outcome', 'applied');

  ivr = await sim.get<ZoomIvrRead>(
    `/phone/auto_receptionists/${ar.id}/ivr?hours_type=business_hours`,
  );
  expect(ivr.key_actions.find((k) => k.key === '1')?.target?.extension_id).toBe(user.extension_id);
  expect(ivr.key_actions.find((k) => k.key === '2')?.action).toBe(-1);
});
