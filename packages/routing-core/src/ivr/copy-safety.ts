// Would copying a menu onto an auto receptionist trap its callers? Two
// refusals, decided here and nowhere else:
// - SELF: the target would forward to itself (any key, or "no key pressed"):
//   callers who choose it come back to the same menu, forever;
// - LOOP WITHOUT AN EXIT: after the copy, every option of the target's menu
//   leads only to auto receptionists whose menus lead back into the same
//   circle — never to a person, queue, group, voicemail, phone number or
//   Contact Center.
// Pure: the caller (the BFF) supplies the menus of the other auto
// receptionists as Zoom holds them now, and only those the check asks for
// (`needs`), so it reads each one at most once and none it does not need:
// the first reachable exit ends the search.
//
// Judgement calls, kept on the side of not refusing what might be fine:
// - "Repeat greeting", "root menu" and "previous menu" keep the caller inside
//   the circle: not exits (they are not ways to a person either).
// - A disconnect is not an exit, but a menu that only disconnects is no loop.
// - An action code Switchboard does not know, a forward to an extension that
//   is not a known auto receptionist, or a menu that could not be read may be
//   an exit: the check does not refuse on what it cannot see (`unchecked`).
// - Other auto receptionists are judged by the same hours' menu (business for
//   a business-hours copy). Other targets of the same copy are judged as Zoom
//   holds them now: each gets the same menu, so one the copy leads to is
//   itself refused (or keeps an exit), and stays as it is.
import { IVR_KEYS, actionSpec } from '@switchboard/zoom-schema/ivr-actions';
import type { Menu } from './menu';

/** Another auto receptionist: its name and, once read, its menu (null: it could not be read). */
export interface OtherAr {
  name: string;
  menu?: Menu | null;
}

export interface CopySafetyInput {
  target: { name: string; extensionId: string | null };
  /** The target's menu after the copy. */
  desired: Menu;
  /** Every other auto receptionist of the account, by extension id. */
  others: ReadonlyMap<string, OtherAr>;
}

export type CopySafetyVerdict =
  | { verdict: 'safe'; /** names of reachable auto receptionists whose menus could not be read */ unchecked: string[] }
  | { verdict: 'refused'; reason: 'self' | 'loop'; sentence: string; /** self: the fields; loop: the circle's auto receptionists */ involved: string[] }
  | { verdict: 'needs'; /** extension ids whose menus must be read before a verdict */ extensionIds: string[] };

type Way = { kind: 'exit' } | { kind: 'ar'; extensionId: string } | { kind: 'stay' };

/** Where one option of a menu sends the caller. */
function way(action: number, extensionId: string | undefined): Way {
  const spec = actionSpec(action);
  if (!spec) return { kind: 'exit' }; // unknown to Switchboard: perhaps a way out
  if (spec.group === 'voicemail') return { kind: 'exit' };
  if (spec.group !== 'forward') return { kind: 'stay' }; // menu navigation, disabled, disconnect
  if (spec.targetKind !== 'autoReceptionist') return { kind: 'exit' };
  return extensionId ? { kind: 'ar', extensionId } : { kind: 'stay' };
}

/** Every option of a menu: "no key pressed" and the twelve keys. */
export function menuWays(menu: Menu): { field: string; way: Way }[] {
  return [
    { field: 'noAction', way: way(menu.noAction.action, menu.noAction.target?.extensionId) },
    ...IVR_KEYS.map((k) => ({ field: `key:${k}`, way: way(menu.keys[k].action, menu.keys[k].target?.extensionId) })),
  ];
}

const fieldWords = (field: string) => (field === 'noAction' ? 'when no key is pressed' : `on key ${field.slice(4)}`);

export function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

const TARGET_SELF = '\u0000target';

export function judgeCopySafety({ target, desired, others }: CopySafetyInput): CopySafetyVerdict {
  const self = target.extensionId ?? TARGET_SELF;
  const ownWays = menuWays(desired);
  const selfFields = ownWays.filter((w) => w.way.kind === 'ar' && w.way.extensionId === self).map((w) => w.field);
  if (selfFields.length > 0) {
    return {
      verdict: 'refused',
      reason: 'self',
      involved: selfFields,
      sentence: `${target.name} would forward callers to itself ${listWords(selfFields.map(fieldWords))}: a loop they cannot leave, so it is not copied to.`,
    };
  }

  // Breadth-first over the auto receptionists the target's options lead to.
  const edges = new Map<string, string[]>([[self, []]]);
  const queue: [string, { field: string; way: Way }[]][] = [[self, ownWays]];
  const needs: string[] = [];
  const unchecked: string[] = [];
  while (queue.length > 0) {
    const [from, ways] = queue.shift()!;
    for (const { way: w } of ways) {
      if (w.kind === 'exit') return { verdict: 'safe', unchecked: [] };
      if (w.kind !== 'ar') continue;
      edges.get(from)!.push(w.extensionId);
      if (edges.has(w.extensionId) || needs.includes(w.extensionId)) continue;
      const other = others.get(w.extensionId);
      // Not an auto receptionist we know (or unreadable): it may lead out.
      if (!other) return { verdict: 'safe', unchecked: [] };
      if (other.menu === undefined) {
        needs.push(w.extensionId);
        continue;
      }
      if (other.menu === null) {
        unchecked.push(other.name);
        continue;
      }
      edges.set(w.extensionId, []);
      queue.push([w.extensionId, menuWays(other.menu)]);
    }
  }
  if (needs.length > 0) return { verdict: 'needs', extensionIds: needs };
  if (unchecked.length > 0 || !hasCycle(self, edges)) return { verdict: 'safe', unchecked };

  const circle = [...edges.keys()].filter((e) => e !== self).map((e) => others.get(e)!.name);
  return {
    verdict: 'refused',
    reason: 'loop',
    involved: circle,
    sentence:
      `${target.name} would trap callers in a loop: after the copy, its menu and those of ${listWords(circle)} lead only to one another, ` +
      'never to a person, queue, group, voicemail, phone number or Contact Center, so it is not copied to.',
  };
}

/** Depth-first from the target: an edge to an auto receptionist on the current path closes a loop. */
function hasCycle(start: string, edges: ReadonlyMap<string, string[]>): boolean {
  const onPath = new Set<string>();
  const done = new Set<string>();
  const visit = (n: string): boolean => {
    onPath.add(n);
    for (const next of edges.get(n) ?? []) {
      if (onPath.has(next)) return true;
      if (!done.has(next) && visit(next)) return true;
    }
    onPath.delete(n);
    done.add(n);
    return false;
  };
  return visit(start);
}
