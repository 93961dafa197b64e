// What the committed facts say, as the simulator and the client rely on it.
import { describe, expect, it } from 'vitest';
import { allOperations, talkFacts } from './load';

describe('the extracted Zendesk Talk facts', () => {
  it('list CRUD for IVRs, menus and routes, and the decided group and greeting lists', () => {
    const ids = talkFacts.operations.map((o) => o.id);
    expect(ids).toHaveLength(15);
    for (const base of ['', '/{ivr_id}/menus', '/{ivr_id}/menus/{menu_id}/routes']) {
      const collection = `/api/v2/channels/voice/ivr${base}`;
      const item = `${collection}/{${base === '' ? 'ivr' : base.endsWith('menus') ? 'menu' : 'route'}_id}`;
      expect(ids).toEqual(expect.arrayContaining([`GET ${collection}`, `POST ${collection}`, `GET ${item}`, `PUT ${item}`, `DELETE ${item}`]));
    }
    expect(allOperations.filter((o) => o.source === 'decision').map((o) => o.id)).toEqual(['GET /api/v2/groups', 'GET /api/v2/channels/voice/greetings']);
  });

  it('give the IVR operations their documented titles and statuses; menus and routes inherit them, marked inferred', () => {
    const create = talkFacts.operations.find((o) => o.id === 'POST /api/v2/channels/voice/ivr');
    expect(create).toMatchObject({ title: 'Create IVR', source: 'api', responses: [{ status: 201, answer: 'item' }] });
    const del = talkFacts.operations.find((o) => o.id === 'DELETE /api/v2/channels/voice/ivr/{ivr_id}');
    expect(del?.responses).toEqual([{ status: 200, answer: 'item' }]);
    const routeDelete = talkFacts.operations.find((o) => o.id.startsWith('DELETE') && o.resource === 'ivr_route');
    expect(routeDelete?.responses).toEqual([{ status: 200, answer: 'item', inferred: "as the IVR's delete operation" }]);
    expect(routeDelete?.params.route_id).toMatchObject({ type: 'integer', in: 'path' });
  });

  it('keep keypresses, route actions and the options each action needs', () => {
    expect(talkFacts.keypresses).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '*', '#', 'default']);
    expect(talkFacts.routeActions).toEqual({
      group: { options: ['group_ids'] },
      voicemail: { options: ['group_ids'] },
      phone_number: { options: ['phone_number'] },
      textback: { options: ['sms_text'], continuation: true },
      menu: { options: ['menu_id'] },
    });
  });

  it('mark read-only fields and nested lists', () => {
    const { ivr, ivr_menu, ivr_route } = talkFacts.resources;
    expect(ivr.fields.menus).toMatchObject({ readOnly: true, holds: 'ivr_menu' });
    expect(ivr.fields.phone_number_names?.readOnly).toBe(true);
    expect(ivr.fields.phone_number_ids).toMatchObject({ readOnly: false, schema: { type: 'array', items: { type: 'integer' } } });
    expect(ivr_menu.fields.routes).toMatchObject({ readOnly: true, holds: 'ivr_route' });
    expect(ivr_menu.fields.default?.readOnly).toBe(false);
    expect(Object.entries(ivr_route.fields).filter(([, f]) => f.readOnly).map(([n]) => n)).toEqual(['id', 'greeting', 'option_text']);
    expect(ivr_menu.listKey).toBe('ivr_menus');
  });

  it('keep auth, plans, paging, rate-limit and error conventions', () => {
    expect(talkFacts.auth).toEqual({ basic: '{email}/token:{api_token}', bearer: true });
    expect(talkFacts.plans).toEqual(['Professional', 'Enterprise']);
    expect(talkFacts.jsonSuffix).toBe(true);
    expect(talkFacts.pagination.offset).toEqual(['next_page', 'previous_page']);
    expect(talkFacts.pagination.cursor).toEqual(['page[size]', 'page[after]']);
    expect(Object.keys(talkFacts.pagination.listFields)).toEqual(['count', 'next_page', 'previous_page']);
    expect(talkFacts.rateLimit).toEqual({ per: 'minute', scope: 'account', byPlan: true, status: 429, header: 'Retry-After' });
    expect(talkFacts.errors).toEqual({ fields: ['error', 'description'], details: { field: 'details', status: 422 } });
  });
});
