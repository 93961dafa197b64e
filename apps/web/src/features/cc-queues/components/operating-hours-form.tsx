// Give a queue other business hours or another closure set (admins): choose,
// see the warning when a closure set would close a queue meant to be open
// every day (confirmed before review), then Review → Apply → the verified
// outcome (a change Zoom drops is reported, never called done).
import { useState } from 'react';
import type { CcQueue, OperatingHoursWriteBody } from '@switchboard/contract/cc-queues';
import { Banner } from '@/components/ui/banner';
import { Button } from '@/components/ui/button';
import { ErrorState } from '@/components/ui/error-state';
import { SelectField } from '@/components/ui/field';
import { ApplyOutcome } from '@/components/write/apply-outcome';
import { ApplyUnknown } from '@/components/write/apply-unknown';
import { ReviewPanel } from '@/components/write/review-panel';
import { useWriteFlow } from '@/hooks/use-write-flow';
import { QUEUE_HOURS_WORDS } from '@/lib/write/write-words';
import { applyOperatingHours } from '../api/apply-operating-hours';
import './queues.css';
import { planOperatingHours } from '../api/plan-operating-hours';

export interface Choice {
  businessHoursId: string;
  closureSetId: string | null;
}
interface Option {
  id: string;
  name: string;
}

interface Props {
  queue: CcQueue;
  businessHours: Option[];
  closureSets: Option[];
  /** Told as the person chooses, so the page can work out the warning. */
  onChoice: (choice: Choice) => void;
  /** A sentence when the chosen closure set would close a queue meant to be open every day. */
  warning: string | null;
  onWritten: () => void;
  /** After a conflict: the queue as Zoom has it now. */
  reload: () => Promise<CcQueue>;
  href: string;
  historyHref: string;
}

export function OperatingHoursForm({ queue, businessHours, closureSets, onChoice, warning, onWritten, reload, href, historyHref }: Props) {
  const [choice, setChoiceState] = useState<Choice>({ businessHoursId: queue.businessHoursId ?? '', closureSetId: queue.closureSetId });
  const [base, setBase] = useState(queue);
  const [understood, setUnderstood] = useState(false);
  const [reloading, setReloading] = useState(false);
  const flow = useWriteFlow<OperatingHoursWriteBody>({
    plan: (body) => planOperatingHours(queue.id, body),
    apply: (body, onProgress) => applyOperatingHours(queue.id, body, onProgress),
    subject: `${queue.name}, operating hours`,
    href,
    onWritten,
    words: QUEUE_HOURS_WORDS,
  });
  const setChoice = (next: Choice) => {
    setChoiceState(next);
    setUnderstood(false);
    onChoice(next);
  };
  const body = (version: string): OperatingHoursWriteBody => ({ baseVersion: version, businessHoursId: choice.businessHoursId, closureSetId: choice.closureSetId });
  const changed = choice.businessHoursId !== (base.businessHoursId ?? '') || choice.closureSetId !== base.closureSetId;
  const reloadAndReapply = async () => {
    setReloading(true);
    try {
      const latest = await reload();
      setBase(latest);
      await flow.review(body(latest.version));
    } catch (err) {
      flow.setPlanError(err);
      flow.backToEditing();
    } finally {
      setReloading(false);
    }
  };

  const f = flow.flow;
  if (f.step === 'outcome') {
    return <ApplyOutcome result={f.result} words={QUEUE_HOURS_WORDS} reloading={reloading} onBack={flow.backToEditing} onReloadAndReapply={() => void reloadAndReapply()} historyHref={historyHref} />;
  }
  if (f.step === 'unknown') {
    return <ApplyUnknown progress={f.progress} error={f.error} words={QUEUE_HOURS_WORDS} reloading={reloading} onReload={() => void reloadAndReapply()} onBack={flow.backToEditing} />;
  }
  if (f.step === 'review' || f.step === 'applying') {
    return (
      <ReviewPanel
        plan={f.plan}
        words={QUEUE_HOURS_WORDS}
        applying={f.step === 'applying'}
        progress={f.step === 'applying' ? f.progress : undefined}
        applyError={flow.applyError}
        onApply={() => void flow.applyReviewed()}
        onBack={flow.backToEditing}
      >
        {warning ? (
          <Banner tone="warning">{warning}</Banner>
        ) : (
          // the BFF's own warning, said in the plan (a queue open 24 hours every day given a closure set)
          f.plan.diff
            .filter((d) => d.field === 'Warning')
            .map((d) => (
              <Banner key={`${d.before}-${d.after}`} tone="warning">
                {d.before}: {d.after}.
              </Banner>
            ))
        )}
      </ReviewPanel>
    );
  }

  return (
    <form
      className="cc-editor"
      aria-label={`Operating hours of ${queue.name}`}
      onSubmit={(e) => {
        e.preventDefault();
        void flow.review(body(base.version));
      }}
    >
      <SelectField label="Business hours" value={choice.businessHoursId} onChange={(e) => setChoice({ ...choice, businessHoursId: e.target.value })}>
        {!choice.businessHoursId && <option value="">Choose business hours</option>}
        {businessHours.map((b) => (
          <option key={b.id} value={b.id}>
            {b.name}
          </option>
        ))}
      </SelectField>
      <SelectField label="Closure set" value={choice.closureSetId ?? ''} onChange={(e) => setChoice({ ...choice, closureSetId: e.target.value || null })}>
        <option value="">No closure set</option>
        {closureSets.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </SelectField>
      {warning && (
        <div className="queue-warning" data-warning="closes-every-day-queue">
          <Banner tone="warning">{warning}</Banner>
          <label className="queue-warning__check">
            <input type="checkbox" checked={understood} onChange={(e) => setUnderstood(e.target.checked)} />
            Close it on those days anyway
          </label>
        </div>
      )}
      {flow.planError !== null && <ErrorState title="The change could not be planned" error={flow.planError} />}
      <div className="cc-editor__actions">
        <p className="muted" aria-live="polite">
          {changed ? 'Changed, not yet in Zoom' : 'No changes yet'}
        </p>
        <Button type="submit" variant="primary" busy={flow.planning} disabled={!changed || !choice.businessHoursId || (warning !== null && !understood)}>
          Review changes
        </Button>
      </div>
    </form>
  );
}
