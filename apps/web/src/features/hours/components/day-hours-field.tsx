// One day of the week strip: closed, open all day, or one range of hours
// (Zoom Phone allows one a day), on the wall clock of the extension's zone.
import { useId } from 'react';
import type { DayHours } from '@switchboard/routing-core/schedule/model';
import { WEEKDAY_NAMES, type Weekday } from '@switchboard/routing-core/schedule/weekdays';
import { Badge } from '@/components/ui/badge';
import { cn } from '@/lib/cn';
import { DAY_CHOICES, DAY_SHORT, withChoice, type DayChoice } from '../utils/week';

interface Props {
  day: Weekday;
  value: DayHours;
  onChange: (next: DayHours) => void;
  changed: boolean;
  /** Sentences about this day (from the form's check). */
  errors: string[];
}

export function DayHoursField({ day, value, onChange, changed, errors }: Props) {
  const id = useId();
  const name = WEEKDAY_NAMES[day];
  const range = value.type === 'ranges' ? (value.ranges[0] ?? { from: '', to: '' }) : null;
  const setRange = (patch: Partial<{ from: string; to: string }>) =>
    range && onChange({ type: 'ranges', ranges: [{ ...range, ...patch }, ...(value.type === 'ranges' ? value.ranges.slice(1) : [])] });
  const errorId = errors.length > 0 ? `${id}-error` : undefined;

  return (
    <div
      role="group"
      aria-labelledby={`${id}-name`}
      className={cn('day-hours', changed && 'is-changed', errors.length > 0 && 'is-invalid')}
      data-day={day}
      aria-describedby={errorId}
    >
      <p className="day-hours__name" id={`${id}-name`}>
        <span aria-hidden="true">{DAY_SHORT[day]}</span>
        <span className="visually-hidden">{name}</span>
        {changed && <Badge tone="info">Changed</Badge>}
      </p>
      <label className="visually-hidden" htmlFor={`${id}-choice`}>
        {name}
      </label>
      <select
        id={`${id}-choice`}
        className="input select day-hours__choice"
        value={value.type}
        aria-invalid={errors.length > 0 || undefined}
        onChange={(e) => onChange(withChoice(value, e.target.value as DayChoice))}
      >
        {DAY_CHOICES.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
      {range && (
        <div className="day-hours__range">
          <label className="day-hours__time">
            <span>Opens</span>
            <input
              type="time"
              className="input"
              aria-label={`${name} opens at`}
              value={range.from}
              onChange={(e) => setRange({ from: e.target.value })}
            />
          </label>
          <label className="day-hours__time">
            <span>Closes</span>
            <input
              type="time"
              className="input"
              aria-label={`${name} closes at`}
              value={range.to}
              onChange={(e) => setRange({ to: e.target.value })}
            />
          </label>
        </div>
      )}
      {errors.length > 0 && (
        <ul className="day-hours__errors field__error" id={errorId}>
          {errors.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
