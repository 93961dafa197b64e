import type { IvrCopyPlanResponse, IvrCopyTargetPlan } from '@switchboard/contract/ivr-copy';
import type { ZoomPlan } from '@switchboard/zoom-schema/rate-limits';
import { Badge } from '@/components/ui/badge';
import { estimateCopy, formatSeconds } from '../utils/estimate';
import { plural } from '@/lib/plural';

const PLAN_NAMES: Record<ZoomPlan, string> = { pro: 'Pro', business: 'Business' };

const requestText = (op: IvrCopyTargetPlan['ops'][number]) =>
  `${op.request.method} ${op.request.path}${op.request.body === undefined ? '' : `\n${JSON.stringify(op.request.body, null, 2)}`}`;

/** What the copy would do to each target, in sentences, and how long Zoom's rate limit makes it take at least. */
export function CopyPreview({ plan, zoomPlan }: { plan: IvrCopyPlanResponse; zoomPlan: ZoomPlan }) {
  const estimate = estimateCopy(plan, zoomPlan);
  const left = plan.targets.length - estimate.targets;
  return (
    <section className="copy-preview" aria-labelledby="copy-preview-title">
      <h2 id="copy-preview-title">Preview: nothing has been written yet</h2>
      <p className="copy-preview__summary" data-testid="copy-estimate">
        {plural(estimate.operations, 'change')} to write across {plural(estimate.targets, 'auto receptionist')}: about{' '}
        {plural(estimate.zoomCalls, 'Zoom request')} (each target is read, written and read back). At the {PLAN_NAMES[zoomPlan]} plan’s{' '}
        {estimate.perSecond} requests per second that takes at least {formatSeconds(estimate.seconds)}.
        {left > 0 && ` ${plural(left, 'auto receptionist')} cannot be copied to and will be left out.`}
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
  const blocked = plan.error ?? plan.refusal;
  return (
    <li className={`copy-preview__target${blocked ? ' copy-preview__target--blocked' : ''}`} data-ar-id={plan.arId}>
      <div className="copy-preview__head">
        <h3 className="copy-preview__name">{name}</h3>
        {plan.error ? (
          <Badge tone="danger">Cannot be copied</Badge>
        ) : plan.refusal ? (
          <Badge tone="danger">Refused: would trap callers</Badge>
        ) : plan.ops.length === 0 ? (
          <Badge tone="neutral">Already the same</Badge>
        ) : (
          <Badge tone="info">{plural(plan.ops.length, 'Zoom write')}</Badge>
        )}
        {/* What it would bring from the source's site is said once, beside the confirmation. */}
        {plan.crossSite && !blocked && <Badge tone="warning">Another site: {plan.crossSite.targetSite.name}</Badge>}
      </div>
      {blocked && <p className="copy-preview__error">{blocked}</p>}
      {plan.warnings.length > 0 && (
        <ul className="copy-preview__warnings" aria-label={`Warnings for ${name}`}>
          {plan.warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
      {plan.ops.length > 0 && !blocked && (
        <ol className="copy-preview__ops" aria-label={`Changes to ${name}`}>
          {plan.ops.map((op, i) => (
            <li key={i}>
              {op.description}
              <details className="copy-preview__request">
                <summary>The exact request to Zoom</summary>
                <pre>
                  <code>{requestText(op)}</code>
                </pre>
              </details>
            </li>
          ))}
        </ol>
      )}
      {!blocked && plan.ops.length === 0 && <p className="muted">Its menu already matches; nothing will be written.</p>}
    </li>
  );
}
