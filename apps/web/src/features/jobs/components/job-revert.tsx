// "Revert the whole job": the review of every target in words (a target that
// cannot be reverted says why), then each target put back through its own
// write, with each outcome shown — failures first.
import { useId, useState } from 'react';
import type { JobRevertResult } from '@switchboard/contract/revert';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { ErrorState } from '@/components/ui/error-state';
import { outcomeWords } from '@/lib/outcome-words';
import { usePlanJobRevert } from '../api/plan-job-revert';
import { useRevertJob } from '../api/revert-job';
import './job-revert.css';

const firstFailures = (items: JobRevertResult['items']) =>
  [...items].sort((a, b) => Number(a.result?.outcome === 'applied') - Number(b.result?.outcome === 'applied'));

export function JobRevert({ jobId }: { jobId: string }) {
  const [open, setOpen] = useState(false);
  const plan = usePlanJobRevert();
  const apply = useRevertJob();
  const titleId = useId();
  if (!open) {
    return (
      <Button
        onClick={() => {
          setOpen(true);
          plan.mutate(jobId);
        }}
      >
        Revert the whole job…
      </Button>
    );
  }
  const revertible = plan.data?.items.filter((i) => i.plan) ?? [];
  const requests = revertible.reduce((n, i) => n + (i.plan?.ops.length ?? 0), 0);
  return (
    <section className="job-revert" aria-labelledby={titleId}>
      <h2 id={titleId}>Revert the whole job</h2>
      {plan.isPending && <p role="status">Reading what Zoom has now for each target…</p>}
      {plan.isError && <ErrorState title="The revert cannot be reviewed" error={plan.error} />}
      {plan.data && !apply.data && (
        <>
          <ul className="job-revert__items">
            {plan.data.items.map((i) => (
              <li key={i.auditId}>
                <strong>{i.target.name ?? i.target.id}</strong>:{' '}
                {i.plan ? (i.plan.ops.length === 0 ? 'already as it was before; nothing to send.' : i.plan.words) : <span className="job-revert__refusal">cannot be reverted — {i.refusal}</span>}
              </li>
            ))}
          </ul>
          {apply.isError && <ErrorState title="The revert could not be sent" error={apply.error} />}
          <div className="job-revert__actions">
            {requests > 0 && (
              <Button variant="primary" busy={apply.isPending} onClick={() => apply.mutate(jobId)}>
                {apply.isPending ? 'Putting them back…' : `Revert ${revertible.length === 1 ? '1 target' : `${revertible.length} targets`}`}
              </Button>
            )}
            <Button onClick={() => setOpen(false)} disabled={apply.isPending}>
              Cancel
            </Button>
          </div>
        </>
      )}
      {apply.data && (
        <div role="status">
          <p>
            <Badge tone={apply.data.outcome === 'applied' || apply.data.outcome === 'no_change' ? 'success' : 'danger'}>{outcomeWords(apply.data.outcome).label}</Badge>{' '}
            {apply.data.message}
          </p>
          <ul className="job-revert__items">
            {firstFailures(apply.data.items).map((i) => (
              <li key={i.auditId}>
                <strong>{i.target.name ?? i.target.id}</strong>: {i.result ? `${outcomeWords(i.result.outcome).label}. ${i.result.message ?? ''}` : i.refusal}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
