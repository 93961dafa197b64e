// "Revert" on a history entry: the review in words (what goes back, the
// requests), then the revert through the usual pipeline and its verified
// outcome. A change made since is shown as what changed; nothing is written.
import { useId, useState } from 'react';
import type { AuditEntry } from '@switchboard/contract/audit';
import type { RevertPlan } from '@switchboard/contract/revert';
import { Button } from '@/components/ui/button';
import { ErrorState } from '@/components/ui/error-state';
import { ApplyOutcome, ChangeTable } from '@/components/write/apply-outcome';
import { PlanOps } from '@/components/write/plan-ops';
import { planConflict } from '@/lib/write/plan-conflict';
import { BUSINESS_HOURS_WORDS, HOLIDAY_WORDS, HOURS_WORDS, MENU_WORDS, QUEUE_HOURS_WORDS, ZENDESK_MENU_WORDS } from '@/lib/write/write-words';
import { usePlanRevert } from '../api/plan-revert';
import { useRevert } from '../api/revert';

function wordsFor(e: AuditEntry) {
  switch (e.kind) {
    case 'hours':
      return HOURS_WORDS;
    case 'holiday':
      return HOLIDAY_WORDS;
    case 'zendeskMenu':
      return ZENDESK_MENU_WORDS;
    case 'cc':
      return e.action === 'cc.queue.operatingHours' ? QUEUE_HOURS_WORDS : BUSINESS_HOURS_WORDS;
    default:
      return MENU_WORDS;
  }
}

export function RevertControl({ entry }: { entry: AuditEntry }) {
  const [open, setOpen] = useState(false);
  const plan = usePlanRevert();
  const apply = useRevert();
  const titleId = useId();
  const words = wordsFor(entry);
  const label = entry.outcome === 'interrupted' ? 'Restore what was there before' : 'Revert';
  const start = () => {
    setOpen(true);
    apply.reset();
    plan.mutate(entry.id);
  };
  const close = () => {
    setOpen(false);
    plan.reset();
    apply.reset();
  };
  if (!open) {
    return (
      <Button size="sm" onClick={start} aria-label={`${label}: ${entry.target.name ?? entry.target.id}, ${entry.subject}`}>
        {label}…
      </Button>
    );
  }
  const review: RevertPlan | undefined = plan.data;
  const changedSince = planConflict(plan.error);
  return (
    <section className="revert" aria-labelledby={titleId}>
      <h4 id={titleId} className="revert__title">
        {label}
      </h4>
      {plan.isPending && <p role="status">Reading what Zoom has now…</p>}
      {changedSince && (
        <div role="alert">
          <p>{changedSince.message}</p>
          <ChangeTable changes={changedSince.diff} caption="What changed in Zoom since this change" words={words} />
          <p>Nothing was written. Review what Zoom has now and change it by hand if it still needs putting back.</p>
        </div>
      )}
      {plan.isError && !changedSince && <ErrorState title="The revert cannot be reviewed" error={plan.error} />}
      {review && !apply.data && (
        <>
          <p className="revert__words">{review.words}</p>
          {review.ops.length === 0 ? (
            <p>Zoom already has it as it was before: nothing to send.</p>
          ) : (
            <PlanOps ops={review.ops} label="Requests to send to Zoom" />
          )}
          {apply.isError && <ErrorState title="The revert could not be sent" error={apply.error} />}
        </>
      )}
      {apply.data && (
        <ApplyOutcome result={apply.data} onBack={close} onReloadAndReapply={start} reloading={plan.isPending} words={words} titleId={`${titleId}-outcome`} backLabel="Close" />
      )}
      {!apply.data && (
        <div className="revert__actions">
          {review && review.ops.length > 0 && (
            <Button variant="primary" busy={apply.isPending} onClick={() => apply.mutate(entry.id)}>
              {apply.isPending ? 'Putting it back…' : `Revert: send ${review.ops.length === 1 ? '1 request' : `${review.ops.length} requests`}`}
            </Button>
          )}
          <Button onClick={close} disabled={apply.isPending}>
            Cancel
          </Button>
        </div>
      )}
    </section>
  );
}
