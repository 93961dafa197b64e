import { describe, expect, it } from 'vitest';
import { defaultMenu } from '../ivr/default-menu';
import { ZoomPatchRejected, applyPatch } from './apply-patch';

describe('applyPatch (reference of Zoom PATCH semantics)', () => {
  it('ignores unknown fields such as key_actions, like Zoom', () => {
    const m = defaultMenu();
    const body = { hours_type: 'business_hours', key_actions: [{ key: '1', action: 2, target: { extension_id: 'u' } }] };
    expect(applyPatch(m, body)).toEqual(m);
  });

  it('replaces one key wholesale and leaves the input untouched', () => {
    const m = defaultMenu();
    m.keys['0'] = { action: 100, target: null, voicemailGreetingId: 'g' };
    const next = applyPatch(m, { key_action: { key: '0', action: 2, target: { extension_id: 'u', phone_number: '+15555550100' } } });
    expect(next.keys['0']).toEqual({ action: 2, target: { extensionId: 'u' }, voicemailGreetingId: null });
    expect(m.keys['0'].voicemailGreetingId).toBe('g');
    expect(applyPatch(m, { key_action: { key: '5', action: 10, target: { phone_number: '+15555550100' } } }).keys['5']).toEqual(
      { action: 10, target: { phoneNumber: '+15555550100' }, voicemailGreetingId: null },
    );
  });

  it('sets the prompt and the no-action behaviour', () => {
    const set = applyPatch(defaultMenu(), { audio_prompt_id: 'a1' });
    expect(set.prompt).toEqual({ id: 'a1' });
    expect(() => applyPatch(set, { audio_prompt_id: '' })).toThrow(/audio prompt file id/);
    expect(() => applyPatch(set, { audio_prompt_id: 'removed_a1' })).toThrow(ZoomPatchRejected);
    const na = applyPatch(defaultMenu(), { caller_enters_no_action: { action: 7, audio_prompt_repeat: 1, forward_to_extension_id: 'cq' } });
    expect(na.noAction).toEqual({ repeat: 1, action: 7, target: { extensionId: 'cq' } });
    expect(applyPatch(na, { caller_enters_no_action: { action: -1, audio_prompt_repeat: 2 } }).noAction).toEqual({
      repeat: 2,
      action: -1,
      target: null,
    });
    expect(() => applyPatch(na, { caller_enters_no_action: { action: -1 } })).toThrow(/repeat/);
  });

  it('rejects what Zoom answers with 400', () => {
    const m = defaultMenu();
    expect(() => applyPatch(m, { key_action: { key: '*', action: 2, target: { extension_id: 'u' } } })).toThrow(ZoomPatchRejected);
    expect(() => applyPatch(m, { key_action: { key: '1', action: 21 } })).toThrow(ZoomPatchRejected);
    expect(() => applyPatch(m, { key_action: { key: '1', action: 7 } })).toThrow(/choose where/);
    expect(() => applyPatch(m, { key_action: { key: '1', action: 200, target: { extension_id: 'u' } } })).toThrow(/greeting/);
    expect(() => applyPatch(m, { key_action: { key: '1', action: 10, target: { phone_number: '12' } } })).toThrow(/international/);
    expect(() => applyPatch(m, { key_action: { key: 'x', action: -1 } })).toThrow(/Unknown key/);
    expect(() => applyPatch(m, { caller_enters_no_action: { action: 10 } })).toThrow(ZoomPatchRejected);
    expect(() => applyPatch(m, { caller_enters_no_action: { action: -1, audio_prompt_repeat: 4 } })).toThrow(/greater than 3/);
    expect(() => applyPatch(m, { caller_enters_no_action: { action: 2, audio_prompt_repeat: 1 } })).toThrow(/forward to is not correct/);
  });
});
