// A menu as a write leaves it (decision 013): a name is required when creating
// and never blank; greeting_id is a greeting of the account (a new menu without
// one gets the account's standard greeting); `default: true` makes the menu the
// IVR's default (the previous one stops being it), `default: false` on the
// default menu is refused — an IVR always has one.
import type { IvrRecord, MenuRecord } from '../../state/records';
import type { TalkStore } from '../../state/store';
import { Problems, isBlank } from '../body';
import type { Fields } from '../body';

export interface MenuValues {
  name: string;
  greetingId: number;
  isDefault: boolean;
}

export function resolveMenu(store: TalkStore, current: MenuRecord | undefined, fields: Fields): MenuValues {
  const problems = new Problems();
  const name = (fields.name ?? current?.name) as string | undefined;
  if (name === undefined || isBlank(name)) problems.add('name', 'BlankValue', 'name: cannot be blank');
  const greetingId = (fields.greeting_id ?? current?.greetingId ?? store.defaultGreeting()?.id) as number | undefined;
  if (greetingId === undefined || !store.greeting(greetingId)) problems.add('greeting_id', 'InvalidValue', `greeting_id: ${String(greetingId)} is not a greeting`);
  const wasDefault = current?.isDefault ?? false;
  if (fields.default === false && wasDefault) {
    problems.add('default', 'InvalidValue', 'default: an IVR always has a default menu; make another menu the default instead');
  }
  problems.throwIfAny();
  return { name: name as string, greetingId: greetingId as number, isDefault: fields.default === true || wasDefault };
}

/** Applies the values; a new default menu takes the flag from the IVR's other menus. */
export function applyMenu(ivr: IvrRecord, menu: MenuRecord, values: MenuValues): void {
  Object.assign(menu, values);
  if (values.isDefault) for (const m of ivr.menus) if (m.id !== menu.id) m.isDefault = false;
}

/** Why a menu may not be deleted: it is the default, or routes lead to it. */
export function deleteProblems(ivr: IvrRecord, menu: MenuRecord): Problems {
  const problems = new Problems();
  if (menu.isDefault) problems.add('base', 'InvalidValue', 'the default menu of an IVR cannot be deleted');
  const leading = ivr.menus.flatMap((m) => m.routes.filter((r) => r.action === 'menu' && r.options.menu_id === menu.id).map((r) => `${m.name} ${r.keypress}`));
  if (leading.length) problems.add('base', 'InvalidValue', `routes lead to this menu (${leading.join(', ')}); change them first`);
  return problems;
}
