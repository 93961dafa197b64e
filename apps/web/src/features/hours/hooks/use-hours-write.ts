// Hours to Zoom through the one write flow every object uses: plan the parts
// that changed (POST …/hours/plan), apply (PUT), the verified outcome; after
// a conflict, reload and put the person's changes on top of what Zoom has.
import { useEffect, useRef, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { HoursResponse, HoursWriteBody } from '@switchboard/contract/hours';
import { useWriteFlow } from '@/hooks/use-write-flow';
import { HOURS_WORDS } from '@/lib/write/write-words';
import { useApplyHours } from '../api/apply-hours';
import { usePlanHours } from '../api/plan-hours';
import { hoursBody, type HoursForm } from '../utils/hours-form';
import { rebaseHours } from '../utils/rebase';

export interface HoursWriteOptions {
  form: UseFormReturn<HoursForm>;
  /** The hours as the page has them now (newer after a write or a reload). */
  loaded: HoursResponse;
  reload: () => Promise<HoursResponse>;
  /** Something may have changed in Zoom: refetch the hours and the status. */
  onWritten: () => void;
  subject: string;
  href: string;
}

export function useHoursWrite({ form, loaded, reload, onWritten, subject, href }: HoursWriteOptions) {
  const plan = usePlanHours();
  const apply = useApplyHours();
  const base = useRef(loaded);
  const [reloading, setReloading] = useState(false);
  const extensionId = loaded.extension.id;
  const flow = useWriteFlow<HoursWriteBody>({
    plan: (body) => plan.mutateAsync({ extensionId, body }),
    apply: (body, onProgress) => apply.mutateAsync({ extensionId, body, onProgress }),
    subject,
    href,
    onWritten,
    words: HOURS_WORDS,
  });

  /** Newer hours from Zoom become the base; the person's edits stay on top. */
  const adopt = (latest: HoursResponse): HoursForm => {
    const next = rebaseHours(base.current, form.getValues(), latest);
    base.current = latest;
    form.reset(next);
    return next;
  };

  useEffect(() => {
    if (loaded.version !== base.current.version) adopt(loaded);
  }, [loaded.version]); // eslint-disable-line react-hooks/exhaustive-deps

  const reloadThen = async (then: (latest: HoursResponse, values: HoursForm) => Promise<void> | void) => {
    setReloading(true);
    try {
      const latest = await reload();
      await then(latest, adopt(latest));
    } catch (err) {
      flow.setPlanError(err);
      flow.backToEditing();
    } finally {
      setReloading(false);
    }
  };

  return {
    ...flow,
    base: base.current,
    reloading,
    reviewForm: (values: HoursForm) => flow.review(hoursBody(base.current, values)),
    reloadAndReapply: () => reloadThen((latest, values) => flow.review(hoursBody(latest, values))),
    reloadToSeeZoom: () => reloadThen(() => flow.backToEditing()),
  };
}
