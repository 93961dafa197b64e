// The routing diagram walked as each role: support follows everything the
// drawing and its list offer without ever reaching a refusal; an admin's click
// on a key opens the editor on that key; the drawing starts readable (no word
// under 11 px on screen), with no box or caption on another; the page does not
// scroll sideways on a phone; axe finds nothing serious.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { Simulator, signIn, type ZoomAr } from './support';

const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };

async function expectNoSeriousViolations(page: Page, state: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = serious.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(report, `${state}: serious accessibility violations`).toEqual([]);
}

/** No page that turns the role away: not the editor's "Only admins…", not a 403 sentence. */
async function expectNoRefusal(page: Page, what: string) {
  await expect(page.getByRole('heading', { level: 1 }), what).toBeVisible();
  await expect(page.getByText(/Only admins/), what).toHaveCount(0);
  await expect(page.getByText(/Your role does not allow this/), what).toHaveCount(0);
  expect(new URL(page.url()).pathname, what).not.toMatch(/\/(edit|copy)$/);
}

async function mainLine(request: Parameters<typeof Simulator.connect>[0]) {
  const sim = await Simulator.connect(request);
  await sim.reset();
  const { auto_receptionists: ars } = await sim.get<{ auto_receptionists: ZoomAr[] }>('/phone/auto_receptionists?page_size=100');
  return ars.find((a) => a.name === 'Main Line – San Francisco')!;
}

const boxes = (page: Page) => page.locator('.react-flow__node .routing-node');
const drawingReady = (page: Page) => expect(boxes(page).first()).toBeVisible();

/** Every box's id and what a click on it does, as the page draws it now. */
async function listBoxes(page: Page) {
  return boxes(page).evaluateAll((els) => els.map((el) => ({ id: el.getAttribute('data-node-id')!, click: el.getAttribute('data-click')! })));
}

/** Clicks a box wherever it is in the drawing (boxes off the canvas's view are still in the page). */
const clickBox = (page: Page, id: string) => page.locator(`.react-flow__node [data-node-id="${id}"]`).dispatchEvent('click');

