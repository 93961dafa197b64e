import { describe, expect, it } from 'vitest';
import { IVR_KEYS, defaultKeyAction, type IvrKey } from '@switchboard/zoom-schema/ivr-actions';
import { menuSchema, type KeyAction, type Menu } from '@switchboard/routing-core/ivr/menu';
import { menuChanges, rebaseEdits } from './menu-changes';

function menu(
  keys: Partial<Record<IvrKey, KeyAction>> = {},
  rest: Partial<Omit<Menu, 'keys'>> = {},
): Menu {
  return menuSchema.parse({
    prompt: { id: 'p1', name: 'Main greeting' },
    noAction: { repeat: 3, action: -1, target: null },
    keys: Object.fromEntries(
      IVR_KEYS.map((k) => [k, keys[k] ?? { action: defaultKeyAction(k), target: null }]),
    ),
    ...rest,
  });
}
const maria = {
  action: 2,
  target: {
    extensionId: 'u1',
    name: 'Maria Lopez',
    extensionNumber: '1012',
    type: 'user' as const,
  },
};
const queue = {
  action: 7,
  target: { extensionId: 'q1', name: 'Sales', extensionNumber: '6001', type: 'callQueue' as const },
};

describe('menuChanges', () => {
  it('counts changed keys, prompt and no-action by meaning, not by names', () => {
    const base = menu({ '1': maria });
    expect(menuChanges(base, base).count).toBe(0);
    // a different display name for the same extension is no change
    expect(
      menuChanges(base, menu({ '1': { ...maria, target: { ...maria.target, name: 'M. Lopez' } } }))
        .count,
    ).toBe(0);
    const edited = menu(
      { '1': queue, '#': { action: 22, target: null } },
      { noAction: { repeat: 1, action: -1, target: null } },
    );
    expect(menuChanges(base, edited)).toEqual({
      prompt: false,
      noAction: true,
      keys: ['1', '#'],
      count: 3,
    });
  });
});

describe('rebaseEdits', () => {
  it('keeps the person’s edits and takes everything else from the newer menu', () => {
    const base = menu();
    const edited = menu({ '1': maria });
    // meanwhile someone changed key 2 and the prompt in Zoom
    const latest = menu({ '2': queue }, { prompt: { id: 'p2', name: 'New greeting' } });
    const out = rebaseEdits(base, edited, latest);
    expect(out.keys['1']).toEqual(maria);
    expect(out.keys['2']).toEqual(queue);
    expect(out.prompt).toEqual({ id: 'p2', name: 'New greeting' });
    expect(menuChanges(latest, out).keys).toEqual(['1']);
  });

  it('lets the person’s value win where both changed the same key', () => {
    const out = rebaseEdits(menu(), menu({ '1': maria }), menu({ '1': queue }));
    expect(out.keys['1']).toEqual(maria);
  });
});
