import { describe, expect, it } from 'vitest';
import type { NeutralMenu } from '@switchboard/routing-core/menu-model/neutral-menu';
import { menuTree } from './menu-tree';

const g = (id: string) => ({ kind: 'forward' as const, targets: [{ type: 'group', id }] });
const to = (id: string) => ({ kind: 'menu' as const, menu: { id } });
const menu = (keys: NeutralMenu['keys']): NeutralMenu => ({ greeting: { id: '1' }, noAction: null, keys });

describe('menuTree', () => {
  it('follows menu routes from the default menu, once; a way back is a link, not a loop; unreached menus are roots', () => {
    const menus = [
      { id: 'tech', name: 'Technical support', default: false },
      { id: 'main', name: 'Main menu', default: true },
      { id: 'after', name: 'After hours', default: false },
      { id: 'lone', name: 'Unused', default: false },
    ];
    const loaded = new Map([
      ['main', menu({ '1': g('a'), '2': to('tech'), '4': to('after'), default: g('a') })],
      ['tech', menu({ '1': g('b'), '*': to('main') })],
      ['after', menu({ '1': to('tech') })],
      ['lone', menu({})],
    ]);
    const [root, lone] = menuTree(menus, loaded);
    expect(root!.name).toBe('Main menu');
    expect(root!.keys.map((k) => [k.key, k.child?.name ?? null, k.backTo])).toEqual([
      ['1', null, null],
      ['2', 'Technical support', null],
      ['4', 'After hours', null],
      ['default', null, null],
    ]);
    expect(root!.keys[1]!.child!.keys.map((k) => [k.key, k.backTo])).toEqual([['1', null], ['*', 'Main menu']]);
    expect(root!.keys[2]!.child!.keys[0]!.backTo).toBe('Technical support');
    expect(lone!.name).toBe('Unused');
  });
});
