// A route as a write leaves it: the sent fields over the current route (a PUT
// changes only what it sends), checked against the facts' keypresses and the
// options each action needs, then against the account (decision 013):
// - keypress and action are required when creating; a keypress is used once per menu;
// - options must carry every option the action names; options of other actions are dropped;
//   a PUT without options keeps the current ones the (new) action also takes (group → voicemail
//   keeps group_ids; group → menu has no menu_id, so it is refused);
// - group_ids: at least one, each a group of the account; phone_number: E.164
//   (+ and 7 to 15 digits); sms_text: not blank; menu_id: another menu of the same IVR.
import { talkFacts } from '@switchboard/zendesk-facts/load';
import type { IvrRecord, MenuRecord, RouteRecord } from '../../state/records';
import type { TalkStore } from '../../state/store';
import { Problems, isBlank } from '../body';
import type { Fields } from '../body';

export type RouteValues = Omit<RouteRecord, 'id'>;

const E164 = /^\+[1-9]\d{6,14}$/;

export function resolveRoute(store: TalkStore, ivr: IvrRecord, menu: MenuRecord, current: RouteRecord | undefined, fields: Fields): RouteValues {
  const problems = new Problems();
  const keypress = (fields.keypress ?? current?.keypress) as string | undefined;
  const action = (fields.action ?? current?.action) as string | undefined;
  if (keypress === undefined) problems.add('keypress', 'BlankValue', 'keypress: cannot be blank');
  else if (menu.routes.some((r) => r.keypress === keypress && r.id !== current?.id)) {
    problems.add('keypress', 'DuplicateValue', `keypress: ${keypress} is already used by another route of this menu`);
  }
  if (action === undefined) problems.add('action', 'BlankValue', 'action: cannot be blank');
  const sent = fields.options as Fields | undefined;
  const source = sent ?? current?.options ?? {};
  const names = action ? (talkFacts.routeActions[action]?.options ?? []) : [];
  const options: Fields = {};
  for (const name of names) {
    if (source[name] === undefined) problems.add('options', 'BlankValue', `options: ${name} is required for the action ${action}`);
    else {
      const problem = optionProblem(store, ivr, menu, name, source[name]);
      if (problem) problems.add('options', 'InvalidValue', `options: ${problem}`);
      options[name] = structuredClone(source[name]);
    }
  }
  problems.throwIfAny();
  const overflow = 'overflow_options' in fields ? fields.overflow_options : current?.overflowOptions;
  return { keypress: keypress as string, action: action as string, options, ...(overflow !== undefined ? { overflowOptions: structuredClone(overflow) } : {}) };
}

function optionProblem(store: TalkStore, ivr: IvrRecord, menu: MenuRecord, name: string, value: unknown): string | undefined {
  switch (name) {
    case 'group_ids': {
      if (!Array.isArray(value) || value.length === 0) return 'group_ids should list at least one group';
      const unknown = value.filter((id) => typeof id !== 'number' || !store.group(id));
      return unknown.length ? `group_ids ${unknown.join(', ')} ${unknown.length === 1 ? 'is not a group' : 'are not groups'}` : undefined;
    }
    case 'phone_number':
      return typeof value === 'string' && E164.test(value) ? undefined : 'phone_number should be a phone number in E.164 form, e.g. +14155550123';
    case 'sms_text':
      return isBlank(value) ? 'sms_text cannot be blank' : undefined;
    case 'menu_id':
      if (value === menu.id) return 'menu_id cannot be the route’s own menu';
      return ivr.menus.some((m) => m.id === value) ? undefined : `menu_id ${String(value)} is not a menu of this IVR`;
    default:
      return undefined;
  }
}
