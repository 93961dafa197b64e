import { describe, expect, it } from 'vitest';
import {
  describeAudio,
  describeField,
  describeKeyAction,
  describeNoAction,
  describePrompt,
  describePromptValue,
  describeTarget,
  namerFromMenus,
} from './describe';
import { defaultMenu } from './default-menu';

const maria = { extensionId: 'u1', name: 'Maria Lopez', extensionNumber: '1012', type: 'user' as const };
const support = { extensionId: 'cq1', name: 'Support Line', extensionNumber: '2001' };

describe('describeKeyAction', () => {
  it('names forwards with the target kind, except for a named person', () => {
    expect(describeKeyAction({ action: 7, target: support })).toBe('Forward to call queue Support Line (ext 2001)');
    expect(describeKeyAction({ action: 2, target: maria })).toBe('Forward to Maria Lopez (ext 1012)');
    expect(describeKeyAction({ action: 2, target: { extensionId: 'u9', extensionNumber: '1099' } })).toBe(
      'Forward to user ext 1099',
    );
  });
  it('falls back to the extension id when nothing else is known', () => {
    expect(describeKeyAction({ action: 6, target: { extensionId: 'ar-7' } })).toBe(
      'Forward to auto receptionist extension id ar-7',
    );
    expect(describeKeyAction({ action: 6, target: null })).toBe('Forward to auto receptionist (none chosen)');
  });
  it('uses a namer for targets without names', () => {
    const namer = { target: () => ({ name: 'Lobby', extensionNumber: '300' }) };
    expect(describeKeyAction({ action: 4, target: { extensionId: 'ca1' } }, namer)).toBe(
      'Forward to common area Lobby (ext 300)',
    );
  });
  it('shows phone numbers as they are', () => {
    expect(describeKeyAction({ action: 10, target: { phoneNumber: '+14155550123' } })).toBe(
      'Forward to phone number +1 415 555 0123',
    );
    expect(describeKeyAction({ action: 17, target: { phoneNumber: '+14155550100' } })).toBe(
      'Forward to meeting service number +1 415 555 0100',
    );
    expect(describeKeyAction({ action: 10, target: null })).toBe('Forward to phone number (no number entered)');
  });
  it('describes voicemail actions and their greeting', () => {
    expect(describeKeyAction({ action: 100, target: null })).toBe('Voicemail of this auto receptionist');
    expect(describeKeyAction({ action: 100, target: null, voicemailGreetingId: 'g1' })).toBe(
      'Voicemail of this auto receptionist, greeting an audio file not in the audio library',
    );
    expect(
      describeKeyAction({ action: 400, target: support, voicemailGreetingId: 'g1' }, { audio: () => 'Closed.wav' }),
    ).toBe('Voicemail of call queue Support Line (ext 2001), greeting "Closed.wav"');
  });
  it('ignores a greeting on an action that takes none', () => {
    expect(describeKeyAction({ action: 21, target: null, voicemailGreetingId: 'g1' })).toBe('Repeat menu greeting');
  });
  it('labels menu actions and disabled keys', () => {
    expect(describeKeyAction({ action: 21, target: null })).toBe('Repeat menu greeting');
    expect(describeKeyAction({ action: 22, target: null })).toBe('Return to root menu');
    expect(describeKeyAction({ action: 23, target: null })).toBe('Return to previous menu');
    expect(describeKeyAction({ action: -1, target: null })).toBe('Disabled');
  });
  it('says so for a code the catalog does not know', () => {
    expect(describeKeyAction({ action: 42, target: null })).toBe(
      'An action Switchboard does not recognise (Zoom code 42)',
    );
  });
});

describe('describeNoAction', () => {
  it('reads as repeats then an action', () => {
    expect(describeNoAction({ repeat: 3, action: -1, target: null })).toBe(
      'Repeat the greeting 3 times, then disconnect the call',
    );
    expect(describeNoAction({ repeat: 1, action: 7, target: support })).toBe(
      'Repeat the greeting once, then forward to call queue Support Line (ext 2001)',
    );
    expect(describeNoAction({ repeat: 2, action: 2, target: maria })).toBe(
      'Repeat the greeting twice, then forward to Maria Lopez (ext 1012)',
    );
    expect(describeNoAction({ repeat: 2, action: 100, target: null })).toBe(
      'Repeat the greeting twice, then an action Switchboard does not recognise (Zoom code 100)',
    );
  });
});

describe('describePrompt and audio', () => {
  it('names the prompt, or says there is none, or flags a deleted file', () => {
    expect(describePrompt({ id: null })).toBe('No greeting prompt');
    expect(describePrompt({ id: 'a1', name: 'Welcome.mp3' })).toBe('Greeting prompt "Welcome.mp3"');
    expect(describePrompt({ id: 'a1' })).toBe('Greeting prompt an audio file not in the audio library');
    expect(describePrompt({ id: 'a1' }, { audio: (id) => (id === 'a1' ? 'Hi.wav' : undefined) })).toBe(
      'Greeting prompt "Hi.wav"',
    );
    expect(describePrompt({ id: 'removed_a1', name: 'Old.mp3' })).toBe('Greeting prompt a deleted audio file ("Old.mp3")');
    expect(describeAudio('removed_x')).toBe('a deleted audio file');
    expect(describePromptValue({ id: null })).toBe('No greeting prompt');
    expect(describePromptValue({ id: 'a1', name: 'Welcome.mp3' })).toBe('"Welcome.mp3"');
    expect(describePromptValue({ id: 'a1' })).toBe('An audio file not in the audio library');
    expect(describePromptValue({ id: 'removed_a1' })).toBe('A deleted audio file');
  });
});

describe('describeTarget and describeField', () => {
  it('covers each combination of known fields', () => {
    expect(describeTarget({ extensionId: 'x', name: 'N' }, 'user')).toBe('N');
    expect(describeTarget({ extensionId: 'x', extensionNumber: '5' }, 'user')).toBe('ext 5');
    expect(describeTarget(null, 'callQueue')).toBe('(none chosen)');
    expect(describeTarget({ phoneNumber: '+15555550100' }, 'phoneNumber')).toBe('+1 555 555 0100');
  });
  it('names fields', () => {
    expect(describeField('key:1')).toBe('Key 1');
    expect(describeField('key:#')).toBe('Key #');
    expect(describeField('prompt')).toBe('Greeting prompt');
    expect(describeField('noAction')).toBe('When the caller presses nothing');
  });
});

describe('namerFromMenus', () => {
  it('borrows names seen in other menus, the given namer first', () => {
    const m = defaultMenu();
    m.keys['1'] = { action: 2, target: maria };
    m.prompt = { id: 'a1', name: 'Welcome.mp3' };
    const names = namerFromMenus([m]);
    expect(names.target?.({ extensionId: 'u1' }, 'user')).toEqual({ name: 'Maria Lopez', extensionNumber: '1012' });
    expect(names.target?.({ extensionId: 'nobody' }, 'user')).toBeUndefined();
    expect(names.audio?.('a1')).toBe('Welcome.mp3');
    const preferred = namerFromMenus([m], { target: () => ({ name: 'M. Lopez' }) });
    expect(preferred.target?.({ extensionId: 'u1' }, 'user')).toEqual({ name: 'M. Lopez', extensionNumber: '1012' });
    expect(describeKeyAction({ action: 200, target: { extensionId: 'u1' }, voicemailGreetingId: 'g' }, names)).toBe(
      'Voicemail of user Maria Lopez (ext 1012), greeting an audio file not in the audio library',
    );
  });
});
