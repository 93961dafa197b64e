// A business-hours set edited and landed in Zoom (admins): its name and
// description, the week strip with several ranges a day in the set's zone →
// Review → Apply → the verified outcome.
import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { BusinessHoursResponse, BusinessHoursWriteBody } from '@switchboard/contract/cc-hours';
import { Button } from '@/components/ui/button';
import { ErrorState } from '@/components/ui/error-state';
import { TextField } from '@/components/ui/field';
import { changedDays } from '@/components/schedule/week';
import { WeekStrip } from '@/components/schedule/week-strip';
import { BUSINESS_HOURS_WORDS } from '@/lib/write/write-words';
import { applyBusinessHours } from '../api/apply-business-hours';
import { planBusinessHours } from '../api/plan-business-hours';
import { useCcWrite } from '../hooks/use-cc-write';
import { businessHoursBody, businessHoursFormSchema, changeCount, formFromBusinessHours, type BusinessHoursForm } from '../utils/business-hours-form';
import { WriteSteps } from './write-steps';
import { plural } from '@/lib/plural';
import './cc-hours.css';

interface Props {
  data: BusinessHoursResponse;
  reload: () => Promise<BusinessHoursResponse>;
  onWritten: () => void;
  href: string;
  historyHref: string;
}

export function BusinessHoursEditor({ data, reload, onWritten, href, historyHref }: Props) {
  const form = useForm<BusinessHoursForm>({ defaultValues: formFromBusinessHours(data), resolver: zodResolver(businessHoursFormSchema(data)) });
  const values = useWatch({ control: form.control }) as BusinessHoursForm;
  const id = data.businessHours.id;
  const w = useCcWrite<BusinessHoursResponse, BusinessHoursForm, BusinessHoursWriteBody>({
    loaded: data,
    reload,
    values: () => form.getValues(),
    body: businessHoursBody,
    plan: (body) => planBusinessHours(id, body),
    apply: (body, onProgress) => applyBusinessHours(id, body, onProgress),
    onWritten,
    subject: `${data.businessHours.name}, business hours`,
    href,
    versionOf: (l) => l.version,
    dirty: () => form.formState.isDirty,
    markClean: () => form.reset(form.getValues()),
    reset: (latest) => form.reset(formFromBusinessHours(latest)),
    words: BUSINESS_HOURS_WORDS,
  });
  const steps = <WriteSteps w={w} words={BUSINESS_HOURS_WORDS} historyHref={historyHref} />;
  if (w.flow.step !== 'edit') return steps;

  const schedule = values.schedule ?? w.base.businessHours.schedule;
  const count = changeCount(w.base, values);
  const errors = form.formState.errors;
  return (
    <form className="cc-editor" noValidate aria-label="Business hours editor" onSubmit={(e) => void form.handleSubmit(w.reviewForm)(e)}>
      <div className="cc-editor__names">
        <TextField label="Name" {...form.register('name')} error={errors.name?.message} maxLength={100} />
        <TextField label="Description" {...form.register('description')} error={errors.description?.message} maxLength={256} />
      </div>
      <WeekStrip
        schedule={schedule}
        zoneWords="the time zone of these business hours"
        maxRanges={Infinity}
        changed={new Set(changedDays(w.base.businessHours.schedule, schedule))}
        errors={errors.schedule}
        onDayChange={(day, next) => form.setValue('schedule', { ...schedule, days: { ...schedule.days, [day]: next } }, { shouldDirty: true })}
      />
      {w.planError !== null && <ErrorState title="The change could not be planned" error={w.planError} />}
      <div className="cc-editor__actions">
        <p className="muted" aria-live="polite">
          {count === 0 ? 'No changes yet' : `${plural(count, 'change')}, not yet in Zoom`}
        </p>
        <Button onClick={() => form.reset(formFromBusinessHours(w.base))} disabled={count === 0}>
          Discard changes
        </Button>
        <Button type="submit" variant="primary" busy={w.planning}>
          Review changes
        </Button>
      </div>
    </form>
  );
}
