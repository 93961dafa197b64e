// The holiday calendar as files: iCalendar (RFC 5545, through routing-core's
// writer: CRLF, folding, escaping, TZID with VTIMEZONE) and CSV (RFC 4180:
// CRLF, fields quoted when they hold a comma, quote or line break, a leading
// = + - @ neutralised so a spreadsheet never runs it as a formula).
import type { CalendarResponse } from '@switchboard/contract/calendar';
import type { ExtensionType } from '@switchboard/contract/hours';
import { describeCallRouting } from '@switchboard/routing-core/schedule/call-routing-zoom';
import { describeHolidaySpan } from '@switchboard/routing-core/schedule/holiday-rules';
import { icsCalendar, type IcsEvent } from '@switchboard/routing-core/schedule/ics';
import type { HolidayState } from '../call-handling/read';
import type { Extension } from '../extensions/service';

export const TYPE_WORDS: Record<ExtensionType, string> = {
  autoReceptionist: 'Auto receptionist',
  callQueue: 'Call queue',
  user: 'User',
  sharedLineGroup: 'Shared line group',
};

export function holidaysIcs(items: readonly { ext: Extension; holiday: HolidayState }[], dtstamp: string, extra: readonly IcsEvent[] = []): string {
  return icsCalendar(
    [...items.map(({ ext, holiday }) => ({
      uid: `${ext.id}.${holiday.id ?? `${holiday.start}-${holiday.name}`}@switchboard`,
      summary: `${holiday.name} — ${ext.name} closed`,
      description:
        `${TYPE_WORDS[ext.type]} ${ext.name}${ext.site ? ` (${ext.site.name})` : ''} is closed for ${holiday.name}: ` +
        `${describeHolidaySpan(holiday)}, ${ext.timezone}. Calls: ${describeCallRouting(holiday.routing, 'holiday')}.`,
      start: holiday.start,
      end: holiday.end,
      timezone: ext.timezone,
      categories: [TYPE_WORDS[ext.type], ...(ext.site ? [ext.site.name] : [])],
    })), ...extra],
    { dtstamp, name: 'Switchboard holidays' },
  );
}

function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One row per date and extension: who is closed for which holiday, and who is open. */
export function calendarCsv(cal: CalendarResponse): string {
  const site = new Map(cal.extensions.map((e) => [e.extensionId, e.site?.name ?? '']));
  const rows = [['Date', 'Site', 'Extension', 'Type', 'State', 'Holiday']];
  for (const day of cal.days) {
    for (const c of day.closed) rows.push([day.date, site.get(c.extensionId) ?? '', c.name, TYPE_WORDS[c.type], 'Closed', c.holiday]);
    for (const o of day.open) rows.push([day.date, site.get(o.extensionId) ?? '', o.name, TYPE_WORDS[o.type], 'Open', '']);
  }
  return rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}
