// Issue 3, items 5 and 6: the routing diagram (a target auto receptionist
// expands into its menu, the loop back is drawn once and not followed, a click
// opens the editor) and copying a menu to other auto receptionists as a
// background job whose verified outcomes match what the simulator now holds.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { Simulator, signIn, type ZoomAr } from './support';

interface ZoomIvrRead {
  key_actions: { key: string; action: number; target?: { extension_id?: string; phone_number?: string } }[];
}

async function expectNoSeriousViolations(page: Page, state: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = serious.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(report, `${state}: serious accessibility violations`).toEqual([]);
}

async function arsByName(sim: Simulator) {
  const { auto_receptionists: ars } = await sim.get<{ auto_receptionists: ZoomAr[] }>('/phone/auto_receptionists?page_size=100');
  const byName = (name: string) => {
    const ar = ars.find((a) => a.name === name);
    if (!ar) throw new Error(`The seeded account has no auto receptionist named ${name}.`);
    return ar;
  };
  return {
    main: byName('Main Line – San Francisco'),
    support: byName('Support Menu'),
    london: byName('Main Line – London'),
    sydney: byName('Main Line – Sydney'),
  };
}

const key = (ivr: ZoomIvrRead, k: string) => {
  const ka = ivr.key_actions.find((a) => a.key === k);
  return ka ? { action: ka.action, extensionId: ka.target?.extension_id ?? null } : null;
};

