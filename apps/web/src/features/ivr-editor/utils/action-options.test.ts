import { describe, expect, it } from 'vitest';
import { DIGIT_KEYS } from '@switchboard/zoom-schema/ivr-actions';
import { keyActionGroups, noActionGroups, targetInput } from './action-options';

const codes = (groups: ReturnType<typeof keyActionGroups>) =>
  groups.flatMap((g) => g.options.map((o) => o.code));

describe('keyActionGroups', () => {
  it('offers * and # only their own codes: repeat, root menu, previous menu, disabled', () => {
    for (const key of ['*', '#'] as const) {
      expect(codes(keyActionGroups(key)).sort((a, b) => a - b)).toEqual([-1, 21, 22, 23]);
      expect(keyActionGroups(key).map((g) => g.label)).toEqual(['Menu', null]);
    }
  });

  it('offers digits the forwards and voicemails, grouped, and never the menu codes', () => {
    for (const key of DIGIT_KEYS) {
      const groups = keyActionGroups(key);
      expect(groups.map((g) => g.label)).toEqual(['Forward the call', 'Voicemail', null]);
      expect(codes(groups)).not.toContain(21);
      expect(codes(groups)).toEqual(expect.arrayContaining([2, 7, 10, 15, 100, 200, 500, -1]));
    }
    const forward = keyActionGroups('1')[0]!.options.map((o) => o.label);
    expect(forward).toContain('Forward to user');
    expect(forward).toContain('Forward to contact center');
  });

  it('says "Disconnect the call" for no-action code -1', () => {
    const labels = noActionGroups().flatMap((g) => g.options.map((o) => o.label));
    expect(labels).toContain('Disconnect the call');
    expect(labels).not.toContain('Disabled');
  });
});

describe('targetInput', () => {
  it('chooses the input each action needs', () => {
    expect(targetInput(2)).toEqual({ kind: 'directory', type: 'user', targetKind: 'user' });
    expect(targetInput(400)).toEqual({
      kind: 'directory',
      type: 'callQueue',
      targetKind: 'callQueue',
    });
    expect(targetInput(10)).toEqual({ kind: 'phoneNumber' });
    expect(targetInput(15)).toEqual({ kind: 'directory', type: 'contactCenter', targetKind: 'contactCenter' });
    expect(targetInput(3)).toEqual({ kind: 'directory', type: 'zoomRoom', targetKind: 'zoomRoom' });
    expect(targetInput(16)).toEqual({ kind: 'directory', type: 'meetingService', targetKind: 'meetingService' });
    // Zoom documents no list of Cisco/Polycom rooms: the extension id is typed.
    expect(targetInput(5)).toEqual({ kind: 'extensionId', targetKind: 'ciscoRoom' });
    expect(targetInput(-1)).toEqual({ kind: 'none' });
    expect(targetInput(100)).toEqual({ kind: 'none' });
  });
});
