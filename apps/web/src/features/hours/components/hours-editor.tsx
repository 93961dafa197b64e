// An extension's business hours and closed-hours routing, edited and landed
// in Zoom: the week strip and the routing → Review (the requests as
// sentences) → Apply → the verified outcome. Admins only; the page decides.
import { useState, type ReactNode } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { HoursResponse } from '@switchboard/contract/hours';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { ErrorState } from '@/components/ui/error-state';
import { ApplyOutcome } from '@/components/write/apply-outcome';
import { ApplyUnknown } from '@/components/write/apply-unknown';
import { ReviewPanel } from '@/components/write/review-panel';
import { HOURS_WORDS } from '@/lib/write/write-words';
import { DiscardAndLeaveDialog } from '@/components/write/discard-and-leave-dialog';
import { useUnsavedChangesGuard } from '@/hooks/use-unsaved-changes-guard';
import { useHoursWrite } from '../hooks/use-hours-write';
import { changeCount, formFromHours, hoursFormSchema, type HoursForm } from '../utils/hours-form';
import { changedDays } from '@/components/schedule/week';
import { ClosedRoutingField, type TargetSlotProps } from './closed-routing-field';
import { WeekStrip, errorMessages } from '@/components/schedule/week-strip';
import { plural } from '@/lib/plural';
import './hours-editor.css';

export interface HoursEditorProps {
  hours: HoursResponse;
  reload: () => Promise<HoursResponse>;
  onWritten: () => void;
  renderTarget: (props: TargetSlotProps) => ReactNode;
  closedMenuHref?: string | undefined;
  historyHref?: string;
  /** Where these hours are shown: the outcome follows a person who leaves mid-apply. */
  href: string;
}

export function HoursEditor({
  hours,
  reload,
  onWritten,
  renderTarget,
  closedMenuHref,
  historyHref,
  href,
}: HoursEditorProps) {
  const form = useForm<HoursForm>({
    defaultValues: formFromHours(hours),
    resolver: zodResolver(hoursFormSchema(hours)),
    mode: 'onSubmit',
  });
  const values = useWatch({ control: form.control }) as HoursForm;
  const w = useHoursWrite({
    form,
    loaded: hours,
    reload,
    onWritten,
    subject: `${hours.extension.name}, hours`,
    href,
  });
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  const schedule = values.schedule ?? w.base.schedule;
  const count = changeCount(w.base, values);
  const errors = form.formState.errors;
  // Leaving with changes Zoom does not have yet asks first; once applying, the outcome follows the person anyway.
  const blocker = useUnsavedChangesGuard(
    count > 0 && (w.flow.step === 'edit' || w.flow.step === 'review'),
  );
  const leaveDialog = blocker.state === 'blocked' && (
    <DiscardAndLeaveDialog onLeave={() => blocker.proceed?.()} onStay={() => blocker.reset?.()}>
      <p>
        You changed {plural(count, 'part')} of these hours; Zoom does not have these
        changes yet. Leaving now discards them.
      </p>
    </DiscardAndLeaveDialog>
  );

  if (w.flow.step === 'outcome') {
    return (
      <ApplyOutcome
        result={w.flow.result}
        words={HOURS_WORDS}
        reloading={w.reloading}
        onBack={w.backToEditing}
        onReloadAndReapply={() => void w.reloadAndReapply()}
        {...(historyHref ? { historyHref } : {})}
      />
    );
  }
  if (w.flow.step === 'unknown') {
    return (
      <ApplyUnknown
        progress={w.flow.progress}
        error={w.flow.error}
        words={HOURS_WORDS}
        reloading={w.reloading}
        onReload={() => void w.reloadToSeeZoom()}
        onBack={w.backToEditing}
      />
    );
  }
  if (w.flow.step === 'review' || w.flow.step === 'applying') {
    return (
      <>
        {leaveDialog}
        <ReviewPanel
          plan={w.flow.plan}
          words={HOURS_WORDS}
          applying={w.flow.step === 'applying'}
          progress={w.flow.step === 'applying' ? w.flow.progress : undefined}
          applyError={w.applyError}
          onApply={() => void w.applyReviewed()}
          onBack={w.backToEditing}
        />
      </>
    );
  }

  return (
    <form
      className="hours-editor"
      noValidate
      aria-label="Business hours editor"
      onSubmit={(e) => void form.handleSubmit(w.reviewForm)(e)}
    >
      {leaveDialog}
      {confirmDiscard && (
        <ConfirmDialog
          open
          title="Discard your changes?"
          confirmLabel="Discard changes"
          cancelLabel="Keep editing"
          onConfirm={() => {
            form.reset(formFromHours(w.base));
            setConfirmDiscard(false);
          }}
          onCancel={() => setConfirmDiscard(false)}
        >
          <p>The hours go back to what Zoom has now.</p>
        </ConfirmDialog>
      )}
      <WeekStrip
        schedule={schedule}
        changed={new Set(changedDays(w.base.schedule, schedule))}
        errors={errors.schedule}
        onDayChange={(day, next) =>
          form.setValue(
            'schedule',
            { ...schedule, days: { ...schedule.days, [day]: next } },
            { shouldDirty: true },
          )
        }
      />
      <ClosedRoutingField
        type={hours.extension.type}
        value={values.closedRouting}
        onChange={(next) => form.setValue('closedRouting', next, { shouldDirty: true })}
        renderTarget={renderTarget}
        closedMenuHref={closedMenuHref}
        actionError={errorMessages(errors.closedRouting?.action)[0]}
        targetError={errorMessages(errors.closedRouting?.target)[0]}
      />
      {w.planError !== null && (
        <ErrorState title="The change could not be planned" error={w.planError} />
      )}
      <div className="hours-editor__actions">
        <p className="hours-editor__count" aria-live="polite">
          {count === 0 ? 'No changes yet' : `${plural(count, 'change')}, not yet in Zoom`}
        </p>
        <Button onClick={() => setConfirmDiscard(true)} disabled={count === 0}>
          Discard changes
        </Button>
        <Button type="submit" variant="primary" busy={w.planning}>
          Review changes
        </Button>
      </div>
    </form>
  );
}
