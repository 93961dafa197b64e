// How a closure repeats: never, every year, every month or every week; a
// yearly or monthly one on the start's own date ("specific") or on a weekday
// of the month ("customised", e.g. the last Monday of May); a weekly one every
// 1–12 weeks on chosen days. The sentence under it says what was chosen.
import { useId } from 'react';
import type { Recurrence } from '@switchboard/routing-core/schedule/closures';
import { WEEKDAYS, WEEKDAY_NAMES, type Weekday } from '@switchboard/routing-core/schedule/weekdays';
import { FREQUENCIES, MONTHS, WEEKS, recurrenceWords, withFrequency, withPattern, type Frequency, type WeekOfMonth } from '../utils/recurrence';
import './recurrence-field.css';

interface Props {
  value: Recurrence;
  onChange: (next: Recurrence) => void;
  /** The closure's start ("YYYY-MM-DDTHH:mm"): what "specific" repeats, and where a new pattern starts. */
  start: string;
  /** A sentence from the form's check. */
  error?: string | undefined;
}

const startDateWords = (start: string) => `${Number(start.slice(8, 10))} ${MONTHS[Number(start.slice(5, 7)) - 1] ?? ''}`;

export function RecurrenceField({ value, onChange, start, error }: Props) {
  const id = useId();
  const r = value;
  return (
    <fieldset className="recurrence" aria-describedby={`${id}-words`}>
      <legend className="recurrence__legend">Repeats</legend>
      <label className="visually-hidden" htmlFor={`${id}-frequency`}>
        How often it repeats
      </label>
      <select
        id={`${id}-frequency`}
        className="input select recurrence__frequency"
        value={r.frequency}
        onChange={(e) => onChange(withFrequency(r, e.target.value as Frequency, start))}
      >
        {FREQUENCIES.map((f) => (
          <option key={f.value} value={f.value}>
            {f.label}
          </option>
        ))}
      </select>

      {(r.frequency === 'yearly' || r.frequency === 'monthly') && (
        <div className="recurrence__patterns" role="radiogroup" aria-label="On which day">
          <label className="recurrence__choice">
            <input type="radio" name={`${id}-pattern`} checked={r.pattern === 'as_start'} onChange={() => onChange(withPattern(r, 'as_start', start))} />
            {r.frequency === 'yearly' ? `Specific: on ${startDateWords(start)}` : `Specific: on day ${Number(start.slice(8, 10))}`}
          </label>
          <label className="recurrence__choice">
            <input type="radio" name={`${id}-pattern`} checked={r.pattern === 'nth_weekday'} onChange={() => onChange(withPattern(r, 'nth_weekday', start))} />
            Customised: a weekday of the month
          </label>
          {r.pattern === 'nth_weekday' && (
            <div className="recurrence__nth">
              <div className="recurrence__small">
                <label htmlFor={`${id}-week`}>Week</label>
                <select id={`${id}-week`} className="input select" value={r.week} onChange={(e) => onChange({ ...r, week: e.target.value as WeekOfMonth })}>
                  {WEEKS.map((w) => (
                    <option key={w.value} value={w.value}>
                      {w.label}
                    </option>
                  ))}
                </select>
              </div>
              <div className="recurrence__small">
                <label htmlFor={`${id}-day`}>Day</label>
                <select id={`${id}-day`} className="input select" value={r.weekday} onChange={(e) => onChange({ ...r, weekday: e.target.value as Weekday })}>
                  {WEEKDAYS.map((d) => (
                    <option key={d} value={d}>
                      {WEEKDAY_NAMES[d]}
                    </option>
                  ))}
                </select>
              </div>
              {r.frequency === 'yearly' && (
                <div className="recurrence__small">
                  <label htmlFor={`${id}-month`}>Month</label>
                  <select id={`${id}-month`} className="input select" value={r.month} onChange={(e) => onChange({ ...r, month: Number(e.target.value) })}>
                    {MONTHS.map((m, i) => (
                      <option key={m} value={i + 1}>
                        {m}
                      </option>
                    ))}
                  </select>
                </div>
              )}
            </div>
          )}
        </div>
      )}

      {r.frequency === 'weekly' && (
        <div className="recurrence__weekly">
          <div className="recurrence__small">
            <label htmlFor={`${id}-every`}>How often</label>
            <select id={`${id}-every`} className="input select recurrence__every" value={r.everyWeeks} onChange={(e) => onChange({ ...r, everyWeeks: Number(e.target.value) })}>
              {Array.from({ length: 12 }, (_, i) => (
                <option key={i} value={i + 1}>
                  {i === 0 ? 'Every week' : `Every ${i + 1} weeks`}
                </option>
              ))}
            </select>
          </div>
          <fieldset className="recurrence__days">
            <legend className="recurrence__small-legend">On</legend>
            {WEEKDAYS.map((d) => (
              <label key={d} className="recurrence__day">
                <input
                  type="checkbox"
                  aria-label={WEEKDAY_NAMES[d]}
                  checked={r.weekdays.includes(d)}
                  onChange={(e) => onChange({ ...r, weekdays: e.target.checked ? WEEKDAYS.filter((w) => w === d || r.weekdays.includes(w)) : r.weekdays.filter((w) => w !== d) })}
                />
                <span aria-hidden="true">{WEEKDAY_NAMES[d].slice(0, 3)}</span>
              </label>
            ))}
          </fieldset>
        </div>
      )}

      <p className="recurrence__words" id={`${id}-words`} aria-live="polite">
        {r.frequency === 'weekly' && r.weekdays.length === 0 ? 'Choose at least one day of the week.' : recurrenceWords(r, start)}
      </p>
      {error && <p className="field__error">{error}</p>}
    </fieldset>
  );
}
