// Warn before a closure set would close a queue meant to be open every day:
// its business hours open all seven days, and the closure set has closures in
// the coming year. The sentence names the first ones.
import type { WeekSchedule } from '@switchboard/routing-core/schedule/model';
import { WEEKDAYS } from '@switchboard/routing-core/schedule/weekdays';

/** Every day of the week is open (all day, or with hours). */
export const openEveryDay = (schedule: WeekSchedule): boolean => WEEKDAYS.every((d) => schedule.days[d].type !== 'closed');

const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

export function closureWarning(
  queueName: string,
  schedule: WeekSchedule | null,
  closureSetName: string | null,
  occurrences: readonly { name: string; start: string }[],
): string | null {
  if (!schedule || !closureSetName || !openEveryDay(schedule) || occurrences.length === 0) return null;
  const first = occurrences.slice(0, 2).map((o) => `${o.name} (${DAY.format(new Date(`${o.start.slice(0, 10)}T00:00:00Z`))})`);
  const more = occurrences.length > 2 ? ` and ${occurrences.length - 2} more` : '';
  return `${queueName} is meant to be open every day, but “${closureSetName}” closes it ${occurrences.length === 1 ? 'once' : `${occurrences.length} times`} in the coming year: ${first.join(', ')}${more}.`;
}
