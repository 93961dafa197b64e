import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IVR_PATH, startHarness } from '../testing/harness';
import type { Harness } from '../testing/harness';
import type { ErrorJson, RouteJson } from '../testing/shapes';

let h: Harness;
let routes: string;
beforeAll(async () => {
  h = await startHarness();
  routes = `${IVR_PATH}/10001/menus/20001/routes`;
});
afterAll(async () => h.close());

interface OffsetPage {
  ivr_routes: RouteJson[];
  count: number;
  next_page: string | null;
  previous_page: string | null;
}
interface CursorPage {
  ivr_routes: RouteJson[];
  meta: { has_more: boolean; after_cursor: string | null; before_cursor: string | null };
  links: { next: string | null; prev: string | null };
}

const follow = async <T>(url: string): Promise<T> => h.json<T>('GET', url.slice(h.url.length));

describe('pagination', () => {
  it('offset pages: count, absolute next_page / previous_page URLs on the called path, null at the ends', async () => {
    const all = await h.json<OffsetPage>('GET', routes);
    expect(all.count).toBe(7);
    const first = await h.json<OffsetPage>('GET', `${routes}.json?per_page=3`);
    expect(first.ivr_routes.map((r) => r.id)).toEqual(all.ivr_routes.slice(0, 3).map((r) => r.id));
    expect(first).toMatchObject({ count: 7, previous_page: null, next_page: `${h.url}${routes}.json?page=2&per_page=3` });
    const seen = [...first.ivr_routes];
    let page = first;
    while (page.next_page) {
      page = await follow<OffsetPage>(page.next_page);
      seen.push(...page.ivr_routes);
    }
    expect(seen).toEqual(all.ivr_routes);
    expect(page.previous_page).toBe(`${h.url}${routes}.json?page=2&per_page=3`);
    const beyond = await h.json<OffsetPage>('GET', `${routes}?page=9&per_page=3`);
    expect(beyond).toMatchObject({ ivr_routes: [], next_page: null, previous_page: `${h.url}${routes}?page=3&per_page=3` });
  });

  it('cursor pages: page[size] and page[after] forward, page[before] back, meta and links', async () => {
    const all = (await h.json<OffsetPage>('GET', routes)).ivr_routes;
    const first = await h.json<CursorPage>('GET', `${routes}?page[size]=3`);
    expect(first.ivr_routes).toEqual(all.slice(0, 3));
    expect(first.meta.has_more).toBe(true);
    expect(first.links.prev).toBeNull();
    const second = await follow<CursorPage>(first.links.next as string);
    const third = await h.json<CursorPage>('GET', `${routes}?page%5Bsize%5D=3&page%5Bafter%5D=${second.meta.after_cursor}`);
    expect([...second.ivr_routes, ...third.ivr_routes]).toEqual(all.slice(3));
    expect(third).toMatchObject({ meta: { has_more: false }, links: { next: null } });
    const back = await follow<CursorPage>(third.links.prev as string);
    expect(back.ivr_routes).toEqual(all.slice(3, 6));
  });

  it('page sizes above 100 are capped; bad numbers and foreign cursors are 400', async () => {
    expect((await h.json<OffsetPage>('GET', `${routes}?per_page=500`)).next_page).toBeNull();
    const cursor = (await h.json<CursorPage>('GET', `${IVR_PATH}?page[size]=1`)).meta.after_cursor as string;
    for (const query of ['per_page=0', 'page=x', 'page[size]=-1', `page[after]=${cursor}`, 'page[after]=garbage']) {
      const res = await h.api('GET', `${routes}?${query}`);
      expect(res.status).toBe(400);
      expect(((await res.json()) as ErrorJson).error).toBe('InvalidPaginationParameter');
    }
  });

  it('groups and greetings page the same way', async () => {
    const groups = await h.json<{ groups: unknown[]; count: number; next_page: string }>('GET', '/api/v2/groups?per_page=4');
    expect([groups.groups.length, groups.count]).toEqual([4, 6]);
    expect(groups.next_page).toBe(`${h.url}/api/v2/groups?page=2&per_page=4`);
  });
});
