// Each write outcome in words, with its colour — defined once and used by
// every page that shows one (the editor, copy jobs, the history). Only
// `applied` and `no_change` are good news.
import type { BadgeTone } from '@/components/ui/badge';

export const OUTCOME_WORDS = {
  applied: { label: 'Applied and verified', tone: 'success' },
  no_change: { label: 'Already the same', tone: 'neutral' },
  not_persisted: { label: 'Not kept by Zoom', tone: 'danger' },
  unverified: { label: 'Not confirmed: read-back failed', tone: 'warning' },
  partial: { label: 'Partly applied', tone: 'danger' },
  conflict: { label: 'Changed in Zoom meanwhile', tone: 'warning' },
  interrupted: { label: 'Interrupted mid-write', tone: 'danger' },
  error: { label: 'Failed', tone: 'danger' },
} as const satisfies Record<string, { label: string; tone: BadgeTone }>;

export type KnownOutcome = keyof typeof OUTCOME_WORDS;

/** Words and colour of an outcome; unknown ones are shown as sent, neutral. */
export function outcomeWords(outcome: string): { label: string; tone: BadgeTone } {
  return (OUTCOME_WORDS as Record<string, { label: string; tone: BadgeTone }>)[outcome] ?? { label: outcome, tone: 'neutral' };
}

/** Whether an outcome means the change did not (or may not have) land. */
export const didNotLand = (outcome: string) => outcome !== 'applied' && outcome !== 'no_change';
