import type { BadgeTone } from '@/components/ui/badge';
import type { JobTargetResult } from '@switchboard/contract/jobs';

type Outcome = JobTargetResult['outcome'];

/** Each verified outcome in words, with its colour: only `applied` and `no_change` are good news. */
export const OUTCOME_WORDS: Record<Outcome, { label: string; tone: BadgeTone }> = {
  applied: { label: 'Applied and verified', tone: 'success' },
  no_change: { label: 'Already the same', tone: 'neutral' },
  not_persisted: { label: 'Not kept by Zoom', tone: 'danger' },
  unverified: { label: 'Not confirmed: read-back failed', tone: 'warning' },
  partial: { label: 'Partly applied', tone: 'warning' },
  conflict: { label: 'Changed in Zoom meanwhile', tone: 'warning' },
  error: { label: 'Failed', tone: 'danger' },
  interrupted: { label: 'Interrupted mid-write', tone: 'danger' },
};

export const JOB_STATUS_WORDS: Record<string, string> = {
  queued: 'Waiting to start',
  running: 'Copying',
  done: 'Finished',
  failed: 'Stopped by an error',
  interrupted: 'Stopped when the server shut down',
};

/** "key:1" → "Key 1", "prompt" → "Greeting prompt", "noAction" → "When no key is pressed". */
export function fieldLabel(field: string): string {
  if (field.startsWith('key:')) return `Key ${field.slice(4)}`;
  if (field === 'prompt') return 'Greeting prompt';
  if (field === 'noAction') return 'When no key is pressed';
  return field;
}
