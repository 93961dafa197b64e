// Holiday instants are stored in UTC; people mean the auto receptionist's time zone.

export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** "Dec 24, 2026, 5:00 PM – Dec 26, 2026, 12:00 AM" in the given zone (UTC when unknown). */
export function formatRangeInZone(
  fromIso: string,
  toIso: string,
  timeZone: string | null,
  locale?: string,
): string {
  const from = new Date(fromIso);
  const to = new Date(toIso);
  if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime())) return 'Dates unavailable';
  const zone = timeZone && isValidTimeZone(timeZone) ? timeZone : 'UTC';
  const fmt = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: zone });
  return to > from ? fmt.formatRange(from, to) : fmt.format(from);
}

/** "Dec 25" (or "Dec 25, 2027" outside the current year) for compact lists. */
export function formatDayInZone(iso: string, timeZone: string | null, locale?: string, now = new Date()): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const zone = timeZone && isValidTimeZone(timeZone) ? timeZone : 'UTC';
  const year = (x: Date) => new Intl.DateTimeFormat('en-US', { year: 'numeric', timeZone: zone }).format(x);
  return new Intl.DateTimeFormat(locale, {
    month: 'short',
    day: 'numeric',
    ...(year(d) === year(now) ? {} : { year: 'numeric' as const }),
    timeZone: zone,
  }).format(d);
}
