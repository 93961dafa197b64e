// The review, the live apply, the outcome and the unknown outcome of a
// Contact Center write: the shared panels, chosen by the flow's step.
// Returns null while the person is still editing.
import type { WriteResult } from '@switchboard/contract/write';
import { ApplyOutcome } from '@/components/write/apply-outcome';
import { ApplyUnknown } from '@/components/write/apply-unknown';
import { ReviewPanel } from '@/components/write/review-panel';
import type { WriteFlow } from '@/hooks/use-write-flow';
import type { WriteWords } from '@/lib/write/write-words';

interface Props<B> {
  w: {
    flow: WriteFlow<B, WriteResult>;
    reloading: boolean;
    applyError: unknown;
    applyReviewed: () => Promise<void>;
    backToEditing: () => void;
    reloadAndReapply: () => Promise<void>;
    reloadToSeeZoom: () => Promise<void>;
  };
  words: WriteWords;
  historyHref?: string;
}

export function WriteSteps<B>({ w, words, historyHref }: Props<B>) {
  const f = w.flow;
  if (f.step === 'outcome') {
    return (
      <ApplyOutcome
        result={f.result}
        words={words}
        reloading={w.reloading}
        onBack={w.backToEditing}
        onReloadAndReapply={() => void w.reloadAndReapply()}
        {...(historyHref ? { historyHref } : {})}
      />
    );
  }
  if (f.step === 'unknown') {
    return <ApplyUnknown progress={f.progress} error={f.error} words={words} reloading={w.reloading} onReload={() => void w.reloadToSeeZoom()} onBack={w.backToEditing} />;
  }
  if (f.step === 'review' || f.step === 'applying') {
    return (
      <ReviewPanel
        plan={f.plan}
        words={words}
        applying={f.step === 'applying'}
        progress={f.step === 'applying' ? f.progress : undefined}
        applyError={w.applyError}
        onApply={() => void w.applyReviewed()}
        onBack={w.backToEditing}
      />
    );
  }
  return null;
}
