// The holiday form: a name and a start and end on the wall clock of the
// extension's zone, checked before anything is sent — the contract's body
// schema (name, times, end after start) and routing-core's holiday rules
// (not wholly in the past, no overlap with the extension's other holidays),
// each as a sentence next to its field.
import { z } from 'zod';
import { holidayCreateBodySchema, type HolidayItem } from '@switchboard/contract/holidays';
import { addDays } from '@switchboard/routing-core/schedule/calendar';
import { holidayIssues } from '@switchboard/routing-core/schedule/holiday-rules';
import { instantToLocal } from '@switchboard/routing-core/schedule/zone-time';

export interface HolidayForm {
  name: string;
  start: string;
  end: string;
}

export interface HolidayFormContext {
  timezone: string;
  /** The extension's holidays as Zoom has them (the one being edited is skipped by id). */
  existing: readonly HolidayItem[];
  /** The holiday being changed, if any. */
  editingId?: string | undefined;
  /** ISO instant of "now". */
  now: string;
}

export const holidayFormSchema = ({ timezone, existing, editingId, now }: HolidayFormContext) =>
  z.custom<HolidayForm>().superRefine((form, ctx) => {
    const parsed = holidayCreateBodySchema.safeParse(form);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
      return;
    }
    const holiday = { ...parsed.data, ...(editingId ? { id: editingId } : {}) };
    const others = existing.map((h) => ({ id: h.id, name: h.name, start: h.start, end: h.end }));
    for (const issue of holidayIssues(holiday, { timezone, existing: others, now })) {
      ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
    }
  });

/** A whole day (or days) is held as 00:00 to 23:59, the way Zoom writes one. */
export const isAllDay = (f: Pick<HolidayForm, 'start' | 'end'>) => f.start.endsWith('T00:00') && f.end.endsWith('T23:59');

export const wholeDays = (first: string, last: string): Pick<HolidayForm, 'start' | 'end'> => ({ start: `${first}T00:00`, end: `${last}T23:59` });

/** A new holiday starts as tomorrow in the extension's zone, all day. */
export function newHoliday(now: string, timezone: string): HolidayForm {
  const tomorrow = addDays(instantToLocal(now, timezone).slice(0, 10), 1);
  return { name: '', ...wholeDays(tomorrow, tomorrow) };
}
