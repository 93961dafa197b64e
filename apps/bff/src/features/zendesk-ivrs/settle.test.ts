import { describe, expect, it } from 'vitest';
import type { NeutralMenu } from '@switchboard/routing-core/menu-model/neutral-menu';
import { settleZendesk } from './service';

const desired: NeutralMenu = { greeting: { id: '40002' }, noAction: null, keys: { '1': { kind: 'forward', targets: [{ type: 'group', id: '7' }] } } };

describe('settleZendesk: a lost answer judged from a fresh read', () => {
  it('landed when the part the op writes reads as desired (names aside); not landed otherwise; unknown for other parts', () => {
    const landed: NeutralMenu = { greeting: { id: '40002', name: 'X' }, noAction: null, keys: { '1': { kind: 'forward', targets: [{ type: 'group', id: '7', name: 'Sales' }] } } };
    const old: NeutralMenu = { greeting: { id: '40001' }, noAction: null, keys: { '1': { kind: 'voicemail', targets: [{ type: 'group', id: '7' }] }, '2': { kind: 'textback', text: 'hi' } } };
    expect(settleZendesk({ field: 'key:1' }, landed, desired)).toEqual({ landed: true });
    expect(settleZendesk({ field: 'greeting' }, landed, desired)).toEqual({ landed: true });
    expect(settleZendesk({ field: 'key:1' }, old, desired)).toEqual({ landed: false });
    expect(settleZendesk({ field: 'key:2' }, old, desired)).toEqual({ landed: false }); // a DELETE not yet done
    expect(settleZendesk({ field: 'key:2' }, landed, desired)).toEqual({ landed: true }); // the DELETE done
    expect(settleZendesk({}, landed, desired)).toEqual({ landed: null });
  });
});
