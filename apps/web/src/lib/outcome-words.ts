// Each write outcome in words, with its colour — defined once and used by
// every page that shows one (the editors of menus, hours and holidays, jobs,
// the history). Only `applied` and `no_change` are good news.
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
  /** A job's target Switchboard would not write (nothing was sent): why depends on the job. */
  refused: { label: 'Refused: nothing written', tone: 'danger' },
} as const satisfies Record<string, { label: string; tone: BadgeTone }>;

export type KnownOutcome = keyof typeof OUTCOME_WORDS;

/** Words and colour of an outcome; unknown ones are shown as sent, neutral. */
export function outcomeWords(outcome: string): { label: string; tone: BadgeTone } {
  return (OUTCOME_WORDS as Record<string, { label: string; tone: BadgeTone }>)[outcome] ?? { label: outcome, tone: 'neutral' };
}

/** Whether an outcome means the change did not (or may not have) land. */
export const didNotLand = (outcome: string) => outcome !== 'applied' && outcome !== 'no_change';

/** Why a job refused a target, by the kind of job: a copy that would trap callers, a holiday that clashes or is over there. */
export const REFUSED_WORDS = {
  'copy-ivr': { label: 'Refused: would trap callers', tone: 'danger' },
  'add-holiday': { label: 'Refused: nothing written', tone: 'danger' },
} as const satisfies Record<string, { label: string; tone: BadgeTone }>;
