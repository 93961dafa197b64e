// A closure as the documents print it: times with the set's offset, and the
// recurrence fields only where the documents say they are returned.
import type { CcClosureRecord, CcClosureSetRecord } from '../../state/contact-center';
import type { Json } from '../common';
import { withOffset } from '../time-zones';

export function closureJson(c: CcClosureRecord, zone: string): Json {
  return {
    closure_id: c.id,
    closure_name: c.name,
    closure_hour_type: c.hourType,
    start_time: withOffset(zone, c.start),
    end_time: withOffset(zone, c.end),
    recurring_frequency: c.frequency,
    ...(c.frequencyType !== undefined ? { recurring_frequency_type: c.frequencyType } : {}),
    ...(c.month !== undefined ? { recurring_month: c.month } : {}),
    ...(c.weekInterval !== undefined ? { recurring_week_interval: c.weekInterval } : {}),
    ...(c.daysOfWeek !== undefined ? { recurring_days_of_week: [...c.daysOfWeek] } : {}),
  };
}

/** GET and POST's shape (the list has counts instead of the description). */
export function closureSetJson(s: CcClosureSetRecord): Json {
  return {
    closure_set_id: s.id,
    closure_set_name: s.name,
    closure_set_description: s.description,
    timezone: s.timezone,
    account_default: s.accountDefault,
    closures: s.closures.map((c) => closureJson(c, s.timezone)),
  };
}
