import { describe, expect, it } from 'vitest';
import { zoomIvrPatchSchema } from '@switchboard/zoom-schema/phone-ivr';
import { defaultMenu } from './default-menu';
import type { Menu } from './menu';
import { MenuNotWritableError, diffMenus, ivrPath, keyActionWrite, planIvr } from './plan';

const at = { arId: 'ar-1', hours: 'business' as const };
const maria = { extensionId: 'u-maria', name: 'Maria Lopez', extensionNumber: '1012', type: 'user' as const };

function withKey(m: Menu, key: keyof Menu['keys'], ka: Menu['keys'][typeof key]): Menu {
  return { ...m, keys: { ...m.keys, [key]: ka } };
}

describe('planIvr', () => {
  it('plans nothing for equal menus, even when display fields differ', () => {
    const a = withKey(defaultMenu(), '1', { action: 2, target: { extensionId: 'u-maria' } });
    const b = withKey(defaultMenu(), '1', { action: 2, target: maria, voicemailGreetingId: null });
    b.prompt = { id: null, name: 'ignored' };
    expect(planIvr(a, b, at)).toEqual([]);
  });

  it("plans the forum's change as one PATCH in Zoom's write shape", () => {
    const current = defaultMenu();
    const desired = withKey(current, '1', { action: 2, target: maria });
    const ops = planIvr(current, desired, at);
    expect(ops).toEqual([
      {
        description: 'Key 1: forward to Maria Lopez (ext 1012) instead of disabled',
        field: 'key:1',
        request: {
          method: 'PATCH',
          path: '/phone/auto_receptionists/ar-1/ivr',
          body: { hours_type: 'business_hours', key_action: { key: '1', action: 2, target: { extension_id: 'u-maria' } } },
        },
      },
    ]);
    expect(zoomIvrPatchSchema.parse(ops[0]!.request.body)).toEqual(ops[0]!.request.body);
    expect(ops[0]!.request.body).not.toHaveProperty('key_actions');
  });

  it('puts holiday_id instead of hours_type in the body for a holiday menu', () => {
    const desired = withKey(defaultMenu(), '#', { action: 22, target: null });
    const [op] = planIvr(defaultMenu(), desired, { arId: 'ar-1', hours: 'closed', holidayId: 'hol-9' });
    expect(op!.request.body).toEqual({ holiday_id: 'hol-9', key_action: { key: '#', action: 22 } });
    const [closed] = planIvr(defaultMenu(), desired, { arId: 'ar-1', hours: 'closed' });
    expect(closed!.request.body.hours_type).toBe('closed_hours');
  });

  it('combines prompt and no-action into one op, before the keys', () => {
    const desired = withKey(defaultMenu(), '0', { action: -1, target: null });
    desired.prompt = { id: 'audio-1', name: 'Welcome.mp3' };
    desired.noAction = { repeat: 2, action: 7, target: { extensionId: 'cq-1', name: 'Support Line', extensionNumber: '2001' } };
    const ops = planIvr(defaultMenu(), desired, at);
    expect(ops.map((o) => o.field)).toEqual(['prompt+noAction', 'key:0']);
    expect(ops[0]!.request.body).toEqual({
      audio_prompt_id: 'audio-1',
      caller_enters_no_action: { action: 7, audio_prompt_repeat: 2, forward_to_extension_id: 'cq-1' },
      hours_type: 'business_hours',
    });
    expect(ops[0]!.description).toBe(
      'Greeting prompt: "Welcome.mp3" instead of no greeting prompt. ' +
        'When the caller presses nothing: repeat the greeting twice, then forward to call queue Support Line (ext 2001) ' +
        'instead of repeat the greeting 3 times, then disconnect the call',
    );
    expect(ops[1]!.description).toBe('Key 0: disabled instead of voicemail of this auto receptionist');
  });

  it('sends only what changed: prompt alone, no-action alone', () => {
    const p = { ...defaultMenu(), prompt: { id: 'audio-2' } };
    expect(planIvr(defaultMenu(), p, at).map((o) => [o.field, o.request.body])).toEqual([
      ['prompt', { audio_prompt_id: 'audio-2', hours_type: 'business_hours' }],
    ]);
    const n = { ...defaultMenu(), noAction: { repeat: 1 as const, action: -1, target: null } };
    expect(planIvr(defaultMenu(), n, at).map((o) => [o.field, o.request.body])).toEqual([
      ['noAction', { caller_enters_no_action: { action: -1, audio_prompt_repeat: 1 }, hours_type: 'business_hours' }],
    ]);
  });

  it('refuses to remove a prompt or to set a deleted one: Zoom cannot do the first, rejects the second', () => {
    const current = { ...defaultMenu(), prompt: { id: 'audio-2', name: 'Old.mp3' } };
    expect(() => planIvr(current, defaultMenu(), at)).toThrow(/Zoom cannot remove a greeting prompt/);
    expect(() => planIvr(current, { ...current, prompt: { id: 'removed_x' } }, at)).toThrow(/deleted from the audio library/);
    // an untouched deleted prompt does not block other changes
    const broken = { ...defaultMenu(), prompt: { id: 'removed_x' } };
    expect(planIvr(broken, withKey(broken, '1', { action: 100, target: null }), at).map((o) => o.field)).toEqual(['key:1']);
  });

  it('orders keys 1–9, 0, *, # and uses names from the current menu', () => {
    const current = withKey(defaultMenu(), '5', { action: 2, target: maria });
    let desired = withKey(current, '#', { action: 23, target: null });
    desired = withKey(desired, '0', { action: 200, target: { extensionId: 'u-maria' }, voicemailGreetingId: 'g1' });
    desired = withKey(desired, '2', { action: 10, target: { phoneNumber: '+14155550123' } });
    const ops = planIvr(current, desired, at);
    expect(ops.map((o) => o.field)).toEqual(['key:2', 'key:0', 'key:#']);
    expect(ops[1]!.description).toBe(
      'Key 0: voicemail of user Maria Lopez (ext 1012), greeting an audio file not in the audio library instead of voicemail of this auto receptionist',
    );
    expect(ops[1]!.request.body.key_action).toEqual({
      key: '0',
      action: 200,
      target: { extension_id: 'u-maria' },
      voicemail_greeting_id: 'g1',
    });
    expect(ops[0]!.request.body.key_action).toEqual({ key: '2', action: 10, target: { phone_number: '+14155550123' } });
  });

  it('escapes the auto receptionist id in the path', () => {
    expect(ivrPath('a/b c')).toBe('/phone/auto_receptionists/a%2Fb%20c/ivr');
  });

  it('refuses to plan a changed part that breaks the catalog, saying why', () => {
    const bad = withKey(defaultMenu(), '*', { action: 2, target: maria });
    expect(() => planIvr(defaultMenu(), bad, at)).toThrow(MenuNotWritableError);
    expect(() => planIvr(defaultMenu(), bad, at)).toThrow(/Key \* can only repeat the greeting/);
    const noTarget = withKey(defaultMenu(), '3', { action: 7, target: null });
    expect(() => planIvr(defaultMenu(), noTarget, at)).toThrow(/Key 3: choose where "Forward to call queue" should go/);
    const badNa = { ...defaultMenu(), noAction: { repeat: 3 as const, action: 10, target: null } };
    expect(() => planIvr(defaultMenu(), badNa, at)).toThrow(/can only be disconnected or forwarded/);
    const naNoTarget = { ...defaultMenu(), noAction: { repeat: 3 as const, action: 2, target: null } };
    try {
      planIvr(defaultMenu(), naNoTarget, at);
      expect.unreachable();
    } catch (e) {
      expect((e as MenuNotWritableError).issues).toEqual([
        { field: 'noAction', message: 'When the caller presses nothing: choose where "Forward to user" should go.' },
      ]);
    }
  });

  it('does not object to untouched parts Zoom already holds', () => {
    const current = withKey(defaultMenu(), '9', { action: 100, target: null, voicemailGreetingId: 'removed_g' });
    const desired = withKey(current, '1', { action: -1, target: null });
    desired.keys['2'] = { action: 2, target: maria };
    expect(planIvr(current, desired, at).map((o) => o.field)).toEqual(['key:2']);
  });
});

