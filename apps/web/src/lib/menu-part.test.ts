import { describe, expect, it } from 'vitest';
import { paths } from '@/config/paths';
import { parseMenuPart } from './menu-part';

const parse = (url: string) => parseMenuPart(new URL(url, 'http://x').searchParams);

describe('menu parts in links', () => {
  it('round-trips every key, the greeting and "no key pressed" through the editor and menu links', () => {
    for (const key of ['1', '0', '*', '#']) {
      expect(parse(paths.autoReceptionistEditor('ar1', 'business', { key }))).toEqual({ key });
      expect(parse(paths.autoReceptionistMenu('ar1', 'holiday:h1', { key }))).toEqual({ key });
    }
    expect(parse(paths.autoReceptionistEditor('ar1', 'closed', { part: 'greeting' }))).toEqual({ part: 'greeting' });
    expect(parse(paths.autoReceptionistMenu('ar1', 'business', { part: 'no-key' }))).toEqual({ part: 'no-key' });
  });

  it('ignores what is not a key or a part', () => {
    expect(parse('/x?key=12')).toBeNull();
    expect(parse('/x?key=')).toBeNull();
    expect(parse('/x?part=keys')).toBeNull();
    expect(parse('/x?menu=business')).toBeNull();
  });
});
