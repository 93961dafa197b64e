import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { IVR_PATH, startHarness } from '../../testing/harness';
import type { Harness } from '../../testing/harness';
import type { ErrorJson, IvrJson } from '../../testing/shapes';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h.close());
beforeEach(async () => {
  await h.control('POST', '/reset');
});

const details = async (res: Response) => {
  expect(res.status).toBe(422);
  return ((await res.json()) as ErrorJson).details ?? {};
};

describe('IVRs', () => {
  it('lists the two seeded IVRs with their menus, numbers and count, with or without .json', async () => {
    const list = await h.json<{ ivrs: IvrJson[]; count: number; next_page: null; previous_page: null }>('GET', `${IVR_PATH}.json`);
    expect(list.count).toBe(2);
    expect(list.ivrs.map((i) => [i.name, i.menus.length, i.phone_number_names])).toEqual([
      ['Customer Support Line', 3, ['Support Line']],
      ['Sales & Billing Line', 3, ['Sales Line']],
    ]);
    expect([list.next_page, list.previous_page]).toEqual([null, null]);
    const first = list.ivrs[0] as IvrJson;
    expect((await h.json<{ ivr: IvrJson }>('GET', `${IVR_PATH}/${first.id}`)).ivr).toEqual(first);
  });

  it('creates an IVR (201) with one default "Main menu", renames it, moves a number to it, deletes it (200 with the IVR)', async () => {
    const created = await h.api('POST', IVR_PATH, { ivr: { name: 'Spanish Line' } });
    expect(created.status).toBe(201);
    const { ivr } = (await created.json()) as { ivr: IvrJson };
    expect(ivr).toMatchObject({ name: 'Spanish Line', phone_number_ids: [], phone_number_names: [] });
    expect(ivr.menus.map((m) => [m.name, m.default, m.routes])).toEqual([['Main menu', true, []]]);
    const updated = await h.json<{ ivr: IvrJson }>('PUT', `${IVR_PATH}/${ivr.id}`, { ivr: { name: 'Línea en español', phone_number_ids: [503] } });
    expect(updated.ivr).toMatchObject({ name: 'Línea en español', phone_number_ids: [503], phone_number_names: ['Spare Line'] });
    const del = await h.api('DELETE', `${IVR_PATH}/${ivr.id}`);
    expect(del.status).toBe(200);
    expect(((await del.json()) as { ivr: IvrJson }).ivr.id).toBe(ivr.id);
    expect((await h.json<{ count: number }>('GET', IVR_PATH)).count).toBe(2);
  });

  it('refuses a blank name, an unknown number or one another IVR has; ignores menus and phone_number_names', async () => {
    expect(Object.keys(await details(await h.api('POST', IVR_PATH, { ivr: {} })))).toEqual(['name']);
    const taken = await details(await h.api('POST', IVR_PATH, { ivr: { name: 'X', phone_number_ids: [501, 9] } }));
    expect(taken.phone_number_ids?.map((d) => d.error)).toEqual(['DuplicateValue', 'InvalidValue']);
    const { ivrs } = await h.json<{ ivrs: IvrJson[] }>('GET', IVR_PATH);
    const first = ivrs[0] as IvrJson;
    const same = await h.json<{ ivr: IvrJson }>('PUT', `${IVR_PATH}/${first.id}`, { ivr: { menus: [], phone_number_names: ['x'], phone_number_ids: [501] } });
    expect(same.ivr).toEqual(first);
  });

  it('an id that is not a number or names no IVR is 404', async () => {
    for (const id of ['abc', '99999', '-1']) expect((await h.api('GET', `${IVR_PATH}/${id}`)).status).toBe(404);
    expect((await h.api('DELETE', `${IVR_PATH}/99999`)).status).toBe(404);
  });
});
