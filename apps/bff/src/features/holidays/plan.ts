// The requests of a holiday write, checked first (holiday-rules: no overlap,
// end after start, not wholly past — 400 with sentences, nothing sent):
// add = POST holiday_hours (holiday), then PATCH holiday_hours (call_handling)
// with the id Zoom answered, routing calls as the closed hours do; change =
// PATCH holiday_hours (holiday); delete = DELETE holiday_hours?holiday_id=.
// Also what "landed" means for each (verify) and how a lost POST answer is
// settled from a read-back (the holiday now there, not there before).
import { callRoutingIssues, sameCallRouting, type CallRouting } from '@switchboard/routing-core/schedule/call-routing';
import { callRoutingPatch, describeCallRouting } from '@switchboard/routing-core/schedule/call-routing-zoom';
import { describeHolidaySpan, holidayIssues } from '@switchboard/routing-core/schedule/holiday-rules';
import { callHandlingPath, holidayPatch, holidayPost } from '@switchboard/routing-core/schedule/to-zoom-phone';
import { ScheduleNotWritableError } from '@switchboard/routing-core/schedule/validate';
import { zoomCallHandlingPostAnswerSchema } from '@switchboard/zoom-schema/phone-call-handling-write';
import { badRequest, notFound } from '../../http/app-error';
import type { Change, Mismatch, OpResult, PlannedWrite, Settlement } from '../../write-pipeline/types';
import type { Extension } from '../extensions/service';
import { findHoliday, holidayWords, sameHoliday, type HolidayInput, type HolidaysWriteState } from './state';

const NEW_ID = '(the id Zoom gives the new holiday)';

/** 400 naming every rule the holiday breaks; nothing is sent. */
function requireWritable(ext: Extension, h: HolidayInput & { id?: string }, current: HolidaysWriteState, now: string): void {
  const issues = holidayIssues({ ...h, name: h.name }, { timezone: ext.timezone, existing: current.holidays, now });
  if (issues.length > 0) throw badRequest(`${ext.name}: ${issues.map((i) => i.message).join(' ')}`, { issues });
}

const wrap = <T>(fn: () => T): T => {
  try {
    return fn();
  } catch (err) {
    if (err instanceof ScheduleNotWritableError) throw badRequest(err.message, { issues: err.issues });
    throw err;
  }
};

/** The id Zoom gave the new holiday, from the POST's answer (or the read-back that settled a lost one). */
export function newHolidayId(ops: readonly OpResult[]): string | null {
  const parsed = zoomCallHandlingPostAnswerSchema.safeParse(ops[0]?.answer);
  return parsed.success ? (parsed.data.holiday_id ?? null) : null;
}

/** The routing a new holiday gets: the closed hours', when Zoom lets it be written for this extension. */
export function holidayRouting(ext: Extension, current: HolidaysWriteState): CallRouting | null {
  const r = current.closedRouting;
  return r && callRoutingIssues(r, ext.type).length === 0 ? r : null;
}

/** The holiday the extension already has with this name and these times, if any (adding it again changes nothing). */
export const sameExisting = (ext: Extension, current: HolidaysWriteState, h: HolidayInput) =>
  current.holidays.find((x) => sameHoliday(x, h, ext.timezone));

export function planAdd(ext: Extension, current: HolidaysWriteState, h: HolidayInput, now: string): { ops: PlannedWrite[]; diff: Change[] } {
  if (sameExisting(ext, current, h)) return { ops: [], diff: [] };
  requireWritable(ext, h, current, now);
  const path = callHandlingPath(ext.id, 'holiday_hours');
  const ops: PlannedWrite[] = [
    {
      description: `Add holiday ${holidayWords(h)} on ${ext.name}'s clock (${ext.timezone})`,
      field: 'holiday',
      label: 'light',
      request: { method: 'POST', path, body: wrap(() => holidayPost(h, ext.timezone)) },
    },
  ];
  const routing = holidayRouting(ext, current);
  if (routing) {
    const body = (id: string) => callRoutingPatch(routing, ext.type, id);
    ops.push({
      description: `On “${h.name.trim()}”: ${describeCallRouting(routing, 'holiday').replace(/^./, (c) => c.toLowerCase())}, as when ${ext.name} is closed`,
      field: 'routing',
      label: 'light',
      request: { method: 'PATCH', path, body: body(NEW_ID) },
      bind: (earlier) => {
        const id = newHolidayId(earlier);
        if (!id) throw new Error("Zoom's answer to adding the holiday did not name its id, so its routing could not be written.");
        return { method: 'PATCH', path, body: body(id) };
      },
    });
  }
  return { ops, diff: [{ field: h.name.trim(), before: 'No such holiday', after: `${describeHolidaySpan(h)} (${ext.timezone})` }] };
}

