import { describe, expect, it } from 'vitest';
import type { NeutralMenu } from './neutral-menu';
import { neutralMenuVersion } from './semantic';
import { verifyNeutral } from './describe';
import { zendeskToNeutral } from './zendesk-adapter';
import { planZendeskMenu } from './zendesk-plan';
import type { ZendeskMenuRead } from './zendesk-payloads';

const current: ZendeskMenuRead = {
  id: 20001,
  name: 'Main menu',
  default: true,
  greeting_id: 40001,
  routes: [
    { id: 30001, keypress: '1', action: 'group', options: { group_ids: [360000100001] }, option_text: 'Support' },
    { id: 30002, keypress: '2', action: 'menu', options: { menu_id: 20002 }, option_text: 'Technical support' },
    { id: 30003, keypress: '9', action: 'textback', options: { sms_text: 'Hi' }, option_text: 'Hi' },
  ],
};
const at = { ivrId: '10001', menuId: '20001' };
const names = { target: (t: { id: string }) => ({ '360000100002': 'Sales', '360000100001': 'Support' })[t.id], menu: (id: string) => (id === '20003' ? 'After hours' : undefined) };

describe('planZendeskMenu', () => {
  it('PUTs a changed route, POSTs a new key, DELETEs a removed one, PUTs the menu for its greeting', () => {
    const desired: NeutralMenu = {
      greeting: { id: '40002' },
      noAction: null,
      keys: {
        '1': { kind: 'forward', targets: [{ type: 'group', id: '360000100002' }] },
        '2': { kind: 'menu', menu: { id: '20002', name: 'whatever the browser says' } },
        default: { kind: 'voicemail', targets: [{ type: 'group', id: '360000100001' }] },
      },
    };
    const ops = planZendeskMenu(current, desired, at, names);
    expect(ops.map((o) => [o.request.method, o.request.path, o.request.body])).toEqual([
      ['PUT', '/api/v2/channels/voice/ivr/10001/menus/20001', { ivr_menu: { greeting_id: 40002 } }],
      ['PUT', '/api/v2/channels/voice/ivr/10001/menus/20001/routes/30001', { ivr_route: { action: 'group', options: { group_ids: [360000100002] } } }],
      ['DELETE', '/api/v2/channels/voice/ivr/10001/menus/20001/routes/30003', undefined],
      ['POST', '/api/v2/channels/voice/ivr/10001/menus/20001/routes', { ivr_route: { keypress: 'default', action: 'voicemail', options: { group_ids: [360000100001] } } }],
    ]);
    expect(ops[1]!.description).toBe('Key 1: forward to Sales (group) instead of forward to Support (group)');
    expect(ops[3]!.description).toBe('Any other key: add a route — voicemail of Support (group)');
  });

  it('plans nothing for the menu as read, names and all; the version ignores names', () => {
    const read = zendeskToNeutral(current);
    expect(planZendeskMenu(current, read, at)).toEqual([]);
    const renamed = { ...read, keys: { ...read.keys, '2': { kind: 'menu' as const, menu: { id: '20002', name: 'X' } } } };
    expect(neutralMenuVersion(renamed)).toBe(neutralMenuVersion(read));
    expect(verifyNeutral(read, renamed)).toEqual([]);
    const moved = { ...read, keys: { ...read.keys, '2': { kind: 'menu' as const, menu: { id: '20003' } } } };
    expect(neutralMenuVersion(moved)).not.toBe(neutralMenuVersion(read));
    expect(verifyNeutral(moved, read, names)).toEqual([{ field: 'key:2', expected: 'Go to the menu “After hours”', actual: 'Go to menu 20002' }]);
  });
});
