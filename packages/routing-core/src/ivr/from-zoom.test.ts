import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { zoomIvrReadSchema } from '@switchboard/zoom-schema/phone-ivr';
import { IVR_KEYS } from '@switchboard/zoom-schema/ivr-actions';
import { validMenuArb } from '../testing/arbitraries';
import { zoomReadFromMenu } from '../testing/zoom-read';
import { defaultMenu } from './default-menu';
import { menuFromZoom } from './from-zoom';
import { desiredMenuSchema, menuSchema } from './menu';
import { sameMenu } from './semantic';

const read = (raw: unknown) => menuFromZoom(zoomIvrReadSchema.parse(raw));

describe('menuFromZoom', () => {
  it('maps the documented example', () => {
    const menu = read({
      audio_prompt: { id: 'yCT14TwySDGVUypVlKNEyA', name: 'example.mp3' },
      caller_enters_no_action: {
        action: 15,
        audio_prompt_repeat: 3,
        forward_to: { display_name: 'ZOOM_API Test', extension_id: 'z97z', extension_number: '101021', id: 'EVqE' },
      },
      key_actions: [
        {
          action: 200,
          key: '0',
          target: { display_name: 'ZOOM_API Test', extension_id: 'TO58', extension_number: 101002, id: 'oG_n', phone_number: '+12055437350' },
          voicemail_greeting: { id: 'j2Is', name: 'custom.wav' },
        },
      ],
    });
    expect(menu.prompt).toEqual({ id: 'yCT14TwySDGVUypVlKNEyA', name: 'example.mp3' });
    expect(menu.noAction).toEqual({
      repeat: 3,
      action: 15,
      target: { extensionId: 'z97z', name: 'ZOOM_API Test', extensionNumber: '101021', type: 'contactCenter' },
    });
    // the phone number is not part of a "voicemail of user" action; the number becomes a string
    expect(menu.keys['0']).toEqual({
      action: 200,
      target: { extensionId: 'TO58', name: 'ZOOM_API Test', extensionNumber: '101002', type: 'user' },
      voicemailGreetingId: 'j2Is',
    });
    expect(Object.keys(menu.keys).sort()).toEqual([...IVR_KEYS].sort());
    expect(menu.keys['1']).toEqual({ action: -1, target: null, voicemailGreetingId: null });
    expect(menu.keys['*']).toEqual({ action: 21, target: null, voicemailGreetingId: null });
    expect(menuSchema.safeParse(menu).success).toBe(true);
  });

  it('gives Zoom defaults for an empty answer', () => {
    expect(read({})).toEqual(defaultMenu());
    expect(read({ key_actions: [] }).keys['0'].action).toBe(100);
    expect(read({ key_actions: [] }).keys['#'].action).toBe(-1);
  });

  it('maps phone-number targets, drops unused fields and empty strings', () => {
    const menu = read({
      audio_prompt: { id: '' },
      key_actions: [
        { key: '3', action: 10, target: { phone_number: '+14155550123', extension_id: 'ignored' } },
        { key: '4', action: -1, target: { extension_id: 'x' }, voicemail_greeting: { id: 'g' } },
        { key: '5', action: 7, target: { extension_id: '' } },
        { key: '6', action: 100, voicemail_greeting: { id: 'g6' } },
        { key: '12', action: 2 },
      ],
    });
    expect(menu.prompt).toEqual({ id: null });
    expect(menu.keys['3']).toEqual({
      action: 10,
      target: { phoneNumber: '+14155550123', type: 'phoneNumber' },
      voicemailGreetingId: null,
    });
    expect(menu.keys['4']).toEqual({ action: -1, target: null, voicemailGreetingId: null });
    expect(menu.keys['5'].target).toBeNull();
    expect(menu.keys['6']).toEqual({ action: 100, target: null, voicemailGreetingId: 'g6' });
  });

  it('keeps both target fields of an action the catalog does not know', () => {
    const menu = read({ key_actions: [{ key: '1', action: 99, target: { extension_id: 'e', phone_number: '+1555' } }] });
    expect(menu.keys['1'].target).toEqual({ extensionId: 'e', phoneNumber: '+1555' });
  });

  it('clamps the repeat count into 1–3 and defaults it to 3', () => {
    expect(read({ caller_enters_no_action: { action: -1, audio_prompt_repeat: 0 } }).noAction.repeat).toBe(1);
    expect(read({ caller_enters_no_action: { action: -1, audio_prompt_repeat: 9 } }).noAction.repeat).toBe(3);
    expect(read({ caller_enters_no_action: { action: -1, audio_prompt_repeat: 2 } }).noAction.repeat).toBe(2);
    expect(read({ caller_enters_no_action: { action: -1 } }).noAction.repeat).toBe(3);
  });

  it('keeps deleted prompts as they are, so they can be flagged', () => {
    const menu = read({ audio_prompt: { id: 'removed_abc', name: 'old.mp3' } });
    expect(menu.prompt.id).toBe('removed_abc');
    expect(desiredMenuSchema.safeParse(menu).success).toBe(false);
  });

  it('the last entry wins when Zoom repeats a key', () => {
    const menu = read({ key_actions: [{ key: '1', action: 22 }, { key: '1', action: 100 }] });
    expect(menu.keys['1'].action).toBe(100);
  });

  it('round-trips any valid menu through the read shape (property)', () => {
    fc.assert(
      fc.property(validMenuArb, fc.boolean(), (menu, omitDefaults) => {
        const back = read(zoomReadFromMenu(menu, { omitDefaults }));
        expect(sameMenu(back, menu)).toBe(true);
        expect(desiredMenuSchema.safeParse(back).success).toBe(true);
      }),
    );
  });
});
