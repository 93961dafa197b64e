// Seeded business-hours sets and closure sets. Days count from Monday
// (index 0 = day_of_week 1). Closures are wall-clock times in their set's zone.
import type { CcBusinessHoursRecord, CcClosureRecord, CcClosureSetRecord, CcDayHours } from '../../state/contact-center';
import type { Prng } from '../prng';

const ranges = (...pairs: Array<[string, string]>): CcDayHours => ({ type: 2, ranges: pairs.map(([start, end]) => ({ start, end })) });
const off: CcDayHours = { type: 0, ranges: [] };

export function seedBusinessHours(prng: Prng): CcBusinessHoursRecord[] {
  const weekdays = (day: CcDayHours) => [day, day, day, day, day].map((d) => ({ type: d.type, ranges: [...d.ranges] }));
  return [
    {
      id: prng.id(),
      name: 'Standard Hours (New York)',
      description: 'Weekday office hours with a lunch break, Saturday late morning.',
      timezone: 'America/New_York',
      accountDefault: true,
      hourType: 2,
      week: [...weekdays(ranges(['09:00', '12:00'], ['13:00', '17:30'])), ranges(['10:00', '14:00']), off],
    },
    {
      id: prng.id(),
      name: 'Extended Support (Sydney)',
      description: 'Long weekdays and Saturday mornings for the APAC team.',
      timezone: 'Australia/Sydney',
      accountDefault: false,
      hourType: 2,
      week: [...weekdays(ranges(['07:00', '19:00'])), ranges(['09:00', '13:00']), off],
    },
    {
      id: prng.id(),
      name: 'Around the Clock',
      description: 'Open 24 hours, 7 days a week.',
      timezone: 'America/Los_Angeles',
      accountDefault: false,
      hourType: 1,
      week: [...weekdays(ranges(['09:00', '17:00'])), off, off],
    },
  ];
}

type ClosurePlan = Omit<CcClosureRecord, 'id'>;

const allDay = (name: string, date: string, extra: Partial<ClosurePlan> = {}): ClosurePlan => ({
  name,
  hourType: 1,
  start: `${date}T00:00:00`,
  end: `${date}T23:59:59`,
  frequency: 1,
  frequencyType: 1,
  month: Number(date.slice(5, 7)),
  ...extra,
});

export function seedClosureSets(prng: Prng): CcClosureSetRecord[] {
  const set = (name: string, description: string, timezone: string, accountDefault: boolean, plans: ClosurePlan[]): CcClosureSetRecord => ({
    id: prng.id(),
    name,
    description,
    timezone,
    accountDefault,
    closures: plans.map((p) => ({ id: prng.id(), ...p })),
  });
  return [
    set('US Holidays', 'Public holidays the US contact center closes for.', 'America/New_York', true, [
      allDay('Christmas Day', '2026-12-25'),
      allDay("New Year's Day", '2027-01-01'),
      allDay('Independence Day', '2026-07-04'),
      // The fourth Thursday of November.
      allDay('Thanksgiving', '2026-11-26', { frequencyType: 2, month: 11, weekInterval: 4, daysOfWeek: ['4'] }),
      { name: 'Company offsite', hourType: 2, start: '2026-09-18T12:00:00', end: '2026-09-18T17:00:00', frequency: 0 },
    ]),
    set('Australia Public Holidays', 'NSW public holidays and the monthly maintenance window.', 'Australia/Sydney', false, [
      allDay('Christmas Day', '2026-12-25'),
      allDay('Boxing Day', '2026-12-26'),
      allDay('Australia Day', '2027-01-26'),
      // The first Tuesday of every month, 22:00–23:30.
      { name: 'Monthly maintenance', hourType: 2, start: '2026-04-07T22:00:00', end: '2026-04-07T23:30:00', frequency: 2, frequencyType: 2, weekInterval: 1, daysOfWeek: ['2'] },
    ]),
    set('London Team Meetings', 'Closed for team meetings.', 'Europe/London', false, [
      // Every other Wednesday, 09:00–10:00.
      { name: 'Fortnightly team meeting', hourType: 2, start: '2026-03-11T09:00:00', end: '2026-03-11T10:00:00', frequency: 3, frequencyType: 2, weekInterval: 2, daysOfWeek: ['3'] },
      // Every Friday, 16:00–17:00.
      { name: 'Friday early close', hourType: 2, start: '2026-03-13T16:00:00', end: '2026-03-13T17:00:00', frequency: 3, frequencyType: 1, daysOfWeek: ['5'] },
    ]),
  ];
}
