// Words the trace and the problems report share: objects named as people read
// them ("call queue 'Support AU' (ext 2001)"), ring modes, member counts, and
// action words from describe.ts with names taken from the snapshot (a name a
// menu carries may be stale; the snapshot's is what Zoom has now).
import type { TargetKind } from '@switchboard/zoom-schema/ivr-actions';
import { describeKeyAction, describeNoAction, kindNoun, type TargetNamer } from '../ivr/describe';
import type { KeyAction, NoAction, Target } from '../ivr/menu';
import { describeCallRouting, type RoutingPeriod } from '../schedule/call-routing-zoom';
import { routingWithoutNames, type CallRouting } from '../schedule/call-routing';
import type { AnyExtension } from './snapshot-index';
import type { RingMode } from './snapshot-phone';
import type { TraceKind } from './trace-types';

export const upperFirst = (s: string): string => (s ? s[0]!.toUpperCase() + s.slice(1) : s);

/** "call queue 'Support AU' (ext 2001)", or with more in the brackets: "(ext 2001, 5 members)". */
export function objectWords(e: AnyExtension, more?: string): string {
  const inside = [e.ext.extensionNumber ? `ext ${e.ext.extensionNumber}` : null, more ?? null].filter(Boolean).join(', ');
  return `${kindNoun(e.kind)} '${e.ext.name}'${inside ? ` (${inside})` : ''}`;
}

const TRACE_KIND: Record<AnyExtension['kind'], TraceKind> = {
  autoReceptionist: 'auto_receptionist',
  callQueue: 'call_queue',
  user: 'user',
  sharedLineGroup: 'shared_line_group',
  commonArea: 'common_area',
  zoomRoom: 'common_area',
  ciscoRoom: 'common_area',
  meetingService: 'external',
};

export const traceKindOf = (kind: AnyExtension['kind']): TraceKind => TRACE_KIND[kind];

/** The trace kind a target of this catalog kind would have had (for targets that are gone). */
export function traceKindOfTarget(kind: TargetKind | null): TraceKind {
  if (kind === null) return 'disconnect';
  if (kind === 'phoneNumber' || kind === 'externalContact') return 'external';
  if (kind === 'contactCenter') return 'cc_flow';
  return TRACE_KIND[kind];
}

const RING: Record<RingMode, string> = {
  simultaneous: 'rings all at once',
  sequential: 'rings one member at a time, in order',
  rotating: 'rings one member at a time, taking turns',
  longest_idle: 'rings the member idle longest first',
};
export const ringWords = (mode: RingMode): string => RING[mode];

export const countWords = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** "5 minutes", "45 seconds". */
export function durationWords(seconds: number): string {
  if (seconds % 60 === 0) return countWords(seconds / 60, 'minute');
  return countWords(seconds, 'second');
}

/** The target without the names it carries when the snapshot knows it (its names are Zoom's now); as it is otherwise. */
function snapshotNamed(t: Target | null, namer: TargetNamer): Target | null {
  if (!t?.extensionId || !namer.target?.(t, null)) return t;
  return { extensionId: t.extensionId, ...(t.phoneNumber !== undefined ? { phoneNumber: t.phoneNumber } : {}) };
}

export const keyActionWords = (ka: KeyAction, namer: TargetNamer): string =>
  describeKeyAction({ ...ka, target: snapshotNamed(ka.target, namer) }, namer);

export const noActionWords = (na: NoAction, namer: TargetNamer): string =>
  describeNoAction({ ...na, target: snapshotNamed(na.target, namer) }, namer);

export const routingWords = (r: CallRouting, period: RoutingPeriod, namer: TargetNamer): string =>
  describeCallRouting(routingWithoutNames(r), period, namer);

/** "Maria Lopez, Ravi Patel and 3 others". */
export function listNames(names: readonly string[], max = 3): string {
  const quoted = names.map((n) => `'${n}'`);
  if (quoted.length <= max) return quoted.length <= 1 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}`;
  return `${quoted.slice(0, max).join(', ')} and ${countWords(quoted.length - max, 'other')}`;
}
