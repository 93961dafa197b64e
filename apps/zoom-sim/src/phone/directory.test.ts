// Every list and detail answers; the shapes are checked against Zoom's documents by conformance-setup.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Listed, Named } from '../testing/shapes';
import { startHarness } from '../testing/harness';
import type { Harness } from '../testing/harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h.close());

describe('directory endpoints', () => {
  it('call queues: list, detail with members, members list', async () => {
    const list = await h.json<Listed<'call_queues'>>('GET', '/phone/call_queues');
    expect(list.call_queues).toHaveLength(8);
    const q = list.call_queues[0];
    const detail = await h.json<Named & { members: { users: Named[] } }>('GET', `/phone/call_queues/${q?.id}`);
    const members = await h.json<Listed<'call_queue_members'>>('GET', `/phone/call_queues/${q?.id}/members`);
    expect(members.call_queue_members.map((m) => m.id)).toEqual(detail.members?.users?.map((u) => u.id));
    const missing = await h.api('GET', '/phone/call_queues/nope');
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ code: 13000, message: 'The Call Queue does not exist, callQueueId:nope.' });
  });

  it('shared line groups, common areas, external contacts, phone numbers, users, sites', async () => {
    const slgs = await h.json<Listed<'shared_line_groups'>>('GET', '/phone/shared_line_groups');
    await h.json<Named>('GET', `/phone/shared_line_groups/${slgs.shared_line_groups[0]?.id}`);
    const cas = await h.json<Listed<'common_areas'>>('GET', '/phone/common_areas');
    await h.json<Named>('GET', `/phone/common_areas/${cas.common_areas[0]?.id}`);
    const xcs = await h.json<Listed<'external_contacts'>>('GET', '/phone/external_contacts');
    await h.json<Named>('GET', `/phone/external_contacts/${xcs.external_contacts[0]?.external_contact_id}`);
    const nums = await h.json<Listed<'phone_numbers'>>('GET', '/phone/numbers?page_size=100');
    expect(nums.phone_numbers.some((n) => n.assignee?.type === 'autoReceptionist')).toBe(true);
    const unassigned = await h.json<Listed<'phone_numbers'>>('GET', '/phone/numbers?type=unassigned');
    expect(unassigned.phone_numbers.length).toBeGreaterThan(0);
    expect(unassigned.phone_numbers.every((n) => n.assignee === undefined)).toBe(true);
    await h.json<Named>('GET', `/phone/numbers/${nums.phone_numbers[0]?.id}`);
    const users = await h.json<{ users: Array<{ id: string }> }>('GET', '/phone/users');
    expect((await h.json<Named>('GET', `/phone/users/${users.users[0]?.id}`)).extension_number).toBe(1001);
    const sites = await h.json<{ sites: Array<{ id: string }> }>('GET', '/phone/sites');
    await h.json<Named>('GET', `/phone/sites/${sites.sites[0]?.id}`);
    for (const path of ['/phone/shared_line_groups/x', '/phone/common_areas/x', '/phone/external_contacts/x', '/phone/numbers/x', '/phone/users/x', '/phone/sites/x']) {
      const res = await h.api('GET', path);
      expect([400, 404]).toContain(res.status);
      expect(Object.keys((await res.json()) as object).sort()).toEqual(['code', 'message']);
    }
  });
});
