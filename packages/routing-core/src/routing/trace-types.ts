// The trace's answer, exactly as `GET /api/routing/trace` gives it (DESIGN.md,
// "Contracts of the next features"): steps with a sentence each, then an end.
import type { IvrKey } from '@switchboard/zoom-schema/ivr-actions';

export const TRACE_KINDS = [
  'number',
  'auto_receptionist',
  'schedule',
  'holiday',
  'menu',
  'key',
  'call_queue',
  'user',
  'shared_line_group',
  'common_area',
  'voicemail',
  'external',
  'cc_queue',
  'cc_flow',
  'disconnect',
] as const;
export type TraceKind = (typeof TRACE_KINDS)[number];

export interface TraceStep {
  kind: TraceKind;
  id: string;
  name: string;
  reason: string;
}

export interface TraceEnd {
  kind: TraceKind;
  id?: string;
  name: string;
  reason: string;
}

export interface Trace {
  steps: TraceStep[];
  end: TraceEnd;
}

/**
 * What the end means, for callers that colour or count it (not part of the
 * route's answer): a person or queue rings (`rings`), a mailbox takes a
 * message, the call leaves Zoom, is disconnected, goes round a loop, or cannot
 * go on because something it needs is deleted, deactivated or unknown (`broken`).
 */
export type TraceOutcome = 'rings' | 'voicemail' | 'external' | 'disconnected' | 'loop' | 'broken';

export interface TraceWithOutcome extends Trace {
  outcome: TraceOutcome;
}

/** A trace's input that cannot be traced (a 400 at the BFF), with a sentence. */
export class TraceInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TraceInputError';
  }
}

export type TraceKeys = readonly IvrKey[];
