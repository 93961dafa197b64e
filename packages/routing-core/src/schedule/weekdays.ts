// Weekdays are names everywhere above this file. Zoom numbers them two ways:
// Phone `custom_hours_settings.weekday` counts from Sunday (1 = Sunday …
// 7 = Saturday); Contact Center `day_of_week` / `recurring_days_of_week` count
// from Monday (1 = Monday … 7 = Sunday). Mixing them up moves every day by one,
// so the numbers are translated here and nowhere else.

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export const WEEKDAY_NAMES: Record<Weekday, string> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
};

const PHONE_ORDER: readonly Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

export type WeekdayNumber = 1 | 2 | 3 | 4 | 5 | 6 | 7;

function checkNumber(n: number, what: string): WeekdayNumber {
  if (!Number.isInteger(n) || n < 1 || n > 7) {
    throw new RangeError(`${what} must be a whole number from 1 to 7; got ${String(n)}.`);
  }
  return n as WeekdayNumber;
}

/** Zoom Phone numbering: 1 = Sunday … 7 = Saturday. */
export function phoneWeekday(day: Weekday): WeekdayNumber {
  return (PHONE_ORDER.indexOf(day) + 1) as WeekdayNumber;
}

export function fromPhoneWeekday(n: number): Weekday {
  return PHONE_ORDER[checkNumber(n, 'A Zoom Phone weekday') - 1]!;
}

/** Zoom Contact Center numbering: 1 = Monday … 7 = Sunday. */
export function ccWeekday(day: Weekday): WeekdayNumber {
  return (WEEKDAYS.indexOf(day) + 1) as WeekdayNumber;
}

export function fromCcWeekday(n: number): Weekday {
  return WEEKDAYS[checkNumber(n, 'A Zoom Contact Center day of the week') - 1]!;
}

/** luxon's `weekday` (ISO 8601: 1 = Monday … 7 = Sunday); kept apart from Zoom's numbers on purpose. */
export function fromIsoWeekday(n: number): Weekday {
  return WEEKDAYS[checkNumber(n, 'An ISO weekday') - 1]!;
}
