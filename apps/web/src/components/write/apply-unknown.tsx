// The apply's outcome could not be learned (the connection broke before the
// server reported Zoom's read-back): say so plainly, show how far the live
// progress got, and offer to read Zoom's menu again. Never a success.
import { useEffect, useId, useRef } from 'react';
import { errorMessage } from '@/lib/api-client';
import type { ApplyProgress } from '@/lib/write/apply-progress';
import { MENU_WORDS, type WriteWords } from '@/lib/write/write-words';
import { Button } from '../ui/button';
import { PlanOps } from './plan-ops';
import './apply-outcome.css';

interface Props {
  progress: ApplyProgress;
  error: unknown;
  onReload: () => void;
  reloading: boolean;
  onBack: () => void;
  words?: WriteWords;
}

export function ApplyUnknown({ progress, error, onReload, reloading, onBack, words = MENU_WORDS }: Props) {
  const id = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <section className="outcome outcome--warning" aria-labelledby={id} data-outcome="unknown">
      <h2 id={id} ref={headingRef} tabIndex={-1} className="outcome__title">
        The outcome is unknown
      </h2>
      <p className="outcome__message">{errorMessage(error)}</p>
      <p>
        Switchboard did not get {words.provider}’s read-back, so it cannot say whether your changes are in {words.provider}.
        Reload {words.the}: what landed shows as already set, and what did not stays as your edit.
      </p>
      {progress.ops.length > 0 && (
        <>
          <h3 className="outcome__subtitle">Last known state of each request</h3>
          <PlanOps ops={progress.ops} label="Last known state of each request" />
        </>
      )}
      <div className="outcome__actions">
        <Button variant="primary" busy={reloading} onClick={onReload}>
          Reload {words.the} from {words.provider}
        </Button>
        <Button onClick={onBack}>Back to editing</Button>
      </div>
    </section>
  );
}
