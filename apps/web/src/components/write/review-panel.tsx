// The plan of a write as sentences with the exact Zoom requests; Apply sends
// them, and while applying each request shows where it stands. Shared by
// every write: menus, hours, holidays (the words say which).
import { useEffect, useId, useRef, type ReactNode } from 'react';
import type { WritePlan } from '@switchboard/contract/write';
import { sentCount, type ApplyProgress } from '@/lib/write/apply-progress';
import { MENU_WORDS, type WriteWords } from '@/lib/write/write-words';
import { Button } from '../ui/button';
import { EmptyState } from '../ui/empty-state';
import { ErrorState } from '../ui/error-state';
import { PlanOps } from './plan-ops';
import { plural } from '@/lib/plural';
import './review-panel.css';

interface Props {
  plan: WritePlan;
  applying: boolean;
  /** While applying: where each request stands (live from the server). */
  progress?: ApplyProgress | undefined;
  applyError: unknown;
  onApply: () => void;
  onBack: () => void;
  /** What is being written, in words (default: a menu). */
  words?: WriteWords;
  /** The heading's id (default: a generated one). */
  titleId?: string;
  /** Above the requests, e.g. the change in words. */
  children?: ReactNode;
}

export function ReviewPanel({ plan, applying, progress, applyError, onApply, onBack, words = MENU_WORDS, titleId, children }: Props) {
  const generated = useId();
  const id = titleId ?? generated;
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const live = applying ? progress : undefined;
  const n = live ? live.ops.length : plan.ops.length;

  return (
    <section
      className="review"
      aria-labelledby={id}
      aria-busy={applying || undefined}
    >
      <h2 id={id} ref={headingRef} tabIndex={-1} className="review__title">
        {!applying
          ? 'Review changes'
          : live?.phase === 'verifying'
            ? `Reading ${words.the} back from ${words.provider}…`
            : `Sending ${plural(n, 'change')} to ${words.provider}…`}
      </h2>
      {n === 0 ? (
        <EmptyState
          title="Nothing to change"
          action={<Button onClick={onBack}>Back to editing</Button>}
        >
          {words.provider} already has {words.this} exactly as shown.
        </EmptyState>
      ) : (
        <>
          <p className="review__lede">
            {applying
              ? `Each request is sent in turn; then Switchboard reads ${words.the} back from ${words.provider} to check what it kept.`
              : `Switchboard will send ${plural(n, 'request')} to ${words.provider}, one per change, then read ${words.the} back to check each one landed.`}
          </p>
          {children}
          {live && <ApplyMeter progress={live} provider={words.provider} />}
          <PlanOps ops={live ? live.ops : plan.ops} label={`Changes to send to ${words.provider}`} provider={words.provider} />
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
function ApplyMeter({ progress, provider }: { progress: ApplyProgress; provider: string }) {
  const n = progress.ops.length;
  const sent = sentCount(progress);
  const text =
    progress.phase === 'starting'
      ? `Reading what ${provider} has before sending…`
      : progress.phase === 'verifying'
        ? `${sent} of ${n} sent. Checking what ${provider} kept…`
        : `${sent} of ${n} sent`;
  return (
    <div className="review__meter">
      <progress max={n} value={sent} aria-label={`Changes sent to ${provider}`} />
      <span>{text}</span>
    </div>
  );
}
