import { useEffect, useRef } from 'react';
import type { IvrPlanResponse } from '@switchboard/contract/ivr';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { sentCount, type ApplyProgress } from '../utils/apply-progress';
import { PlanOps } from './plan-ops';

interface Props {
  plan: IvrPlanResponse;
  applying: boolean;
  /** While applying: where each request stands (live from the server). */
  progress?: ApplyProgress | undefined;
  applyError: unknown;
  onApply: () => void;
  onBack: () => void;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The plan as sentences with the exact Zoom requests; Apply sends them. While applying, each shows its progress. */
export function ReviewPanel({ plan, applying, progress, applyError, onApply, onBack }: Props) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const live = applying ? progress : undefined;
  const n = live ? live.ops.length : plan.ops.length;

  return (
    <section
      className="review"
      aria-labelledby="ivr-review-title"
      aria-busy={applying || undefined}
    >
      <h2 id="ivr-review-title" ref={headingRef} tabIndex={-1} className="review__title">
        {!applying
          ? 'Review changes'
          : live?.phase === 'verifying'
            ? 'Reading the menu back from Zoom…'
            : `Sending ${plural(n, 'change')} to Zoom…`}
      </h2>
      {n === 0 ? (
        <EmptyState
          title="Nothing to change"
          action={<Button onClick={onBack}>Back to editing</Button>}
        >
          Zoom already has this menu exactly as shown.
        </EmptyState>
      ) : (
        <>
          <p className="review__lede">
            {applying
              ? 'Each request is sent in turn; then Switchboard reads the menu back from Zoom to check what it kept.'
              : `Switchboard will send ${plural(n, 'request')} to Zoom, one per change, then read the menu back to check each one landed.`}
          </p>
          {live && <ApplyMeter progress={live} />}
          <PlanOps ops={live ? live.ops : plan.ops} label="Changes to send to Zoom" />
          {applyError !== null && applyError !== undefined && (
            <ErrorState title="The change could not be sent" error={applyError} />
          )}
          <div className="review__actions">
            <Button variant="primary" busy={applying} onClick={onApply}>
              {applying ? 'Sending…' : `Apply ${plural(n, 'change')}`}
            </Button>
            <Button onClick={onBack} disabled={applying}>
              Back to editing
            </Button>
          </div>
        </>
      )}
    </section>
  );
}

/** How far the apply has got, in words and as a bar (the editor's status region announces it). */
function ApplyMeter({ progress }: { progress: ApplyProgress }) {
  const n = progress.ops.length;
  const sent = sentCount(progress);
  const words =
    progress.phase === 'starting'
      ? 'Reading Zoom’s current menu before sending…'
      : progress.phase === 'verifying'
        ? `${sent} of ${n} sent. Checking what Zoom kept…`
        : `${sent} of ${n} sent`;
  return (
    <div className="review__meter">
      <progress max={n} value={sent} aria-label="Changes sent to Zoom" />
      <span>{words}</span>
    </div>
  );
}
