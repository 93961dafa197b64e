// One day of the week strip: closed, open all day, or hours — one range a day
// for Zoom Phone, several for Contact Center (`maxRanges`) — on the wall clock
// of the schedule's zone.
import { useId } from 'react';
import type { DayHours, TimeRange } from '@switchboard/routing-core/schedule/model';
import { WEEKDAY_NAMES, type Weekday } from '@switchboard/routing-core/schedule/weekdays';
import { Badge } from '@/components/ui/badge';
import { cn } from '@/lib/cn';
import { DAY_CHOICES, DAY_SHORT, nextRange, withChoice, type DayChoice } from './week';

interface Props {
  day: Weekday;
  value: DayHours;
  onChange: (next: DayHours) => void;
  changed: boolean;
  /** Sentences about this day (from the form's check). */
  errors: string[];
  /** How many ranges of hours a day may hold (Zoom Phone: 1). */
  maxRanges?: number;
}

export function DayHoursField({ day, value, onChange, changed, errors, maxRanges = 1 }: Props) {
  const id = useId();
  const name = WEEKDAY_NAMES[day];
  const ranges: TimeRange[] = value.type === 'ranges' ? (value.ranges.length > 0 ? value.ranges : [{ from: '', to: '' }]) : [];
  const setRanges = (next: TimeRange[]) => onChange({ type: 'ranges', ranges: next });
  const setRange = (i: number, patch: Partial<TimeRange>) => setRanges(ranges.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const added = value.type === 'ranges' && ranges.length < maxRanges ? nextRange(ranges) : null;
  const errorId = errors.length > 0 ? `${id}-error` : undefined;
  // The first range keeps the plain words ("Monday opens at"); later ones say which they are.
  const which = (i: number) => (i === 0 ? '' : `, hours ${i + 1}`);

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
      {ranges.map((range, i) => (
        <div className={cn('day-hours__range', maxRanges > 1 && 'day-hours__range--many')} key={i} data-range={i}>
          <label className="day-hours__time">
            <span>Opens</span>
            <input
              type="time"
              className="input"
              aria-label={`${name} opens at${which(i)}`}
              value={range.from}
              onChange={(e) => setRange(i, { from: e.target.value })}
            />
          </label>
          <label className="day-hours__time">
            <span>Closes</span>
            <input
              type="time"
              className="input"
              aria-label={`${name} closes at${which(i)}`}
              value={range.to}
              onChange={(e) => setRange(i, { to: e.target.value })}
            />
          </label>
          {ranges.length > 1 && (
            <button
              type="button"
              className="btn btn--ghost btn--sm day-hours__remove"
              aria-label={`Remove ${name}’s hours ${range.from || '…'}–${range.to || '…'}`}
              onClick={() => setRanges(ranges.filter((_, j) => j !== i))}
            >
              Remove
            </button>
          )}
        </div>
      ))}
      {added && (
        <button type="button" className="btn btn--ghost btn--sm day-hours__add" aria-label={`Add hours to ${name}`} onClick={() => setRanges([...ranges, added])}>
          Add hours
        </button>
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
