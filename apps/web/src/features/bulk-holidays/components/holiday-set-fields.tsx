// One holiday, or a set of them (next year's public holidays), each a name
// and whole days — or a start and end time — on each extension's own clock.
import { useFieldArray, useWatch, type UseFormReturn } from 'react-hook-form';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import type { BulkForm } from '../utils/bulk-form';

export function HolidaySetFields({ form }: { form: UseFormReturn<BulkForm> }) {
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'holidays' });
  const holidays = useWatch({ control: form.control, name: 'holidays' });
  const errors = form.formState.errors.holidays;
  /** Whole days: 00:00 on the first to 23:59 on the last; a first day moved past the last takes the last with it. */
  const setFirst = (i: number, first: string, last: string) => {
    form.setValue(`holidays.${i}.start`, `${first}T00:00`, { shouldDirty: true });
    if (first && last < first) form.setValue(`holidays.${i}.end`, `${first}T23:59`, { shouldDirty: true });
  };
  const setLast = (i: number, last: string) => form.setValue(`holidays.${i}.end`, `${last}T23:59`, { shouldDirty: true });
  return (
    <fieldset className="holiday-set">
      <legend className="chooser__legend">{fields.length === 1 ? 'The holiday' : `The holidays (${fields.length})`}</legend>
      <p className="muted holiday-set__zone">Whole days, read on each extension’s own clock: 25 December is 25 December in Sydney and in San Francisco.</p>
      {fields.map((field, i) => {
        const h = holidays?.[i] ?? field;
        const first = h.start.slice(0, 10);
        const last = h.end.slice(0, 10);
        return (
          <div key={field.id} className="holiday-set__row" data-index={i}>
            <TextField label="Holiday name" autoComplete="off" maxLength={100} error={errors?.[i]?.name?.message} {...form.register(`holidays.${i}.name`)} />
            <TextField label="First day" type="date" value={first} error={errors?.[i]?.start?.message} onChange={(e) => setFirst(i, e.target.value, last)} />
            <TextField label="Last day" type="date" value={last} error={errors?.[i]?.end?.message} onChange={(e) => setLast(i, e.target.value)} />
            {fields.length > 1 && (
              <Button size="sm" variant="ghost" onClick={() => remove(i)} aria-label={`Remove ${h.name || `holiday ${i + 1}`}`}>
                Remove
              </Button>
            )}
          </div>
        );
      })}
      <div>
        <Button size="sm" onClick={() => append({ name: '', start: holidays?.at(-1)?.start ?? '', end: holidays?.at(-1)?.end ?? '' })}>
          Add another holiday
        </Button>
      </div>
    </fieldset>
  );
}