describe('keyActionWrite', () => {
  it('sends only the fields the action takes', () => {
    expect(keyActionWrite('1', { action: 2, target: { ...maria, phoneNumber: '+15555550100' }, voicemailGreetingId: 'g' })).toEqual({
      key: '1',
      action: 2,
      target: { extension_id: 'u-maria' },
    });
    expect(keyActionWrite('0', { action: 100, target: maria, voicemailGreetingId: null })).toEqual({ key: '0', action: 100 });
    expect(keyActionWrite('0', { action: 100, target: null, voicemailGreetingId: 'g' })).toEqual({
      key: '0',
      action: 100,
      voicemail_greeting_id: 'g',
    });
  });
});

describe('diffMenus', () => {
  it('lists changes in words, in menu order', () => {
    const a = defaultMenu();
    const b = withKey({ ...a, prompt: { id: 'p1', name: 'Hi.mp3' } }, '1', { action: 2, target: maria });
    expect(diffMenus(a, b)).toEqual([
      { field: 'prompt', before: 'No greeting prompt', after: '"Hi.mp3"' },
      { field: 'key:1', before: 'Disabled', after: 'Forward to Maria Lopez (ext 1012)' },
    ]);
    expect(diffMenus(b, a)).toEqual([
      { field: 'prompt', before: '"Hi.mp3"', after: 'No greeting prompt' },
      { field: 'key:1', before: 'Forward to Maria Lopez (ext 1012)', after: 'Disabled' },
    ]);
  });
  it('names a target in both sides from whichever menu knows it', () => {
    const a = withKey(defaultMenu(), '1', { action: 2, target: maria });
    const b = withKey(defaultMenu(), '1', { action: 200, target: { extensionId: 'u-maria' }, voicemailGreetingId: 'g' });
    expect(diffMenus(a, b)[0]!.after).toBe('Voicemail of user Maria Lopez (ext 1012), greeting an audio file not in the audio library');
  });
});

describe('diffMenus disambiguation', () => {
  it('adds ids when two different things read the same', () => {
    const a = { ...defaultMenu(), prompt: { id: 'p1', name: 'Welcome.mp3' } };
    const b = { ...defaultMenu(), prompt: { id: 'p2', name: 'Welcome.mp3' } };
    expect(diffMenus(a, b)).toEqual([
      {
        field: 'prompt',
        before: '"Welcome.mp3" (audio file id p1)',
        after: '"Welcome.mp3" (audio file id p2)',
      },
    ]);
    const x = withKey(defaultMenu(), '1', { action: 2, target: { extensionId: 'u1', name: 'Maria Lopez' } });
    const y = withKey(defaultMenu(), '1', { action: 2, target: { extensionId: 'u2', name: 'Maria Lopez' } });
    expect(diffMenus(x, y)[0]).toEqual({
      field: 'key:1',
      before: 'Forward to Maria Lopez (extension id u1)',
      after: 'Forward to Maria Lopez (extension id u2)',
    });
  });
});
