// The week as seven days side by side (a list on phones), in the schedule's
// zone (an extension's, a Contact Center business-hours set's), always
// named: an editor for admins, words for everyone else.
import type { FieldErrors } from 'react-hook-form';
import { describeDayHours } from '@switchboard/routing-core/schedule/hours-diff';
import type { DayHours, WeekSchedule } from '@switchboard/routing-core/schedule/model';
import { WEEKDAYS, WEEKDAY_NAMES, type Weekday } from '@switchboard/routing-core/schedule/weekdays';
import { cn } from '@/lib/cn';
import { DAY_SHORT } from './week';
import { DayHoursField } from './day-hours-field';
import './week-strip.css';

/** Every message under a form error node, once each. */
export function errorMessages(node: unknown): string[] {
  if (!node || typeof node !== 'object') return [];
  const out: string[] = [];
  const msg = (node as { message?: unknown }).message;
  if (typeof msg === 'string' && msg) out.push(msg);
  for (const [k, v] of Object.entries(node)) if (k !== 'ref' && k !== 'message' && k !== 'type' && k !== 'types') out.push(...errorMessages(v));
  return [...new Set(out)];
}

const EXTENSION_ZONE = 'the extension’s time zone';

interface EditProps {
  schedule: WeekSchedule;
  /** Whose zone the times are in, after "Times are in Europe/London," (default: the extension’s time zone). */
  zoneWords?: string;
  /** How many ranges of hours a day may hold (Zoom Phone: 1, Contact Center: several). */
  maxRanges?: number;
  onDayChange: (day: Weekday, next: DayHours) => void;
  changed: ReadonlySet<Weekday>;
  errors?: FieldErrors<WeekSchedule> | undefined;
}

export function WeekStrip({ schedule, onDayChange, changed, errors, zoneWords = EXTENSION_ZONE, maxRanges = 1 }: EditProps) {
  return (
    <div className="week-strip" role="group" aria-label={`Business hours, ${schedule.timezone} time`}>
      <p className="week-strip__zone">
        Times are in <strong>{schedule.timezone}</strong>, {zoneWords}.
      </p>
      <div className="week-strip__days">
        {WEEKDAYS.map((d) => (
          <DayHoursField
            key={d}
            day={d}
            value={schedule.days[d]}
            onChange={(next) => onDayChange(d, next)}
            changed={changed.has(d)}
            errors={errorMessages(errors?.days?.[d])}
            maxRanges={maxRanges}
          />
        ))}
      </div>
    </div>
  );
}

/** The week in words, for people who read it (and while an admin reviews). */
export function WeekView({ schedule, zoneWords = EXTENSION_ZONE }: { schedule: WeekSchedule; zoneWords?: string }) {
  return (
    <div className="week-strip">
      <p className="week-strip__zone">
        Times are in <strong>{schedule.timezone}</strong>, {zoneWords}.
      </p>
      <dl className="week-strip__days week-strip__days--view" aria-label={`Business hours, ${schedule.timezone} time`}>
        {WEEKDAYS.map((d) => (
          <div key={d} className={cn('day-hours', schedule.days[d].type === 'closed' && 'is-closed')} data-day={d}>
            <dt className="day-hours__name">
              <span aria-hidden="true">{DAY_SHORT[d]}</span>
              <span className="visually-hidden">{WEEKDAY_NAMES[d]}</span>
            </dt>
            <dd className="day-hours__words">{describeDayHours(schedule.days[d])}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
