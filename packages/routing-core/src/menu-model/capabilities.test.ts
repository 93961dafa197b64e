import { describe, expect, it } from 'vitest';
import { CAPABILITIES, kindsForKey } from './capabilities';
import { neutralMenuIssues } from './validate';
import type { NeutralMenu } from './neutral-menu';

const zd = CAPABILITIES.zendesk;
const zoom = CAPABILITIES.zoom;

describe('capability table', () => {
  it('Zendesk: a "default" route, text-back, another menu; no repeat greeting, no no-action setting', () => {
    expect(zd.keys).toContain('default');
    expect(kindsForKey(zd, '1')).toEqual(['forward', 'voicemail', 'menu', 'external', 'textback']);
    expect(kindsForKey(zd, '*')).not.toContain('repeat');
    expect(zd.kinds.forward?.targetTypes).toEqual(['group']);
    expect(zd.noAction).toBeNull();
  });

  it('Zoom, from its catalog: * and # navigate, digits forward and take voicemail, no text-back, no "default" key', () => {
    expect(zoom.keys).not.toContain('default');
    expect(kindsForKey(zoom, '*')).toEqual(['repeat', 'rootMenu', 'previousMenu']);
    expect(kindsForKey(zoom, '1')).toEqual(['forward', 'external', 'meetingNumber', 'voicemail']);
    expect(Object.keys(zoom.kinds)).not.toContain('textback');
    expect(zoom.kinds.forward?.targetTypes).toContain('callQueue');
    expect(zoom.kinds.voicemail).toMatchObject({ minTargets: 0, maxTargets: 1, greeting: 'withTarget' });
    expect(Object.keys(zoom.noAction!.kinds).sort()).toEqual(['disconnect', 'forward']);
    expect(zoom.noAction!.kinds.forward?.targetTypes).not.toContain('zoomRoom');
  });
});

const menu = (keys: NeutralMenu['keys'], noAction: NeutralMenu['noAction'] = null): NeutralMenu => ({ greeting: { id: '40001' }, noAction, keys });

describe('neutralMenuIssues', () => {
  it('refuses what the provider cannot hold, in sentences', () => {
    const issues = neutralMenuIssues(zd, menu({ '*': { kind: 'repeat' }, '1': { kind: 'forward', targets: [] }, '2': { kind: 'external', phoneNumber: '0123' }, '3': { kind: 'textback', text: ' ' } }));
    expect(issues.map((i) => i.message)).toEqual([
      'Key 1: choose where “Forward to a group” should go.',
      'Key 2: "0123" is not a phone number in international format, e.g. +14155550123.',
      'Key 3: write the text to send.',
      'Key *: Zendesk Talk cannot “repeat the greeting” here.',
    ]);
    expect(neutralMenuIssues(zoom, menu({ default: { kind: 'repeat' } }))[0]?.message).toBe('Any other key: Zoom menus have no such key.');
    expect(neutralMenuIssues(zd, menu({}, { repeat: 3, route: { kind: 'disconnect' } }))[0]?.message).toMatch(/no setting for when the caller presses nothing/);
    expect(neutralMenuIssues(zd, menu({ '1': { kind: 'forward', targets: [{ type: 'user', id: 'u1' }] } }))[0]?.message).toBe('Key 1: “Forward to a group” cannot go to a user.');
  });

  it('accepts a Zendesk menu of every kind', () => {
    expect(
      neutralMenuIssues(zd, menu({ '1': { kind: 'forward', targets: [{ type: 'group', id: '1' }, { type: 'group', id: '2' }] }, '2': { kind: 'menu', menu: { id: '20002' } }, default: { kind: 'voicemail', targets: [{ type: 'group', id: '1' }] } })),
    ).toEqual([]);
  });
});
