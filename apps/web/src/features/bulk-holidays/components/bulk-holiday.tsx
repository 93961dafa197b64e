// Add one holiday (or a set) to many extensions: choose them, enter the
// holiday, start — one background job per holiday (POST /api/jobs/add-holiday),
// followed on its page like a menu copy, with a verified outcome per extension.
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { addDays } from '@switchboard/routing-core/schedule/calendar';
import { Banner } from '@/components/ui/banner';
import { Button } from '@/components/ui/button';
import { errorMessage } from '@/lib/api-client';
import { useStartAddHolidayJob } from '../api/start-add-holiday-job';
import { bulkFormSchema, type BulkForm } from '../utils/bulk-form';
import { ExtensionChooser, type ChoosableExtension } from './extension-chooser';
import { HolidaySetFields } from './holiday-set-fields';
import './bulk-holiday.css';

interface Props {
  extensions: readonly ChoosableExtension[];
  sites: readonly { id: string; name: string }[];
  initialIds?: readonly string[];
  initialSite?: string;
  initialType?: string;
  /** "YYYY-MM-DD" today, and the ISO instant of now (tests pass fixed ones). */
  today: string;
  now: string;
  onStarted: (jobIds: string[]) => void;
}

export function BulkHoliday({ extensions, sites, initialIds = [], initialSite, initialType, today, now, onStarted }: Props) {
  const zones = new Map(extensions.map((e) => [e.extensionId, e.timezone]));
  const tomorrow = addDays(today, 1);
  const form = useForm<BulkForm>({
    defaultValues: { extensionIds: initialIds.filter((id) => zones.has(id)), holidays: [{ name: '', start: `${tomorrow}T00:00`, end: `${tomorrow}T23:59` }] },
    resolver: zodResolver(bulkFormSchema({ zoneOf: (id) => zones.get(id), now })),
  });
  const ids = useWatch({ control: form.control, name: 'extensionIds' });
  const holidays = useWatch({ control: form.control, name: 'holidays' });
  const start = useStartAddHolidayJob();
  const [started, setStarted] = useState<string[]>([]);

  const submit = async (values: BulkForm) => {
    const jobIds: string[] = [...started];
    // One job per holiday, in order; a set interrupted by an error can be resumed: those started are not started again.
    for (const h of values.holidays.slice(started.length)) {
      const { jobId } = await start.mutateAsync({ extensionIds: values.extensionIds, name: h.name, start: h.start, end: h.end });
      jobIds.push(jobId);
      setStarted([...jobIds]);
    }
    onStarted(jobIds);
  };

  const n = ids.length;
  const h = holidays.length;
  return (
    <form className="bulk-holiday" noValidate aria-label="Add a holiday to many extensions" onSubmit={(e) => void form.handleSubmit(submit)(e).catch(() => undefined)}>
      <ExtensionChooser
        extensions={extensions}
        sites={sites}
        selected={new Set(ids)}
        initialSite={initialSite}
        initialType={initialType}
        onChange={(next) => form.setValue('extensionIds', [...next], { shouldDirty: true })}
        error={form.formState.errors.extensionIds?.message}
      />
      <HolidaySetFields form={form} />
      {start.isError && (
        <Banner tone="danger" live>
          {errorMessage(start.error)}
          {started.length > 0 && ` ${started.length} of ${h} jobs started; starting again starts only the rest.`}
        </Banner>
      )}
      <div className="bulk-holiday__actions">
        <p className="muted bulk-holiday__what">
          {n === 0
            ? 'Choose the extensions first.'
            : `${h === 1 ? 'One holiday' : `${h} holidays`} to ${n} extension${n === 1 ? '' : 's'}: each is written, read back from Zoom and reported as landed or not.`}
        </p>
        <Button type="submit" variant="primary" busy={form.formState.isSubmitting}>
          {h === 1 ? 'Start adding the holiday' : `Start adding ${h} holidays`}
        </Button>
      </div>
    </form>
  );
}
