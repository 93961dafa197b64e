// A short outcome for a write sent without a review (a create, a duplicate, a
// delete): the headline in words and Zoom's sentence, coloured by outcome.
import type { WriteResult } from '@switchboard/contract/write';
import { outcomeHeadline } from '@/lib/write/outcome-headline';
import type { WriteWords } from '@/lib/write/write-words';
import { Banner } from '../ui/banner';

const TONE = { applied: 'info', no_change: 'info', not_persisted: 'danger', unverified: 'warning', partial: 'danger', conflict: 'warning' } as const;

export function OutcomeNote({ result, words }: { result: WriteResult; words: WriteWords }) {
  return (
    <div data-outcome={result.outcome}>
      <Banner tone={TONE[result.outcome]} live>
        <strong>{outcomeHeadline(result, words)}.</strong> {result.message}
      </Banner>
    </div>
  );
}
