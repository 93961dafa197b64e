// Add or change one holiday, entered on the wall clock of the extension's
// zone (named beside the fields): all day (a first and last date) or from a
// date and time to another. Checked with the contract's schema and the
// holiday rules before the BFF is asked: a sentence next to the field.
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { holidayFormSchema, isAllDay, wholeDays, type HolidayForm, type HolidayFormContext } from '../utils/holiday-form';

interface Props extends HolidayFormContext {
  initial: HolidayForm;
  /** "Review the new holiday" or "Review the change". */
  submitLabel: string;
  busy: boolean;
  onSubmit: (values: HolidayForm) => void;
  onCancel: () => void;
}

export function HolidayFormFields({ initial, submitLabel, busy, onSubmit, onCancel, ...context }: Props) {
  const form = useForm<HolidayForm>({ defaultValues: initial, resolver: zodResolver(holidayFormSchema(context)), mode: 'onSubmit' });
  const values = useWatch({ control: form.control }) as HolidayForm;
  const [allDay, setAllDay] = useState(isAllDay(initial));
  const { errors } = form.formState;
  const zone = context.timezone;
  const set = (patch: Partial<HolidayForm>) => {
    for (const [k, v] of Object.entries(patch)) form.setValue(k as keyof HolidayForm, v, { shouldDirty: true });
  };
  const firstDay = values.start.slice(0, 10);
  const lastDay = values.end.slice(0, 10);

  return (
    <form className="holiday-form" noValidate aria-label={submitLabel} onSubmit={(e) => void form.handleSubmit(onSubmit)(e)}>
      <TextField label="Name" autoComplete="off" maxLength={100} error={errors.name?.message} {...form.register('name')} />
      <p className="holiday-form__zone">
        Dates and times are in <strong>{zone}</strong>, the extension’s time zone.
      </p>
      <label className="holiday-form__all-day">
        <input
          type="checkbox"
          checked={allDay}
          onChange={(e) => {
            setAllDay(e.target.checked);
            if (e.target.checked) set(wholeDays(firstDay, lastDay < firstDay ? firstDay : lastDay));
          }}
        />
        All day
      </label>
      {allDay ? (
        <div className="holiday-form__span">
          <TextField
            label="First day"
            type="date"
            value={firstDay}
            error={errors.start?.message}
            onChange={(e) => set(wholeDays(e.target.value, lastDay < e.target.value ? e.target.value : lastDay))}
          />
          <TextField label="Last day" type="date" value={lastDay} error={errors.end?.message} onChange={(e) => set(wholeDays(firstDay, e.target.value))} />
        </div>
      ) : (
        <div className="holiday-form__span">
          <TextField
            label={`Starts (${zone})`}
            type="datetime-local"
            value={values.start}
            error={errors.start?.message}
            onChange={(e) => set({ start: e.target.value.slice(0, 16) })}
          />
          <TextField
            label={`Ends (${zone})`}
            type="datetime-local"
            value={values.end}
            error={errors.end?.message}
            onChange={(e) => set({ end: e.target.value.slice(0, 16) })}
          />
        </div>
      )}
      <div className="holiday-form__actions">
        <Button type="submit" variant="primary" busy={busy}>
          {submitLabel}
        </Button>
        <Button onClick={onCancel}>Cancel</Button>
      </div>
    </form>
  );
}
