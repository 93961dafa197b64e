import { afterEach, describe, expect, it } from 'vitest';
import type { Listed } from '../testing/shapes';
import { startHarness } from '../testing/harness';
import type { Harness } from '../testing/harness';

let h: Harness;
afterEach(async () => h?.close());

describe('pagination', () => {
  it('defaults to 30 per page and walks all 40 users with next_page_token', async () => {
    h = await startHarness();
    const first = await h.json<Listed<'users'>>('GET', '/phone/users');
    expect(first).toMatchObject({ page_size: 30, total_records: 40 });
    expect(first.users).toHaveLength(30);
    expect(first.next_page_token).not.toBe('');
    const second = await h.json<Listed<'users'>>('GET', `/phone/users?next_page_token=${first.next_page_token}`);
    expect(second.users).toHaveLength(10);
    expect(second.next_page_token).toBe('');
    const ids = new Set([...first.users, ...second.users].map((u) => u.id));
    expect(ids.size).toBe(40);
  });

  it('honours page_size and caps it at the documented maximum', async () => {
    h = await startHarness();
    const small = await h.json<Listed<'users'>>('GET', '/phone/users?page_size=7');
    expect(small.users).toHaveLength(7);
    expect(small.page_size).toBe(7);
    const capped = await h.json<Listed<'users'>>('GET', '/phone/users?page_size=1000');
    expect(capped.page_size).toBe(100);
    expect(capped.users).toHaveLength(40);
    expect(capped.next_page_token).toBe('');
    const bad = await h.api('GET', '/phone/users?page_size=zero');
    expect(bad.status).toBe(400);
  });

  it('refuses an invalid token, a token from another list and an expired token (15 min) with 400', async () => {
    let now = Date.parse('2026-03-10T12:00:00Z');
    h = await startHarness({ clock: () => now });
    const page = await h.json<Listed<'users'>>('GET', '/phone/users?page_size=5');
    const bogus = await h.api('GET', '/phone/users?next_page_token=bogus');
    expect(bogus.status).toBe(400);
    // As "List phone users" documents it: HTTP 400, code 400.
    expect(await bogus.json()).toEqual({ code: 400, message: 'The next page token is invalid or expired.' });
    expect((await h.api('GET', `/phone/call_queues?next_page_token=${page.next_page_token}`)).status).toBe(400);
    now += 14 * 60 * 1000;
    expect((await h.api('GET', `/phone/users?next_page_token=${page.next_page_token}`)).status).toBe(200);
    now += 60 * 1000;
    const expired = await h.api('GET', `/phone/users?next_page_token=${page.next_page_token}`);
    expect(expired.status).toBe(400);
  });

  it('filters are part of the cursor: a site filter keeps to its site', async () => {
    h = await startHarness();
    const sites = await h.json<{ sites: Array<{ id: string; name: string }> }>('GET', '/phone/sites');
    const london = sites.sites.find((s) => s.name === 'London');
    const list = await h.json<Listed<'users'>>('GET', `/phone/users?site_id=${london?.id}&page_size=10`);
    expect(list.total_records).toBe(14);
    const next = await h.json<Listed<'users'>>('GET', `/phone/users?site_id=${london?.id}&next_page_token=${list.next_page_token}&page_size=10`);
    expect(next.users).toHaveLength(4);
    expect([...list.users, ...next.users].every((u) => u.site?.name === 'London')).toBe(true);
  });
});
