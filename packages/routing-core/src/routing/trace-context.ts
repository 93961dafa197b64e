// The state of one trace as it walks: the keys still to press, the steps so
// far, the stack of menus heard (for "previous menu" and "root menu"), and
// where the call has been with how many keys pressed — coming back to the same
// place with no key pressed in between is a loop, reported instead of followed.
import { PLAY_MENU_ACTION, VOICEMAIL_ACTION } from '@switchboard/zoom-schema/call-handling-actions';
import type { Menu } from '../ivr/menu';
import type { CallRouting } from '../schedule/call-routing';
import type { SnapshotIndex } from './snapshot-index';
import type { ArHoliday, AutoReceptionist } from './snapshot-phone';
import type { TraceEnd, TraceKeys, TraceKind, TraceOutcome, TraceStep } from './trace-types';

export interface MenuFrame {
  ar: AutoReceptionist;
  which: 'business' | 'closed' | 'holiday';
  holiday?: ArHoliday;
  menu: Menu;
  id: string;
  name: string;
}

export interface Ending {
  end: TraceEnd;
  outcome: TraceOutcome;
}

export interface TraceContext {
  index: SnapshotIndex;
  instant: string;
  keys: TraceKeys;
  /** Index of the next key to press. */
  next: number;
  steps: TraceStep[];
  stack: MenuFrame[];
  /** Places entered ("ext:…", "flow:…"), each with the key count at that moment, in order. */
  path: { place: string; name: string; next: number }[];
}

/** A safety net only: loops are caught by `enter`; no real trace comes near it. */
export const MAX_STEPS = 400;

export const step = (ctx: TraceContext, kind: TraceKind, id: string, name: string, reason: string): void => {
  ctx.steps.push({ kind, id, name, reason });
};

export const ending = (outcome: TraceOutcome, end: TraceEnd): Ending => ({ end, outcome });

/**
 * Record that the call enters `place`; an Ending when it was already there
 * with the same keys pressed (a loop), or when the trace is far too long.
 */
export function enter(
  ctx: TraceContext,
  place: string,
  end: { kind: TraceKind; id: string; name: string },
  words: string,
): Ending | null {
  const seen = ctx.path.findIndex((p) => p.place === place && p.next === ctx.next);
  if (seen >= 0) {
    const circle = [...ctx.path.slice(seen).map((p) => p.name), end.name].map((n) => `'${n}'`).join(' → ');
    return ending('loop', {
      ...end,
      reason:
        `Loop: the call comes back to ${words} with no key pressed since it was last there (${circle}), ` +
        'so it would go round for ever and nobody answers it.',
    });
  }
  if (ctx.steps.length >= MAX_STEPS) {
    return ending('loop', { ...end, reason: `The trace stopped after ${MAX_STEPS} steps without reaching anyone.` });
  }
  ctx.path.push({ place, name: end.name, next: ctx.next });
  return null;
}

/** Where calls go when a routing was never set: Zoom's default for a new extension (an auto receptionist plays its menu, others take voicemail). */
export function routingOrDefault(r: CallRouting | null, isAutoReceptionist: boolean): { routing: CallRouting; isDefault: boolean } {
  if (r) return { routing: r, isDefault: false };
  return { routing: { action: isAutoReceptionist ? PLAY_MENU_ACTION : VOICEMAIL_ACTION, target: null }, isDefault: true };
}
