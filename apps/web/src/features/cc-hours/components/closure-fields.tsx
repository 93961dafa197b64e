// One closure in the editor: its name, all day or not, when it starts and
// ends on the set's clock (dates for an all-day closure, dates and times
// otherwise), how it repeats, and removing it.
import { useId } from 'react';
import type { CcClosure } from '@switchboard/contract/cc-hours';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { RecurrenceField } from './recurrence-field';

interface Props {
  value: CcClosure;
  onChange: (next: CcClosure) => void;
  onRemove: () => void;
  errors: string[];
}

export function ClosureFields({ value: c, onChange, onRemove, errors }: Props) {
  const id = useId();
  const label = c.name.trim() || 'New closure';
  const setAllDay = (allDay: boolean) =>
    onChange(allDay ? { ...c, allDay, start: `${c.start.slice(0, 10)}T00:00`, end: `${c.end.slice(0, 10)}T23:59` } : { ...c, allDay, start: `${c.start.slice(0, 10)}T09:00`, end: `${c.end.slice(0, 10)}T17:00` });
  return (
    <div className="closure-fields" role="group" aria-label={label} data-closure={c.id ?? 'new'}>
      <div className="closure-fields__row">
        <TextField label="Name" value={c.name} onChange={(e) => onChange({ ...c, name: e.target.value })} maxLength={100} fieldClassName="closure-fields__name" />
        <label className="closure-fields__check">
          <input type="checkbox" checked={c.allDay} onChange={(e) => setAllDay(e.target.checked)} />
          All day
        </label>
        <Button size="sm" variant="ghost" onClick={onRemove} aria-label={`Remove the closure ${label}`}>
          Remove
        </Button>
      </div>
      <div className="closure-fields__row">
        {c.allDay ? (
          <>
            <DateInput id={`${id}-from`} label="First day" value={c.start.slice(0, 10)} onChange={(d) => onChange({ ...c, start: `${d}T00:00` })} />
            <DateInput id={`${id}-to`} label="Last day" value={c.end.slice(0, 10)} onChange={(d) => onChange({ ...c, end: `${d}T23:59` })} />
          </>
        ) : (
          <>
            <DateInput id={`${id}-from`} label="Starts" type="datetime-local" value={c.start} onChange={(v) => onChange({ ...c, start: v.slice(0, 16) })} />
            <DateInput id={`${id}-to`} label="Ends" type="datetime-local" value={c.end} onChange={(v) => onChange({ ...c, end: v.slice(0, 16) })} />
          </>
        )}
      </div>
      <RecurrenceField value={c.recurrence} start={c.start} onChange={(recurrence) => onChange({ ...c, recurrence })} />
      {errors.length > 0 && (
        <ul className="field__error closure-fields__errors">
          {errors.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

function DateInput({ id, label, value, onChange, type = 'date' }: { id: string; label: string; value: string; onChange: (v: string) => void; type?: 'date' | 'datetime-local' }) {
  return (
    <div className="field closure-fields__when">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <input id={id} type={type} className="input" value={value} onChange={(e) => e.target.value && onChange(e.target.value)} />
    </div>
  );
}
