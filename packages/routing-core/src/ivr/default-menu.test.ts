import { describe, expect, it } from 'vitest';
import { defaultMenu } from './default-menu';
import { desiredMenuSchema } from './menu';

describe('defaultMenu', () => {
  it("is Zoom's default and a writable menu", () => {
    const m = defaultMenu();
    expect(m.keys['0'].action).toBe(100);
    expect(m.keys['*'].action).toBe(21);
    expect(m.keys['#'].action).toBe(-1);
    expect(['1', '2', '3', '4', '5', '6', '7', '8', '9'].every((k) => m.keys[k as '1'].action === -1)).toBe(true);
    expect(m.noAction).toEqual({ repeat: 3, action: -1, target: null });
    expect(m.prompt).toEqual({ id: null });
    expect(desiredMenuSchema.safeParse(m).success).toBe(true);
  });
  it('returns a fresh object each time', () => {
    const a = defaultMenu();
    a.keys['1'].action = 22;
    expect(defaultMenu().keys['1'].action).toBe(-1);
  });
});
