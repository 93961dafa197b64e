// Where a Zendesk IVR's "menu" routes lead, as a tree from its default menu:
// each menu's keys in reading order; a key that goes to another menu opens
// that menu beneath it, once — a menu already on the way is a link back, not
// a loop. Menus no key reaches are listed after, as roots of their own.
import { MENU_KEYS, type MenuKey, type NeutralMenu, type Route } from '@switchboard/routing-core/menu-model/neutral-menu';

export interface MenuNode {
  menuId: string;
  name: string;
  keys: { key: MenuKey; route: Route; child: MenuNode | null; backTo: string | null }[];
}

export interface MenuInfo {
  id: string;
  name: string;
  default: boolean;
}

export function menuTree(menus: readonly MenuInfo[], loaded: ReadonlyMap<string, NeutralMenu>): MenuNode[] {
  const shown = new Set<string>();
  const name = (id: string) => menus.find((m) => m.id === id)?.name ?? 'a menu no longer in this IVR';
  const build = (id: string, path: ReadonlySet<string>): MenuNode => {
    shown.add(id);
    const menu = loaded.get(id);
    const keys = MENU_KEYS.flatMap((key): MenuNode['keys'] => {
      const route = menu?.keys[key];
      if (!route) return [];
      if (route.kind !== 'menu') return [{ key, route, child: null, backTo: null }];
      const to = route.menu.id;
      if (path.has(to) || shown.has(to)) return [{ key, route, child: null, backTo: name(to) }];
      return [{ key, route, child: build(to, new Set([...path, to])), backTo: null }];
    });
    return { menuId: id, name: name(id), keys };
  };
  const ordered = [...menus].sort((a, b) => Number(b.default) - Number(a.default));
  const roots: MenuNode[] = [];
  for (const m of ordered) if (!shown.has(m.id)) roots.push(build(m.id, new Set([m.id])));
  return roots;
}
