// Holidays through call handling (settingType holiday_hours, sub_setting_type
// `holiday`): POST adds one (`{holiday_id}`), PATCH renames or moves it by
// `settings.holiday_id`, DELETE `?holiday_id=` removes it. `from`/`to` are UTC
// instants in the documented `yyyy-MM-dd'T'HH:mm:ss'Z'`, `from` before `to`.
// An auto receptionist's holidays are the ones its record and IVR show, and
// its IVR keys holiday menus by holiday id: a new holiday gets Zoom's default
// menu, a deleted one's menu goes with it.
import type { FastifyRequest } from 'fastify';
import { defaultMenu } from '../../seed/menus';
import type { HolidayRecord } from '../../state/call-handling';
import type { AccountStore, CallHandledExtension } from '../../state/store';
import { defaultHandling } from './defaults';
import { chError, validationFailed } from './request';
import { ZOOM_UTC } from './rules';

export interface HolidaySettings {
  holiday_id?: string;
  name?: string;
  from?: string;
  to?: string;
}

/** A real calendar instant written exactly as Zoom writes it (no 30 February, no milliseconds). */
function isZoomUtc(value: string): boolean {
  if (!ZOOM_UTC.test(value)) return false;
  const ms = Date.parse(value);
  return !Number.isNaN(ms) && new Date(ms).toISOString() === value.replace('Z', '.000Z');
}

function checkTimes(request: FastifyRequest, from: string | undefined, to: string | undefined): { from: string; to: string } {
  if (!from || !to || !isZoomUtc(from) || !isZoomUtc(to) || Date.parse(from) >= Date.parse(to)) throw chError(request, 'holidayTime');
  return { from, to };
}

/** A blank name cannot be shown anywhere; the documents require one. */
function checkName(name: string | undefined): string {
  if (name === undefined || name.trim() === '') throw validationFailed();
  return name;
}

export function findHoliday(request: FastifyRequest, ext: CallHandledExtension, id: string | undefined): HolidayRecord {
  if (id === undefined || id === '') throw validationFailed();
  const holiday = ext.record.holidays.find((h) => h.id === id);
  if (!holiday) throw chError(request, 'unknownHoliday');
  return holiday;
}

/** POST: validated, then added at once (a POST returns what it created, so dropWrites spares it). */
export function createHoliday(request: FastifyRequest, store: AccountStore, ext: CallHandledExtension, s: HolidaySettings): HolidayRecord {
  const name = checkName(s.name);
  const times = checkTimes(request, s.from, s.to);
  const holiday: HolidayRecord = { id: store.newId(), name, ...times };
  ext.record.holidays.push(holiday);
  ext.record.callHandling.holidays[holiday.id] = defaultHandling(ext.kind, 'holiday');
  if (ext.autoReceptionist) ext.autoReceptionist.holidayMenus[holiday.id] = defaultMenu();
  return holiday;
}

/** PATCH: any of name, from and to; the holiday as a whole must stay valid. */
export function holidayPatchChange(request: FastifyRequest, ext: CallHandledExtension, s: HolidaySettings): () => void {
  const holiday = findHoliday(request, ext, s.holiday_id);
  const name = s.name === undefined ? holiday.name : checkName(s.name);
  const times = checkTimes(request, s.from ?? holiday.from, s.to ?? holiday.to);
  return () => Object.assign(holiday, { name, ...times });
}

/** DELETE ?holiday_id=: the holiday, its handling and (auto receptionists) its IVR menu. */
export function holidayDeleteChange(request: FastifyRequest, ext: CallHandledExtension, id: string): () => void {
  const holiday = findHoliday(request, ext, id);
  return () => {
    const record = ext.record;
    record.holidays.splice(record.holidays.indexOf(holiday), 1);
    delete record.callHandling.holidays[holiday.id];
    if (ext.autoReceptionist) delete ext.autoReceptionist.holidayMenus[holiday.id];
  };
}
