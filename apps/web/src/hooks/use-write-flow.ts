// The one way a page lands a change in Zoom: plan (Review: the requests as
// sentences, nothing written) → apply (each request's progress when the
// server streams) → the verified outcome; a conflict found while planning is
// shown as the outcome it is, and a broken connection is "unknown", never a
// success. The outcome follows a person who leaves mid-apply
// (lib/write-notices). Menus, hours and holidays all use it; what the body
// is and where it goes is the caller's.
import { useEffect, useRef, useState } from 'react';
import type { WritePlan, WriteResult } from '@switchboard/contract/write';
import { applyProgressEvent, freezeProgress, startProgress, type ApplyProgress } from '@/lib/write/apply-progress';
import { outcomeHeadline } from '@/lib/write/outcome-headline';
import { planConflict } from '@/lib/write/plan-conflict';
import { isOutcomeUnknown, type ApplyProgressEvent } from '@/lib/write/send-write';
import { MENU_WORDS, type WriteWords } from '@/lib/write/write-words';
import { dismissNotice, isRunning, setWatched, trackWrite } from '@/lib/write-notices';

export type WriteFlow<B, R extends WriteResult = WriteResult> =
  | { step: 'edit' }
  | { step: 'review'; body: B; plan: WritePlan }
  | { step: 'applying'; body: B; plan: WritePlan; progress: ApplyProgress }
  | { step: 'outcome'; body: B; result: R }
  /** The apply may or may not have landed (the connection broke before its outcome). */
  | { step: 'unknown'; body: B; progress: ApplyProgress; error: unknown };

export interface WriteFlowOptions<B, R extends WriteResult> {
  plan: (body: B) => Promise<WritePlan>;
  apply: (body: B, onProgress: (event: ApplyProgressEvent) => void) => Promise<R>;
  /** What the write changes, in words, and where it is shown: the outcome follows a person who leaves mid-apply. */
  subject: string;
  href: string;
  /** Something may have been written: refresh what the page shows. */
  onWritten: () => void;
  /** Zoom read back exactly what was asked for. */
  onApplied?: (body: B, result: R) => void;
  words?: WriteWords;
}

export function useWriteFlow<B, R extends WriteResult = WriteResult>(options: WriteFlowOptions<B, R>) {
  const [flow, setFlow] = useState<WriteFlow<B, R>>({ step: 'edit' });
  const [planning, setPlanning] = useState(false);
  const [planError, setPlanError] = useState<unknown>(null);
  const [applyError, setApplyError] = useState<unknown>(null);
  const writeId = useRef<string | null>(null);
  const latest = useRef(options);
  latest.current = options;

  // Leaving while a write runs does not stop it: the app shell takes over telling its outcome.
  useEffect(
    () => () => {
      const id = writeId.current;
      if (!id) return;
      if (isRunning(id)) setWatched(id, false);
      else dismissNotice(id);
    },
    [],
  );

  /** Plan `body`: Review on success; a conflict becomes its outcome; any other error is shown beside the form. */
  const review = async (body: B) => {
    setPlanError(null);
    setApplyError(null);
    setPlanning(true);
    try {
      setFlow({ step: 'review', body, plan: await latest.current.plan(body) });
    } catch (err) {
      const conflict = planConflict(err);
      if (!conflict) return setPlanError(err);
      const result = {
        outcome: 'conflict',
        ops: [],
        mismatches: [],
        diff: conflict.diff,
        ...(conflict.changedBy === undefined ? {} : { changedBy: conflict.changedBy }),
        auditId: null,
        message: conflict.message,
      } as WriteResult as R;
      setFlow({ step: 'outcome', body, result });
    } finally {
      setPlanning(false);
    }
  };

  const applyReviewed = async () => {
    if (flow.step !== 'review') return;
    const { subject, href, apply, onWritten, onApplied, words = MENU_WORDS } = latest.current;
    setApplyError(null);
    const progress = { current: startProgress(flow.plan.ops) };
    setFlow({ ...flow, step: 'applying', progress: progress.current });
    try {
      const id = crypto.randomUUID();
      writeId.current = id;
      const result = await trackWrite(
        { id, subject, href },
        apply(flow.body, (event) => {
          progress.current = applyProgressEvent(progress.current, event);
          setFlow((f) => (f.step === 'applying' ? { ...f, progress: progress.current } : f));
        }),
        (r) => ({ outcome: r.outcome, words: r.message ?? outcomeHeadline(r, words), good: r.outcome === 'applied' || r.outcome === 'no_change' }),
      );
      if (result.outcome === 'applied') onApplied?.(flow.body, result);
      setFlow({ step: 'outcome', body: flow.body, result });
      if (result.outcome !== 'conflict' && result.outcome !== 'no_change') onWritten();
    } catch (err) {
      if (isOutcomeUnknown(err)) {
        // Something may have been written: never show it as the old review again.
        setFlow({ step: 'unknown', body: flow.body, progress: freezeProgress(progress.current), error: err });
        onWritten();
        return;
      }
      setApplyError(err);
      setFlow({ ...flow, step: 'review' });
    }
  };

  return {
    flow,
    setFlow,
    review,
    applyReviewed,
    backToEditing: () => setFlow({ step: 'edit' }),
    planning,
    planError,
    setPlanError,
    applyError,
  };
}
