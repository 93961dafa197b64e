import { describe, expect, it } from 'vitest';
import { checkRequest, checkResponse, formatViolations } from './conformance';
import { allOperations } from './load';
import { IVR, op, ROUTE_ITEM } from './test-support';

const route = `${IVR}/10001/menus/20001/routes/30001`;
const put = (body: unknown, path = route) => checkRequest(allOperations, { method: 'PUT', path, query: {}, body, contentType: 'application/json' });

describe('checkRequest', () => {
  it('a documented route write passes, with or without the .json suffix', () => {
    expect(put({ ivr_route: { keypress: '1', action: 'group', options: { group_ids: [360001] } } })).toEqual([]);
    expect(put({ ivr_route: { action: 'menu', options: { menu_id: 20002 } } }, `${route}.json`)).toEqual([]);
  });

  it('names undocumented and read-only fields, wrong wrappers and options the action does not take', () => {
    const text = formatViolations([
      ...put({ ivr_route: { keypress: '1', keys: '2', option_text: 'Sales' } }),
      ...put({ route: { keypress: '1' } }),
      ...put({ ivr_route: { action: 'group', options: { group_ids: [1], menu_id: 2 } } }),
      ...put({ ivr_route: { action: 'textback', options: {} } }),
    ]);
    expect(text).toBe(
      [
        `${ROUTE_ITEM}: body field ivr_route.keys is not a documented field`,
        `${ROUTE_ITEM}: body field ivr_route.option_text is read-only (a write ignores it)`,
        `${ROUTE_ITEM}: body field ivr_route is required`,
        `${ROUTE_ITEM}: body field route is not a documented field`,
        `${ROUTE_ITEM}: body field ivr_route.options.menu_id is not an option of the action group`,
        `${ROUTE_ITEM}: body field ivr_route.options.sms_text is required`,
      ].join('\n'),
    );
  });

  it('checks values: keypresses, actions, types; options without an action against every action’s names', () => {
    const v = put({ ivr_route: { keypress: '10', action: 'hangup', options: { group_ids: ['1'] } } });
    expect(v.map((x) => `${x.field} ${x.problem}`)).toEqual([
      'ivr_route.keypress should be one of 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, *, #, default',
      'ivr_route.action should be one of group, voicemail, phone_number, textback, menu',
      'ivr_route.options.group_ids[0] should be an integer, got string',
    ]);
    expect(put({ ivr_route: { options: { sms_text: 'x', nope: 1 } } }).map((x) => x.field)).toEqual(['ivr_route.options.nope']);
  });

  it('refuses a menu body with its read-only routes, an IVR with its menus', () => {
    const menu = checkRequest(allOperations, { method: 'POST', path: `${IVR}/1/menus`, query: {}, body: { ivr_menu: { name: 'M', routes: [] } } });
    expect(menu.map((x) => x.field)).toEqual(['ivr_menu.routes']);
    const ivr = checkRequest(allOperations, { method: 'PUT', path: `${IVR}/1`, query: {}, body: { ivr: { name: 'I', menus: [] } } });
    expect(ivr.map((x) => x.field)).toEqual(['ivr.menus']);
  });

  it('checks path ids, paging parameters, bodies where none is documented and unknown operations', () => {
    const get = (path: string, query: Record<string, unknown> = {}) => checkRequest(allOperations, { method: 'GET', path, query, body: undefined });
    expect(get(`${IVR}/abc`).map((x) => `${x.in} ${x.field} ${x.problem}`)).toEqual(['path ivr_id should be an integer, got "abc"']);
    expect(get(IVR, { per_page: '2', page: '3' })).toEqual([]);
    expect(get(IVR, { 'page[size]': '100', 'page[after]': 'abc' })).toEqual([]);
    expect(get(IVR, { 'page[size]': '101', sort: 'name' }).map((x) => `${x.field} ${x.problem}`)).toEqual([
      'page[size] is above the maximum 100',
      'sort is not a documented query parameter',
    ]);
    expect(get(`${IVR}/1`, { page: '2' })[0]?.problem).toMatch(/takes none/);
    expect(checkRequest(allOperations, { method: 'DELETE', path: `${IVR}/1`, query: {}, body: { ivr: {} } })[0]?.problem).toMatch(/no request body/);
    expect(checkRequest(allOperations, { method: 'POST', path: IVR, query: {}, body: undefined })[0]?.problem).toMatch(/is missing/);
    expect(get('/api/v2/channels/voice/phone_numbers')).toEqual([
      { operation: 'GET /api/v2/channels/voice/phone_numbers', in: 'operation', field: '', problem: 'is not a documented operation' },
    ]);
    expect(get('/api/v2/groups.json', { per_page: '100' })).toEqual([]);
  });
});

describe('checkResponse', () => {
  const route = { id: 1, keypress: '1', action: 'group', options: { group_ids: [5] }, greeting: null, option_text: 'Sales' };
  it('accepts documented shapes, offset and cursor lists, and names invented or missing fields', () => {
    const show = op(`GET ${IVR}/{ivr_id}/menus/{menu_id}/routes/{route_id}`);
    expect(checkResponse(show, 200, { ivr_route: route })).toEqual([]);
    expect(checkResponse(show, 200, { ivr_route: { ...route, color: 'red', option_text: undefined } })).toEqual([
      { field: 'ivr_route.option_text', problem: 'is required' },
      { field: 'ivr_route.color', problem: 'is not a documented field' },
    ]);
    expect(checkResponse(show, 201, { ivr_route: route })[0]?.problem).toMatch(/not a documented answer/);
    const list = op(`GET ${IVR}/{ivr_id}/menus/{menu_id}/routes`);
    expect(checkResponse(list, 200, { ivr_routes: [route], count: 1, next_page: null, previous_page: null })).toEqual([]);
    const cursor = { ivr_routes: [route], meta: { has_more: false, after_cursor: null, before_cursor: null }, links: { next: null, prev: null } };
    expect(checkResponse(list, 200, cursor)).toEqual([]);
  });

  it('checks a route’s options against its action', () => {
    const show = op(`GET ${IVR}/{ivr_id}/menus/{menu_id}/routes/{route_id}`);
    expect(checkResponse(show, 200, { ivr_route: { ...route, action: 'menu' } }).map((p) => p.field)).toEqual([
      'ivr_route.options.menu_id',
      'ivr_route.options.group_ids',
    ]);
  });

  it('errors: {error, description}, details only on 422; other statuses are not documented', () => {
    const create = op(`POST ${IVR}`);
    expect(checkResponse(create, 422, { error: 'RecordInvalid', description: 'x', details: { name: [] } })).toEqual([]);
    expect(checkResponse(create, 429, { error: 'TooManyRequests', description: 'x' })).toEqual([]);
    expect(checkResponse(create, 429, { error: 'x', description: 'y', details: {} })[0]?.problem).toMatch(/only with status 422/);
    expect(checkResponse(create, 404, { error: 'RecordNotFound', description: 'Not found' })[0]?.problem).toMatch(/not a documented error/);
    expect(checkResponse(create, 422, { message: 'x' }).map((p) => p.field)).toEqual(['error', 'description', 'message']);
  });
});