test.describe('the routing diagram, role by role', () => {
  test('support follows every link the diagram offers without reaching a refusal', async ({ page, request }) => {
    test.setTimeout(240_000);
    const main = await mainLine(request);
    await page.setViewportSize(DESKTOP);
    await signIn(page, 'support');
    const diagram = `/auto-receptionists/${main.id}/diagram?hours=business`;
    await page.goto(diagram);
    await drawingReady(page);
    await expect(page.getByText(/to read it in the auto receptionist’s menu/)).toBeVisible();
    await expect(page.getByText(/in the editor/)).toHaveCount(0);

    // Draw every auto receptionist the menu leads to (a click on its box), so every box is on the page.
    for (let round = 0; round < 10; round++) {
      const expandable = (await listBoxes(page)).filter((b) => b.click === 'expand');
      if (expandable.length === 0) break;
      const count = await boxes(page).count();
      await clickBox(page, expandable[0]!.id);
      await expect.poll(() => boxes(page).count()).toBeGreaterThan(count);
    }
    const drawnUrl = page.url();
    const all = await listBoxes(page);
    expect(all.filter((b) => b.click === 'expand')).toEqual([]);
    expect(all.filter((b) => b.click === 'open').length).toBeGreaterThan(10);
    expect(all.every((b) => b.click === 'open' || b.click === 'details'), JSON.stringify(all)).toBe(true);

    const followed = new Set<string>();
    const follow = async (href: string, what: string) => {
      if (followed.has(href)) return;
      followed.add(href);
      await page.goto(href);
      await expectNoRefusal(page, `${what} → ${href}`);
    };

    // Each box in turn: pages are checked where a click leads (then back, as a person would), panels where they open.
    const panelLinks: { href: string; from: string }[] = [];
    for (const box of all) {
      await drawingReady(page);
      await clickBox(page, box.id);
      if (box.click === 'open') {
        // a key, a greeting or "no key pressed": the menu in words, that part marked and in view
        await expect(page).not.toHaveURL(drawnUrl);
        await expectNoRefusal(page, box.id);
        await expect(page.locator('.is-highlighted')).toHaveCount(1);
        await expect(page.locator('.is-highlighted')).toBeInViewport();
        followed.add(page.url().slice(new URL(page.url()).origin.length));
        await page.goBack();
        await expect(page).toHaveURL(drawnUrl);
        continue;
      }
      const panel = page.locator('.diagram-details');
      await expect(panel, box.id).toBeVisible();
      await expect(panel.getByRole('heading', { level: 2 })).toBeFocused();
      if ((await panel.locator('.diagram-details__kind').textContent()) === 'Call queue') {
        await expect(panel.getByRole('list', { name: /^Members of / }).getByRole('listitem').first()).toBeVisible();
      }
      for (const href of await panel.getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
        panelLinks.push({ href, from: `panel of ${box.id}` });
      }
      await page.keyboard.press('Escape');
      await expect(panel).toHaveCount(0);
    }
    for (const { href, from } of panelLinks) await follow(href, from);

    // The list under the drawing offers the same: every link in it, too.
    await page.goto(drawnUrl);
    const list = page.getByRole('region', { name: 'Routing as a list' });
    await expect(list.getByRole('link').first()).toBeVisible();
    const listHrefs = await list.getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(listHrefs.some((h) => h.includes('/edit'))).toBe(false);
    for (const href of listHrefs) await follow(href, 'the list');
    expect(followed.size).toBeGreaterThan(15);
  });

  test('an admin’s click on a key opens the editor on that key', async ({ page, request }) => {
    const main = await mainLine(request);
    await page.setViewportSize(DESKTOP);
    await signIn(page, 'admin');
    await page.goto(`/auto-receptionists/${main.id}/diagram?hours=business`);
    await drawingReady(page);
    await expect(page.getByText(/to change it in the editor/)).toBeVisible();
    // a real click on a box in the first view
    const key3 = page.locator(`.react-flow__node [data-node-id="key:${main.id}:3"]`);
    await expect(key3).toBeInViewport();
    await expect(key3).toHaveAttribute('title', 'Change key 3 in the editor');
    await key3.click();
    await expect(page).toHaveURL(new RegExp(`/auto-receptionists/${main.id}/edit\\?menu=business&key=3$`));
    await expect(page.getByRole('heading', { level: 2, name: 'Key 3' })).toBeInViewport();
    await expect(page.getByLabel('When the caller presses 3')).toBeInViewport();
    await expect(page.locator('.keypad__key[data-key="3"]')).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('.keypad__key[data-key="3"]')).toBeFocused();
  });

  for (const size of [DESKTOP, PHONE]) {
    test(`at ${size.width}×${size.height} the drawing starts readable, nothing overlaps, the page does not scroll sideways`, async ({ page, request }) => {
      const main = await mainLine(request);
      await page.setViewportSize(size);
      await signIn(page, 'support');
      await page.goto(`/auto-receptionists/${main.id}/diagram?hours=business`);
      await drawingReady(page);
      // drawn with a loop (the support menu leads back to the main line)
      await page.locator('.react-flow__node .routing-node--autoReceptionist').filter({ hasText: 'Support Menu' }).getByRole('button', { name: 'Show its menu' }).dispatchEvent('click');
      await expect(page.locator('.react-flow__edge.routing-edge--back').filter({ hasText: 'back to Main Line – San Francisco' })).toHaveCount(1);
      await page.getByRole('button', { name: 'Back to the start of the drawing' }).click();
      await page.waitForTimeout(400);

      const smallest = await page.evaluate(() => {
        const zoom = Number(/scale\(([\d.]+)\)/.exec(document.querySelector<HTMLElement>('.react-flow__viewport')!.style.transform)![1]);
        const texts = Array.from(document.querySelectorAll('.react-flow__viewport *')).filter((el) =>
          Array.from(el.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim()),
        );
        return Math.min(...texts.map((el) => parseFloat(getComputedStyle(el).fontSize) * zoom));
      });
      expect(smallest, 'smallest text in the drawing, in screen px').toBeGreaterThanOrEqual(11);

      const overlaps = await page.evaluate(() => {
        const rect = (el: Element) => el.getBoundingClientRect();
        const items = [
          ...Array.from(document.querySelectorAll('.react-flow__node')).map((el) => ({ name: el.getAttribute('data-id')!, r: rect(el) })),
          ...Array.from(document.querySelectorAll('.react-flow__edge-textwrapper')).map((el) => ({ name: `caption “${el.textContent}”`, r: rect(el) })),
        ];
        const out: string[] = [];
        items.forEach((a, i) =>
          items.slice(i + 1).forEach((b) => {
            const apart = a.r.right <= b.r.left + 0.5 || b.r.right <= a.r.left + 0.5 || a.r.bottom <= b.r.top + 0.5 || b.r.bottom <= a.r.top + 0.5;
            if (!apart) out.push(`${a.name} / ${b.name}`);
          }),
        );
        return out;
      });
      expect(overlaps).toEqual([]);

      // a panel open too
      await clickBox(page, (await listBoxes(page)).find((b) => b.id.startsWith('ext:') && b.click === 'details')!.id);
      await expect(page.locator('.diagram-details')).toBeVisible();
      const sideways = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(sideways, 'document.documentElement.scrollWidth - innerWidth').toBeLessThanOrEqual(0);
      const canvas = await page.locator('.routing-diagram__canvas').boundingBox();
      expect(canvas!.x + canvas!.width).toBeLessThanOrEqual(size.width);
      await expectNoSeriousViolations(page, `routing diagram at ${size.width}px, a panel open`);
    });
  }

  test('a holiday menu is drawn beside business and closed hours', async ({ page, request }) => {
    const main = await mainLine(request);
    await page.setViewportSize(DESKTOP);
    await signIn(page, 'manager');
    await page.goto(`/auto-receptionists/${main.id}/diagram?hours=business`);
    await drawingReady(page);
    const select = page.getByRole('combobox', { name: 'Holiday menu' });
    await select.selectOption({ label: (await select.locator('option').nth(1).textContent())! });
    await expect(page).toHaveURL(/\?holiday=[\w-]+$/);
    await expect(page.locator('.routing-diagram-page__view')).toContainText(/^Drawn: the .+ menu/);
    await expect(page.locator('.react-flow__node .routing-node--greeting')).toContainText('Holiday greeting');
    await expectNoSeriousViolations(page, 'routing diagram, a holiday menu');
    // its keys open that holiday's menu in words
    await clickBox(page, (await listBoxes(page)).find((b) => b.id.startsWith('key:'))!.id);
    await expect(page).toHaveURL(/\?menu=holiday%3A[\w-]+&key=/);
    await expectNoRefusal(page, 'a holiday key');
    const current = page.getByRole('navigation', { name: 'Menus of this auto receptionist' }).locator('[aria-current="page"]');
    await expect(current).toHaveCount(1);
    await expect(current).not.toHaveText(/Business hours|Closed hours/);
  });
});
