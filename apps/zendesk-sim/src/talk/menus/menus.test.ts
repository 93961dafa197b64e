import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { menuPath, supportMenus } from '../../testing/fixtures';
import { IVR_PATH, startHarness } from '../../testing/harness';
import type { Harness } from '../../testing/harness';
import type { ErrorJson, IvrJson, MenuJson } from '../../testing/shapes';

let h: Harness;
let ivr: IvrJson;
let main: MenuJson;
let afterHours: MenuJson;

beforeAll(async () => {
  h = await startHarness();
  ({ ivr, main, afterHours } = await supportMenus(h));
});
afterAll(async () => h.close());
beforeEach(async () => {
  await h.control('POST', '/reset');
});

const menus = () => `${IVR_PATH}/${ivr.id}/menus`;
const details = async (res: Response) => {
  expect(res.status).toBe(422);
  return Object.keys(((await res.json()) as ErrorJson).details ?? {});
};

describe('IVR menus', () => {
  it('lists the IVR’s menus, shows one with its routes', async () => {
    const { ivr_menus, count } = await h.json<{ ivr_menus: MenuJson[]; count: number }>('GET', menus());
    expect(count).toBe(3);
    expect(ivr_menus.map((m) => [m.name, m.default])).toEqual([
      ['Main menu', true],
      ['Technical support', false],
      ['After hours', false],
    ]);
    expect((await h.json<{ ivr_menu: MenuJson }>('GET', menuPath(ivr.id, main.id))).ivr_menu).toEqual(main);
  });

  it('creates a menu (201, the standard greeting, no routes), renames it, deletes it', async () => {
    const created = await h.api('POST', menus(), { ivr_menu: { name: 'Holidays' } });
    expect(created.status).toBe(201);
    const { ivr_menu: menu } = (await created.json()) as { ivr_menu: MenuJson };
    const { greetings } = await h.json<{ greetings: { id: number; name: string }[] }>('GET', '/api/v2/channels/voice/greetings');
    expect(menu).toEqual({ id: menu.id, name: 'Holidays', default: false, greeting_id: greetings[0]?.id, routes: [] });
    const renamed = await h.json<{ ivr_menu: MenuJson }>('PUT', menuPath(ivr.id, menu.id), { ivr_menu: { name: 'Holiday menu', greeting_id: greetings[3]?.id } });
    expect(renamed.ivr_menu).toMatchObject({ name: 'Holiday menu', greeting_id: greetings[3]?.id });
    const del = await h.api('DELETE', menuPath(ivr.id, menu.id));
    expect(del.status).toBe(200);
    expect((await h.api('GET', menuPath(ivr.id, menu.id))).status).toBe(404);
  });

  it('default: true moves the IVR’s default; default: false on the default menu is refused', async () => {
    await h.json('PUT', menuPath(ivr.id, afterHours.id), { ivr_menu: { default: true } });
    const { ivr_menus } = await h.json<{ ivr_menus: MenuJson[] }>('GET', menus());
    expect(ivr_menus.filter((m) => m.default).map((m) => m.id)).toEqual([afterHours.id]);
    expect(await details(await h.api('PUT', menuPath(ivr.id, afterHours.id), { ivr_menu: { default: false } }))).toEqual(['default']);
  });

  it('refuses a blank name, an unknown greeting, deleting the default menu or a menu routes lead to', async () => {
    expect(await details(await h.api('POST', menus(), { ivr_menu: { greeting_id: 1 } }))).toEqual(['name', 'greeting_id']);
    expect(await details(await h.api('PUT', menuPath(ivr.id, main.id), { ivr_menu: { name: ' ', greeting_id: 'x' } }))).toEqual(['greeting_id']);
    expect(await details(await h.api('PUT', menuPath(ivr.id, main.id), { ivr_menu: { name: ' ' } }))).toEqual(['name']);
    expect(await details(await h.api('DELETE', menuPath(ivr.id, main.id)))).toEqual(['base']);
    const led = await h.api('DELETE', menuPath(ivr.id, afterHours.id));
    expect(((await led.clone().json()) as ErrorJson).details?.base?.[0]?.description).toMatch(/routes lead to this menu \(Main menu 4\)/);
    expect(await details(led)).toEqual(['base']);
    expect((await h.json<{ count: number }>('GET', menus())).count).toBe(3);
  });

  it('routes are read-only here: a menu write ignores them', async () => {
    const res = await h.json<{ ivr_menu: MenuJson }>('PUT', menuPath(ivr.id, main.id), { ivr_menu: { name: 'Main', routes: [] } });
    expect(res.ivr_menu.routes).toEqual(main.routes);
  });
});
