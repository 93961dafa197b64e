// Number + date and time (zone shown and selectable) + key presses. Submitting
// puts the values in the URL, so the page's address is the shareable link.
import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { traceInstant, zoneChoices, type TraceParams } from '../utils/trace-params';

export function TraceForm({ initial, onTrace, busy }: { initial: TraceParams; onTrace: (p: TraceParams) => void; busy: boolean }) {
  const [p, setP] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const set = (k: keyof TraceParams) => (e: { target: { value: string } }) => setP((x) => ({ ...x, [k]: e.target.value }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!p.number.trim()) return setError('Enter the number that was called: a phone number in any format or an extension number.');
    if (!traceInstant(p)) return setError('Enter a date and a time.');
    if (p.keys.trim() && !/^[\d*#][\s,]*([\d*#][\s,]*)*$/.test(p.keys.trim())) return setError('Key presses are digits, * or #, e.g. 2, 1.');
    setError(null);
    onTrace({ ...p, number: p.number.trim(), keys: p.keys.trim() });
  };
  const [date, time] = p.when.split('T') as [string, string];
  return (
    <form className="trace-form card" onSubmit={submit} noValidate aria-label="Trace a call">
      <div className="field">
        <label className="field__label" htmlFor="trace-number">
          Number called
        </label>
        <input id="trace-number" className="input" value={p.number} onChange={set('number')} placeholder="+61 2 5550 1001 or 8006" autoComplete="off" />
      </div>
      <div className="field">
        <label className="field__label" htmlFor="trace-date">
          Date
        </label>
        <input id="trace-date" className="input" type="date" value={date} onChange={(e) => setP((x) => ({ ...x, when: `${e.target.value}T${time}` }))} />
      </div>
      <div className="field">
        <label className="field__label" htmlFor="trace-time">
          Time
        </label>
        <input id="trace-time" className="input" type="time" value={time} onChange={(e) => setP((x) => ({ ...x, when: `${date}T${e.target.value}` }))} />
      </div>
      <div className="field">
        <label className="field__label" htmlFor="trace-zone">
          Time zone
        </label>
        <select id="trace-zone" className="input select" value={p.zone} onChange={set('zone')}>
          {zoneChoices(p.zone).map((z) => (
            <option key={z} value={z}>
              {z.replace(/_/g, ' ')}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label className="field__label" htmlFor="trace-keys">
          Keys pressed
        </label>
        <input id="trace-keys" className="input" value={p.keys} onChange={set('keys')} placeholder="e.g. 2, 1" inputMode="tel" autoComplete="off" />
      </div>
      <div className="trace-form__actions">
        <Button type="submit" variant="primary" busy={busy}>
          Trace the call
        </Button>
      </div>
      {error && (
        <p className="field__error trace-form__error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
