// GET /phone/extension/{extensionId}/call_handling/settings: `business_hours`
// and `closed_hours` as lists of sub-settings ({sub_setting_type, settings}),
// `holiday_hours` as one entry per holiday ({holiday_id, details: [the
// holiday's name/from/to, its call handling, …]}). Only users have
// call_forwarding entries (decisions.ts).
import type { CallHandlingState, ForwardingEntry, HandlingState, HolidayRecord } from '../../state/call-handling';
import type { AccountStore, CallHandledExtension } from '../../state/store';
import { defaultHandling } from './defaults';
import { busyRoutingRead, promptRead, routingRead } from './routing-read';
import type { Period } from './routing-read';

type Json = Record<string, unknown>;

function settingsRead(store: AccountStore, ext: CallHandledExtension, h: HandlingState, period: Period): Json {
  // A routing Zoom holds no value for (never set) is left out of the answer.
  const out: Json = h.routingNeverSet ? {} : { routing: routingRead(store, ext.kind, h.routing, period) };
  if (h.busyRouting && period !== 'holiday') out.busy_routing = busyRoutingRead(store, h.busyRouting);
  if (h.ringMode) out.ring_mode = h.ringMode;
  if (h.maxWaitTime !== undefined) out.max_wait_time = h.maxWaitTime;
  if (h.greetingPromptId !== undefined && period === 'business') out.greeting_prompt = promptRead(store, h.greetingPromptId);
  const q = h.queue;
  if (q && period === 'business') {
    const d = q.distribution;
    Object.assign(out, {
      max_call_in_queue: q.maxCallInQueue,
      wrap_up_time: q.wrapUpTime,
      receive_call: q.receiveCall,
      music_on_hold: promptRead(store, q.musicOnHoldId),
      audio_while_connecting: promptRead(store, q.audioWhileConnectingId),
      // The other distribution options are returned "only except simultaneous ring mode".
      call_distribution:
        d.ringMode === 'simultaneous'
          ? { ring_mode: d.ringMode }
          : { ring_mode: d.ringMode, handle_multiple_calls: d.handleMultipleCalls, ring_duration: d.ringDuration, skip_offline_device_phone_number: d.skipOffline },
    });
  }
  return out;
}

function forwardingEntryRead(store: AccountStore, f: ForwardingEntry): Json {
  const out: Json = { id: f.id, phone_number: f.phoneNumber, description: f.description, enable: f.enable };
  const contact = f.externalContactId ? store.state.externalContacts.find((c) => c.externalContactId === f.externalContactId) : undefined;
  if (contact) {
    out.external_contact = { external_contact_id: contact.externalContactId, name: contact.name, email: contact.email, phone_numbers: [...contact.phoneNumbers] };
  }
  return out;
}

function forwardingRead(store: AccountStore, ext: CallHandledExtension, h: HandlingState): Json[] {
  if (ext.kind !== 'user') return [];
  const settings = { call_forwarding_settings: h.forwarding.map((f) => forwardingEntryRead(store, f)), require_press_1_before_connecting: h.forwardingRequirePress1 };
  return [{ sub_setting_type: 'call_forwarding', settings }];
}

function customHoursRead(ext: CallHandledExtension, ch: CallHandlingState): Json {
  const settings: Json = { type: ch.hoursType };
  if (ch.hoursType === 2) {
    settings.custom_hours_settings = [...ch.days]
      .sort((a, b) => a.weekday - b.weekday)
      .map((d) => (d.type === 2 ? { weekday: d.weekday, type: d.type, from: d.from, to: d.to } : { weekday: d.weekday, type: d.type }));
  }
  if (ext.kind === 'callQueue') settings.allow_members_to_reset = ch.allowMembersToReset;
  return { sub_setting_type: 'custom_hours', settings };
}

/** A holiday's handling: its own entry, else the kind's default. */
export function holidayHandling(ext: CallHandledExtension, holidayId: string): HandlingState {
  return ext.record.callHandling.holidays[holidayId] ?? defaultHandling(ext.kind, 'holiday');
}

function holidayRead(store: AccountStore, ext: CallHandledExtension, h: HolidayRecord): Json {
  const handling = holidayHandling(ext, h.id);
  return {
    holiday_id: h.id,
    details: [
      { sub_setting_type: 'holiday', settings: { name: h.name, from: h.from, to: h.to } },
      { sub_setting_type: 'call_handling', settings: settingsRead(store, ext, handling, 'holiday') },
      ...forwardingRead(store, ext, handling),
    ],
  };
}

export function callHandlingRead(store: AccountStore, ext: CallHandledExtension) {
  const ch = ext.record.callHandling;
  return {
    business_hours: [
      customHoursRead(ext, ch),
      { sub_setting_type: 'call_handling', settings: settingsRead(store, ext, ch.business, 'business') },
      ...forwardingRead(store, ext, ch.business),
    ],
    closed_hours: [
      { sub_setting_type: 'call_handling', settings: settingsRead(store, ext, ch.closed, 'closed') },
      ...forwardingRead(store, ext, ch.closed),
    ],
    holiday_hours: ext.record.holidays.map((h) => holidayRead(store, ext, h)),
  };
}
