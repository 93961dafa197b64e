// Which of an auto receptionist's menus is on screen, kept in the URL as ?menu=business|closed|holiday:<id>.
import type { Holiday } from '@switchboard/contract/auto-receptionists';

export type MenuSelection = { kind: 'business' } | { kind: 'closed' } | { kind: 'holiday'; holiday: Holiday };

export function parseMenuSelection(value: string | null, holidays: Holiday[]): MenuSelection {
  if (value === 'closed') return { kind: 'closed' };
  if (value?.startsWith('holiday:')) {
    const holiday = holidays.find((h) => h.id === value.slice('holiday:'.length));
    if (holiday) return { kind: 'holiday', holiday };
  }
  return { kind: 'business' };
}

/** The holiday id a `?menu=holiday:<id>` names when the auto receptionist has no such holiday (else null). */
export function unknownHolidayParam(value: string | null, holidays: Holiday[]): string | null {
  if (!value?.startsWith('holiday:')) return null;
  const id = value.slice('holiday:'.length);
  return holidays.some((h) => h.id === id) ? null : id;
}

export function menuParam(sel: { kind: 'business' } | { kind: 'closed' } | { kind: 'holiday'; holidayId: string }): string {
  return sel.kind === 'holiday' ? `holiday:${sel.holidayId}` : sel.kind;
}

/** What the IVR endpoint needs for the selection. */
export function ivrParams(sel: MenuSelection): { hours: 'business' | 'closed'; holidayId?: string } {
  if (sel.kind === 'holiday') return { hours: 'business', holidayId: sel.holiday.id };
  return { hours: sel.kind };
}

/** The menu inside a sentence: "business hours menu", "Christmas Day menu" (a holiday's name keeps its capitals). */
export function menuPhrase(sel: MenuSelection): string {
  if (sel.kind === 'holiday') return `${sel.holiday.name} menu`;
  return sel.kind === 'business' ? 'business hours menu' : 'closed hours menu';
}

export function menuTitle(sel: MenuSelection): string {
  if (sel.kind === 'holiday') return `${sel.holiday.name} menu`;
  return sel.kind === 'business' ? 'Business hours menu' : 'Closed hours menu';
}
