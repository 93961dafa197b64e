import { describe, expect, it } from 'vitest';
import { boxHeight, boxParts, wrappedLines } from './node-size';

describe('box sizes, estimated before drawing', () => {
  it('wraps words greedily and breaks words longer than a line', () => {
    expect(wrappedLines('Key 1', 24)).toBe(1);
    expect(wrappedLines('Forward to call queue Sales (ext 6001)', 28)).toBe(2);
    expect(wrappedLines('greeting audio file id DI4oZivvl1Ev-9xGoxSTKwDI4oZivvl1Ev', 28)).toBe(3);
    expect(wrappedLines('', 28)).toBe(1);
  });

  it('grows with the words, the heading line and the button', () => {
    const key = boxHeight({ kindLine: false, label: 'Key 1', sublabel: 'Forward to user Ana (ext 1)', toggle: false });
    const longer = boxHeight({ kindLine: false, label: 'Key 1', sublabel: 'Forward to call queue Technical Support Escalations (ext 6002)', toggle: false });
    const ar = boxHeight({ kindLine: true, label: 'Support Menu', sublabel: 'ext 8002', toggle: true });
    expect(longer).toBeGreaterThan(key);
    expect(ar).toBeGreaterThan(key);
  });

  it('draws a copy of a drawn auto receptionist without its button, saying its menu is above', () => {
    const node = { id: 'ar:x', kind: 'autoReceptionist' as const, label: 'X', sublabel: 'ext 1', expanded: true, collapsible: true };
    expect(boxParts(node)).toMatchObject({ kindLine: true, sublabel: 'ext 1', toggle: true });
    expect(boxParts(node, true)).toMatchObject({ sublabel: 'Its menu is drawn above', toggle: false });
  });
});
