// Zoom write operations as sentences, each with the exact request behind a
// disclosure, and — while applying and after — where each one stands.
import type { OpResult, PlannedOp } from '@switchboard/contract/ivr';
import { Badge, type BadgeTone } from '../ui/badge';
import { Spinner } from '../ui/spinner';
import { retryWords } from '@/lib/retry-words';
import type { LiveOp, OpProgress } from '@/lib/write/apply-progress';
import './plan-ops.css';

const status = (p: string): Record<OpProgress, { words: string; tone: BadgeTone }> => ({
  pending: { words: 'Waiting', tone: 'neutral' },
  sending: { words: 'Sending…', tone: 'neutral' },
  unknown: { words: 'No answer received', tone: 'warning' },
  applied: { words: `Accepted by ${p}`, tone: 'info' },
  failed: { words: `Refused by ${p}`, tone: 'danger' },
  skipped: { words: 'Not sent', tone: 'warning' },
});

export function requestText(op: PlannedOp): string {
  const body = op.request.body === undefined ? '' : `\n${JSON.stringify(op.request.body, null, 2)}`;
  return `${op.request.method} ${op.request.path}${body}`;
}

interface Props {
  /** Live ops (while applying) carry their own state. */
  ops: (PlannedOp | OpResult | LiveOp)[];
  /** Show each op's status from the result (after applying). */
  progress?: 'result';
  label: string;
  /** Who the requests go to (default Zoom). */
  provider?: string;
}

export function PlanOps({ ops, progress, label, provider = 'Zoom' }: Props) {
  const STATUS = status(provider);
  return (
    <ol className="plan-ops" aria-label={label}>
      {ops.map((op, i) => {
        const state: OpProgress | null =
          'state' in op ? op.state : progress === 'result' && 'status' in op ? op.status : null;
        return (
          <li
            key={`${i}:${op.description}`}
            className="plan-ops__item"
            data-status={state ?? undefined}
          >
            <div className="plan-ops__line">
              <span className="plan-ops__text">{op.description}</span>
              {state && (
                <span className="plan-ops__state">
                  {state === 'sending' && <Spinner size="sm" label={null} />}
                  <Badge tone={STATUS[state].tone}>
                    {STATUS[state].words}
                    {'httpStatus' in op && op.httpStatus ? ` (HTTP ${op.httpStatus})` : ''}
                  </Badge>
                </span>
              )}
            </div>
            {'error' in op && op.error && <p className="plan-ops__error">{provider} said: {op.error}</p>}
            {'retries' in op && retryWords(op.retries) && (
              <p className="plan-ops__retries">{retryWords(op.retries)}</p>
            )}
            {'settled' in op && op.settled && <p className="plan-ops__retries">{op.settled}</p>}
            {'trackingId' in op && op.trackingId && (
              <p className="plan-ops__tracking">
                {provider} tracking id <code>{op.trackingId}</code>
              </p>
            )}
            <details className="plan-ops__details">
              <summary>The exact request to {provider}</summary>
              <pre className="plan-ops__request">
                <code>{requestText(op)}</code>
              </pre>
            </details>
          </li>
        );
      })}
    </ol>
  );
}
