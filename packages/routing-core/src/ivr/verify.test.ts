import { describe, expect, it } from 'vitest';
import { defaultMenu } from './default-menu';
import { verifyIvr } from './verify';

const maria = { extensionId: 'u-maria', name: 'Maria Lopez', extensionNumber: '1012' };

describe('verifyIvr', () => {
  it('is empty when the read-back matches, display fields aside', () => {
    const desired = defaultMenu();
    desired.keys['1'] = { action: 2, target: { extensionId: 'u-maria' } };
    const readBack = defaultMenu();
    readBack.keys['1'] = { action: 2, target: { ...maria, type: 'user' }, voicemailGreetingId: null };
    readBack.prompt = { id: null, name: 'x' };
    expect(verifyIvr(desired, readBack)).toEqual([]);
  });

  it('names what did not land: expected vs what Zoom has (the forum case)', () => {
    const desired = defaultMenu();
    desired.keys['1'] = { action: 2, target: maria };
    expect(verifyIvr(desired, defaultMenu())).toEqual([
      { field: 'key:1', expected: 'Forward to Maria Lopez (ext 1012)', actual: 'Disabled' },
    ]);
  });

  it('reports a wrong target, greeting, repeat count or prompt per field', () => {
    const desired = defaultMenu();
    desired.keys['1'] = { action: 2, target: maria };
    desired.keys['0'] = { action: 100, target: null, voicemailGreetingId: 'g1' };
    desired.noAction = { repeat: 2, action: -1, target: null };
    desired.prompt = { id: 'p1' };
    const readBack = defaultMenu();
    readBack.keys['1'] = { action: 2, target: { extensionId: 'u-other', name: 'Ann Lee', extensionNumber: '1013' } };
    readBack.prompt = { id: 'removed_p1' };
    expect(verifyIvr(desired, readBack, { audio: (id) => (id === 'p1' ? 'Welcome.mp3' : undefined) })).toEqual([
      { field: 'prompt', expected: '"Welcome.mp3"', actual: 'A deleted audio file' },
      {
        field: 'noAction',
        expected: 'Repeat the greeting twice, then disconnect the call',
        actual: 'Repeat the greeting 3 times, then disconnect the call',
      },
      { field: 'key:1', expected: 'Forward to Maria Lopez (ext 1012)', actual: 'Forward to Ann Lee (ext 1013)' },
      {
        field: 'key:0',
        expected: 'Voicemail of this auto receptionist, greeting an audio file not in the audio library',
        actual: 'Voicemail of this auto receptionist',
      },
    ]);
  });
});
