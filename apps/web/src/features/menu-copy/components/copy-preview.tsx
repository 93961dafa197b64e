import type { IvrCopyPlanResponse, IvrCopyTargetPlan } from '@switchboard/contract/ivr-copy';
import type { ZoomPlan } from '@switchboard/zoom-schema/rate-limits';
import { Badge } from '@/components/ui/badge';
import { estimateCopy, formatSeconds } from '../utils/estimate';

const PLAN_NAMES: Record<ZoomPlan, string> = { pro: 'Pro', business: 'Business' };
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** What the copy would do to each target, in sentences, and how long Zoom's rate limit makes it take at least. */
export function CopyPreview({ plan, zoomPlan }: { plan: IvrCopyPlanResponse; zoomPlan: ZoomPlan }) {
  const estimate = estimateCopy(plan, zoomPlan);
  const blocked = plan.targets.length - estimate.targets;
  return (
    <section className="copy-preview" aria-labelledby="copy-preview-title">
      <h2 id="copy-preview-title">Preview: nothing has been written yet</h2>
      <p className="copy-preview__summary" data-testid="copy-estimate">
        {plural(estimate.operations, 'change')} to write across {plural(estimate.targets, 'auto receptionist')}: about{' '}
        {plural(estimate.zoomCalls, 'Zoom request')} (each target is read, written and read back). At the {PLAN_NAMES[zoomPlan]} plan’s{' '}
        {estimate.perSecond} requests per second that takes at least {formatSeconds(estimate.seconds)}.
        {blocked > 0 && ` ${plural(blocked, 'auto receptionist')} cannot be copied to and will be left out.`}
      </p>
      <ul className="copy-preview__targets">
        {plan.targets.map((t) => (
          <TargetPlan key={t.arId} plan={t} />
        ))}
      </ul>
    </section>
  );
}

function TargetPlan({ plan }: { plan: IvrCopyTargetPlan }) {
  const name = plan.name ?? plan.arId;
  return (
    <li className="copy-preview__target" data-ar-id={plan.arId}>
      <div className="copy-preview__head">
        <h3 className="copy-preview__name">{name}</h3>
        {plan.error ? (
          <Badge tone="danger">Cannot be copied</Badge>
        ) : plan.ops.length === 0 ? (
          <Badge tone="neutral">Already the same</Badge>
        ) : (
          <Badge tone="info">{plural(plan.ops.length, 'Zoom write')}</Badge>
        )}
      </div>
      {plan.error && <p className="copy-preview__error">{plan.error}</p>}
      {plan.warnings.length > 0 && (
        <ul className="copy-preview__warnings" aria-label={`Warnings for ${name}`}>
          {plan.warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
      {plan.ops.length > 0 && (
        <ol className="copy-preview__ops" aria-label={`Changes to ${name}`}>
          {plan.ops.map((op, i) => (
            <li key={i}>{op.description}</li>
          ))}
        </ol>
      )}
      {!plan.error && plan.ops.length === 0 && <p className="muted">Its menu already matches; nothing will be written.</p>}
    </li>
  );
}
