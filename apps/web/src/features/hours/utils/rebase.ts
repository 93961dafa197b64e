// A person's edits carried onto a newer read of the hours (after a conflict or
// a write): the days they changed and a routing they changed stay theirs,
// everything else becomes what Zoom has now.
import type { HoursResponse } from '@switchboard/contract/hours';
import { sameCallRouting } from '@switchboard/routing-core/schedule/call-routing';
import { WEEKDAYS } from '@switchboard/routing-core/schedule/weekdays';
import { formFromHours, formRouting, type HoursForm } from './hours-form';
import { changedDays } from '@/components/schedule/week';

export function rebaseHours(base: HoursResponse, edited: HoursForm, latest: HoursResponse): HoursForm {
  const next = formFromHours(latest);
  const mine = edited.schedule ? new Set(changedDays(base.schedule, edited.schedule)) : new Set();
  const days = Object.fromEntries(
    WEEKDAYS.map((d) => [d, mine.has(d) && edited.schedule ? edited.schedule.days[d] : latest.schedule.days[d]]),
  ) as HoursResponse['schedule']['days'];
  const routingMine = edited.closedRouting && !sameCallRouting(formRouting(base.closedRouting) ?? null, edited.closedRouting);
  return {
    ...next,
    schedule: { timezone: latest.schedule.timezone, days },
    ...(routingMine ? { closedRouting: edited.closedRouting } : {}),
  };
}
