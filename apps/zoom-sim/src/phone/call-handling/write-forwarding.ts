// Call forwarding to external numbers (sub_setting_type `call_forwarding`),
// a user's feature here (decisions.ts): POST adds a number (`{call_forwarding_id}`;
// in holiday_hours for `settings.holiday_id`), PATCH updates entries by `id`
// and `require_press_1_before_connecting`, DELETE `?call_forwarding_id=`
// removes one.
import type { FastifyRequest } from 'fastify';
import type { ForwardingEntry, HandlingState, SettingType } from '../../state/call-handling';
import type { AccountStore, CallHandledExtension } from '../../state/store';
import { holidayHandling } from './read';
import { chError, validationFailed } from './request';
import { E164 } from './rules';
import { findHoliday } from './write-holiday';

export interface ForwardingPostSettings {
  holiday_id?: string;
  phone_number?: string;
  description?: string;
}

export interface ForwardingPatchSettings {
  holiday_id?: string;
  require_press_1_before_connecting?: boolean;
  call_forwarding_settings?: Array<{
    id?: string;
    phone_number?: string;
    description?: string;
    enable?: boolean;
    external_contact?: { external_contact_id?: string };
  }>;
}

/** The handling a forwarding entry belongs to; a holiday's is created on first use. */
export function handlingFor(request: FastifyRequest, ext: CallHandledExtension, type: SettingType, holidayId: string | undefined): HandlingState {
  if (ext.kind !== 'user') throw chError(request, 'notSupported');
  const ch = ext.record.callHandling;
  if (type === 'business_hours') return ch.business;
  if (type === 'closed_hours') return ch.closed;
  const holiday = findHoliday(request, ext, holidayId);
  ch.holidays[holiday.id] ??= holidayHandling(ext, holiday.id);
  return ch.holidays[holiday.id] as HandlingState;
}

export function createForwarding(request: FastifyRequest, store: AccountStore, ext: CallHandledExtension, type: SettingType, s: ForwardingPostSettings): ForwardingEntry {
  const handling = handlingFor(request, ext, type, s.holiday_id);
  if (!s.phone_number || !E164.test(s.phone_number)) throw validationFailed();
  const entry: ForwardingEntry = { id: store.newId(), phoneNumber: s.phone_number, description: s.description ?? '', enable: true };
  handling.forwarding.push(entry);
  return entry;
}

function findEntry(request: FastifyRequest, handling: HandlingState, id: string): ForwardingEntry {
  const entry = handling.forwarding.find((f) => f.id === id);
  if (!entry) throw chError(request, 'unknownForwarding', id);
  return entry;
}

export function forwardingPatchChange(request: FastifyRequest, store: AccountStore, ext: CallHandledExtension, type: SettingType, s: ForwardingPatchSettings): () => void {
  const handling = handlingFor(request, ext, type, s.holiday_id);
  const updates = (s.call_forwarding_settings ?? []).map((item) => {
    // Entries are updated by id; a new number is added with POST.
    if (!item.id) throw validationFailed();
    const entry = findEntry(request, handling, item.id);
    if (item.phone_number !== undefined && !E164.test(item.phone_number)) throw validationFailed();
    const contactId = item.external_contact?.external_contact_id;
    if (contactId !== undefined && !store.state.externalContacts.some((c) => c.externalContactId === contactId)) throw validationFailed();
    return { entry, item, contactId };
  });
  return () => {
    for (const { entry, item, contactId } of updates) {
      if (item.phone_number !== undefined) entry.phoneNumber = item.phone_number;
      if (item.description !== undefined) entry.description = item.description;
      if (item.enable !== undefined) entry.enable = item.enable;
      if (contactId !== undefined) entry.externalContactId = contactId;
    }
    if (s.require_press_1_before_connecting !== undefined) handling.forwardingRequirePress1 = s.require_press_1_before_connecting;
  };
}

export function forwardingDeleteChange(request: FastifyRequest, ext: CallHandledExtension, type: SettingType, id: string, holidayId?: string): () => void {
  if (ext.kind !== 'user') throw chError(request, 'notSupported');
  const handlings =
    type === 'holiday_hours' && holidayId === undefined
      ? ext.record.holidays.map((h) => ext.record.callHandling.holidays[h.id]).filter((h): h is HandlingState => h !== undefined)
      : [handlingFor(request, ext, type, holidayId)];
  const handling = handlings.find((h) => h.forwarding.some((f) => f.id === id));
  if (!handling) throw chError(request, 'unknownForwarding', id);
  return () => {
    handling.forwarding = handling.forwarding.filter((f) => f.id !== id);
  };
}