test.describe('routing diagram and menu copy', () => {
  test.beforeEach(async ({ request }) => {
    const sim = await Simulator.connect(request);
    await sim.reset();
  });

  test('the diagram expands a target auto receptionist, draws the loop back once and offers admins its editor', async ({ page, request }) => {
    const { main, support } = await arsByName(await Simulator.connect(request));
    await signIn(page, 'admin');
    await page.goto(`/auto-receptionists/${main.id}`);
    await page.getByRole('link', { name: 'Routing diagram' }).click();
    await expect(page).toHaveURL(new RegExp(`/auto-receptionists/${main.id}/diagram\\?hours=business`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Routing diagram: Main Line – San Francisco');

    // Key 2 leads to the Support Menu: drawn as a node that can be expanded.
    const supportNode = page.locator('.react-flow__node .routing-node--autoReceptionist').filter({ hasText: 'Support Menu' });
    await expect(supportNode).toHaveCount(1);
    await expect(page.locator('.routing-edge--back').filter({ hasText: 'back to Main Line' })).toHaveCount(0);
    await supportNode.getByRole('button', { name: 'Show its menu' }).click();
    await expect(page).toHaveURL(new RegExp(`expand=${support.id}`));

    // Its key 9 goes back to the main line: one dashed back edge, labelled, and the main line is not drawn twice.
    const back = page.locator('.react-flow__edge.routing-edge--back').filter({ hasText: 'back to Main Line – San Francisco' });
    await expect(back).toHaveCount(1);
    await expect(page.locator('.react-flow__node .routing-node--autoReceptionist').filter({ hasText: 'Main Line – San Francisco' })).toHaveCount(1);
    await expect(supportNode.getByRole('button', { name: 'Hide its menu' })).toBeVisible();
    // The same in the list beside the canvas, for screen readers.
    const outline = page.getByRole('region', { name: 'Routing as a list' });
    await expect(outline.getByText('back to Main Line – San Francisco ↩')).toBeVisible();
    await expect(outline.getByText(/^Key 9: Forward to auto receptionist Main Line – San Francisco/)).toBeVisible();
    await expectNoSeriousViolations(page, 'routing diagram (expanded)');

    await page.getByRole('link', { name: 'Closed hours' }).click();
    await expect(page).toHaveURL(/hours=closed/);
    // (reached by a key and by "no key pressed": drawn twice, the second a copy)
    await expect(page.locator('.react-flow__node .routing-node--autoReceptionist:not(.routing-node--copy)').filter({ hasText: 'After-Hours Emergency Line' })).toBeVisible();
    await page.getByRole('link', { name: 'Business hours' }).click();

    // A click on a drawn auto receptionist opens its panel; for an admin it offers the editor.
    await page.locator('.react-flow__node [data-node-id="ar:' + support.id + '"]').dispatchEvent('click');
    await page.locator('.diagram-details').getByRole('link', { name: 'Edit its menu' }).click();
    await expect(page).toHaveURL(new RegExp(`/auto-receptionists/${support.id}/edit\\?menu=business$`));
  });

  test('copying a business-hours menu to two auto receptionists lands in Zoom, verified per target', async ({ page, request }) => {
    const sim = await Simulator.connect(request);
    const { main, london, sydney } = await arsByName(sim);
    const ivr = (id: string) => sim.get<ZoomIvrRead>(`/phone/auto_receptionists/${id}/ivr?hours_type=business_hours`);
    const sourceKey1 = key(await ivr(main.id), '1');
    expect(sourceKey1).not.toBeNull();
    expect(key(await ivr(london.id), '1')).not.toEqual(sourceKey1);

    await signIn(page, 'admin');
    await page.goto(`/auto-receptionists/${main.id}`);
    await page.getByRole('link', { name: 'Copy this menu to…' }).click();
    await expect(page).toHaveURL(new RegExp(`/auto-receptionists/${main.id}/copy\\?hours=business`));
    await expect(page.getByText(/Holiday menus cannot be copied/)).toBeVisible();
    // The source is not offered as a target.
    await expect(page.getByRole('checkbox', { name: /Main Line – San Francisco/ })).toHaveCount(0);
    await page.getByRole('checkbox', { name: /Main Line – London/ }).check();
    await page.getByRole('checkbox', { name: /Main Line – Sydney/ }).check();
    await expectNoSeriousViolations(page, 'menu copy (targets chosen)');

    await page.getByRole('button', { name: 'Preview' }).click();
    await expect(page.getByRole('heading', { name: 'Preview: nothing has been written yet' })).toBeVisible();
    await expect(page.getByRole('list', { name: 'Changes to Main Line – London' })).toContainText('Key 1: forward to call queue Sales');
    await expect(page.getByTestId('copy-estimate')).toContainText('Pro plan’s 20 requests per second');
    // Nothing written by the preview.
    expect(key(await ivr(london.id), '1')).not.toEqual(sourceKey1);
    // London and Sydney are other sites: named, and the copy waits for an explicit yes.
    const crossSite = page.getByRole('region', { name: '2 auto receptionists are on another site than San Francisco' });
    await expect(crossSite).toContainText('Main Line – Sydney would route key 1 to Sales (San Francisco)');
    await expect(page.getByRole('button', { name: 'Start copy to 2 auto receptionists' })).toBeDisabled();
    await expectNoSeriousViolations(page, 'menu copy preview');
    await crossSite.getByRole('checkbox', { name: 'Yes, route these auto receptionists to San Francisco’s queues and greeting' }).check();

    await page.getByRole('button', { name: 'Start copy to 2 auto receptionists' }).click();
    await expect(page).toHaveURL(/\/jobs\/[0-9a-f-]{36}$/);
    const bar = page.getByRole('progressbar', { name: 'Copy progress' });
    await expect(bar).toHaveAttribute('aria-valuenow', '2', { timeout: 30_000 });
    await expect(bar).toHaveAttribute('aria-valuemax', '2');
    await expect(page.getByText('Finished')).toBeVisible();
    for (const name of ['Main Line – London', 'Main Line – Sydney']) {
      const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name }) });
      await expect(card.getByText('Applied and verified')).toBeVisible();
      await expect(card.getByRole('list', { name: 'Zoom tracking ids' }).locator('code').first()).toBeVisible();
    }
    await expectNoSeriousViolations(page, 'copy job page');

    // Leaving does not lose the job: coming back shows where it is (the snapshot comes first).
    const jobUrl = page.url();
    await page.goto(`/auto-receptionists/${main.id}`);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Copy jobs' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Copy jobs' })).toBeVisible();
    await expectNoSeriousViolations(page, 'copy jobs list');
    await page.getByRole('link', { name: 'Main Line – San Francisco · Business hours' }).first().click();
    await expect(page).toHaveURL(jobUrl);
    await expect(page.getByRole('progressbar', { name: 'Copy progress' })).toHaveAttribute('aria-valuenow', '2');

    // Zoom (the simulator, asked directly) now has the source's key 1 on both targets.
    expect(key(await ivr(london.id), '1')).toEqual(sourceKey1);
    expect(key(await ivr(sydney.id), '1')).toEqual(sourceKey1);
  });

  test('when Zoom keeps nothing, the copy job says so in red per target, never applied', async ({ page, request }) => {
    const sim = await Simulator.connect(request);
    const { main, london } = await arsByName(sim);
    const ivr = (id: string) => sim.get<ZoomIvrRead>(`/phone/auto_receptionists/${id}/ivr?hours_type=business_hours`);
    const before = key(await ivr(london.id), '1');

    await signIn(page, 'admin');
    await page.goto(`/auto-receptionists/${main.id}/copy?hours=business`);
    await page.getByRole('checkbox', { name: /Main Line – London/ }).check();
    await page.getByRole('button', { name: 'Preview' }).click();
    await expect(page.getByRole('button', { name: 'Start copy to 1 auto receptionist' })).toBeVisible();
    await page.getByRole('checkbox', { name: /^Yes, route this auto receptionist to San Francisco/ }).check();
    // Zoom answers 204 to every write and changes nothing (the forum's silent no-op).
    await sim.fault({ dropWrites: true });
    await page.getByRole('button', { name: 'Start copy to 1 auto receptionist' }).click();
    await expect(page.getByRole('progressbar', { name: 'Copy progress' })).toHaveAttribute('aria-valuenow', '1', { timeout: 30_000 });
    const row = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Main Line – London' }) });
    await expect(row).toHaveAttribute('data-outcome', 'not_persisted');
    // The job does not read as a success either.
    await expect(page.getByText('Finished — 1 of 1 did not land')).toBeVisible();
    await expect(row.getByText('Not kept by Zoom')).toBeVisible();
    await expect(row.getByText('Applied and verified')).toHaveCount(0);
    await expect(row.getByRole('list', { name: 'What Zoom did not keep' })).toContainText('Key 1: expected');
    await expect(row.getByRole('list', { name: 'Zoom tracking ids' }).locator('code').first()).toBeVisible();
    // Red: the row's text colour is the danger colour.
    await expect(row.getByRole('list', { name: 'What Zoom did not keep' })).toHaveCSS('color', 'rgb(161, 29, 29)');
    expect(key(await ivr(london.id), '1')).toEqual(before);
  });

  test('only admins can copy: others get a sentence, not the form', async ({ page, request }) => {
    const { main } = await arsByName(await Simulator.connect(request));
    await signIn(page, 'support');
    await page.goto(`/auto-receptionists/${main.id}`);
    await expect(page.getByRole('link', { name: 'Routing diagram' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Copy this menu to…' })).toHaveCount(0);
    await page.goto(`/auto-receptionists/${main.id}/copy?hours=business`);
    await expect(page.getByText('Only admins can copy menus to other auto receptionists.')).toBeVisible();
    await expect(page.getByRole('checkbox')).toHaveCount(0);
  });
});