export function verifyAdd(ext: Extension, h: HolidayInput, routing: CallRouting | null, readBack: HolidaysWriteState, ops: readonly OpResult[]): Mismatch[] {
  const id = newHolidayId(ops);
  const found = id ? findHoliday(readBack, id) : undefined;
  const field = h.name.trim();
  if (!found) return [{ field, expected: `${describeHolidaySpan(h)} (${ext.timezone})`, actual: 'Not in Zoom' }];
  const out: Mismatch[] = [];
  if (!sameHoliday(found, h, ext.timezone)) out.push({ field, expected: holidayWords(h), actual: holidayWords(found) });
  if (routing && ops[1]?.status === 'applied' && !sameCallRouting(found.routing, routing)) {
    out.push({ field: `Calls on “${field}”`, expected: describeCallRouting(routing, 'holiday'), actual: describeCallRouting(found.routing, 'holiday') });
  }
  return out;
}

/** A POST whose answer was lost landed when the holiday is there now and was not before. */
export function settleAdd(op: PlannedWrite, state: HolidaysWriteState, before: HolidaysWriteState, h: HolidayInput, zone: string): Settlement {
  if (op.request.method !== 'POST') return { landed: null };
  const known = new Set(before.holidays.map((x) => x.id));
  const created = state.holidays.find((x) => x.id && !known.has(x.id) && sameHoliday(x, h, zone));
  return created ? { landed: true, answer: { holiday_id: created.id } } : { landed: false };
}

function existing(ext: Extension, current: HolidaysWriteState, holidayId: string) {
  const h = findHoliday(current, holidayId);
  if (!h) throw notFound(`${ext.name} has no holiday with id "${holidayId}". It may have been deleted.`);
  return h;
}

export function planUpdate(ext: Extension, current: HolidaysWriteState, holidayId: string, h: HolidayInput, now: string): { ops: PlannedWrite[]; diff: Change[] } {
  const old = existing(ext, current, holidayId);
  if (sameHoliday(old, h, ext.timezone)) return { ops: [], diff: [] };
  requireWritable(ext, { ...h, id: holidayId }, current, now);
  const diff: Change[] = [{ field: h.name.trim(), before: holidayWords(old), after: holidayWords(h) }];
  const op: PlannedWrite = {
    description: `Holiday ${holidayWords(old)}: ${holidayWords(h)} instead (${ext.timezone})`,
    field: 'holiday',
    label: 'light',
    request: { method: 'PATCH', path: callHandlingPath(ext.id, 'holiday_hours'), body: wrap(() => holidayPatch(holidayId, h, ext.timezone)) },
  };
  return { ops: [op], diff };
}

export function verifyUpdate(ext: Extension, holidayId: string, h: HolidayInput, readBack: HolidaysWriteState): Mismatch[] {
  const found = findHoliday(readBack, holidayId);
  if (found && sameHoliday(found, h, ext.timezone)) return [];
  return [{ field: h.name.trim(), expected: holidayWords(h), actual: found ? holidayWords(found) : 'Not in Zoom' }];
}

export function planDelete(ext: Extension, current: HolidaysWriteState, holidayId: string): { ops: PlannedWrite[]; diff: Change[] } {
  const old = existing(ext, current, holidayId);
  const path = `${callHandlingPath(ext.id, 'holiday_hours')}?holiday_id=${encodeURIComponent(holidayId)}`;
  return {
    ops: [{ description: `Delete holiday ${holidayWords(old)}`, field: 'holiday', label: 'light', request: { method: 'DELETE', path, body: undefined } }],
    diff: [{ field: old.name, before: `${describeHolidaySpan(old)} (${ext.timezone})`, after: 'Deleted' }],
  };
}

export function verifyDelete(holidayId: string, name: string, readBack: HolidaysWriteState): Mismatch[] {
  const found = findHoliday(readBack, holidayId);
  return found ? [{ field: name, expected: 'Deleted', actual: `Still in Zoom: ${holidayWords(found)}` }] : [];
}
