// PATCH …/{settingType} with sub_setting_type `call_handling`: the routing
// (./write-routing.ts) plus ring mode and wait time, and a call queue's
// business-hours options (queue length, wrap-up, prompts, distribution) and
// greeting prompt (call queues and auto receptionists). Validated whole
// before anything changes.
import type { FastifyRequest } from 'fastify';
import type { HandlingState, QueueSettings } from '../../state/call-handling';
import type { AccountStore, CallHandledExtension } from '../../state/store';
import type { Period } from './routing-read';
import { chError, validationFailed } from './request';
import { PROMPT_OPTIONS, SHORT_WAITS } from './rules';
import { audioOption, nextRouting } from './write-routing';
import type { RoutingPatch } from './write-routing';

export interface CallHandlingSettings extends RoutingPatch {
  holiday_id?: string;
  ring_mode?: 'simultaneous' | 'sequential';
  max_wait_time?: number;
  greeting_prompt_id?: string;
  max_call_in_queue?: number;
  wrap_up_time?: number;
  receive_call?: boolean;
  music_on_hold_id?: string;
  audio_while_connecting_id?: string;
  call_distribution?: { handle_multiple_calls?: boolean; ring_duration?: number; ring_mode?: string; skip_offline_device_phone_number?: boolean };
}

export type HandlingChange = (h: HandlingState) => void;

/** '' default, '0' disabled (and 'ring_tone' where allowed), or a live audio id. */
function promptOption(store: AccountStore, id: string | undefined, ringTone = false): string | undefined {
  if (id === undefined || id === '' || id === '0' || (ringTone && id === 'ring_tone')) return id;
  if (PROMPT_OPTIONS[id] !== undefined) throw validationFailed();
  return audioOption(store, id);
}

function queueChange(store: AccountStore, q: QueueSettings, s: CallHandlingSettings): QueueSettings {
  // "Up to 60" callers may wait in a queue.
  if (s.max_call_in_queue !== undefined && (s.max_call_in_queue < 1 || s.max_call_in_queue > 60)) throw validationFailed();
  const d = s.call_distribution ?? {};
  return {
    maxCallInQueue: s.max_call_in_queue ?? q.maxCallInQueue,
    wrapUpTime: s.wrap_up_time ?? q.wrapUpTime,
    receiveCall: s.receive_call ?? q.receiveCall,
    musicOnHoldId: promptOption(store, s.music_on_hold_id) ?? q.musicOnHoldId,
    audioWhileConnectingId: promptOption(store, s.audio_while_connecting_id, true) ?? q.audioWhileConnectingId,
    distribution: {
      ringMode: d.ring_mode ?? q.distribution.ringMode,
      handleMultipleCalls: d.handle_multiple_calls ?? q.distribution.handleMultipleCalls,
      ringDuration: d.ring_duration ?? q.distribution.ringDuration,
      skipOffline: d.skip_offline_device_phone_number ?? q.distribution.skipOffline,
    },
  };
}

export function callHandlingChange(
  request: FastifyRequest,
  store: AccountStore,
  ext: CallHandledExtension,
  period: Period,
  current: HandlingState,
  s: CallHandlingSettings,
): HandlingChange {
  const kind = ext.kind;
  // Users and shared line groups ring their members; a call queue distributes calls instead.
  const rings = kind === 'user' || kind === 'sharedLineGroup';
  if (kind === 'user' && period === 'business' && (s.ring_mode === undefined) !== (s.max_wait_time === undefined)) {
    throw chError(request, 'ringModeAndWait');
  }
  const waits = rings || kind === 'callQueue';
  // Waits over a minute are documented for a call queue's business hours only.
  const longWait = kind === 'callQueue' && period === 'business';
  if (waits && s.max_wait_time !== undefined && !longWait && !SHORT_WAITS.includes(s.max_wait_time)) throw validationFailed();
  const routing = nextRouting(request, store, ext, current, s);
  const greeting = period === 'business' && current.greetingPromptId !== undefined ? promptOption(store, s.greeting_prompt_id) : undefined;
  const queue = current.queue && period === 'business' ? queueChange(store, current.queue, s) : undefined;
  return (h) => {
    h.routing = routing.routing;
    delete h.routingNeverSet;
    if (routing.busyRouting) h.busyRouting = routing.busyRouting;
    if (rings && s.ring_mode !== undefined) h.ringMode = s.ring_mode;
    if (waits && s.max_wait_time !== undefined) h.maxWaitTime = s.max_wait_time;
    if (greeting !== undefined) h.greetingPromptId = greeting;
    if (queue) h.queue = queue;
  };
}
