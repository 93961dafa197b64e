// The one place a copy job's outcomes and statuses become words and colours.
// Only `applied` and `no_change` landed and are good news; everything else is
// a failure or unknown, listed first, and a job with any of them ends red.
import type { BadgeTone } from '@/components/ui/badge';
import { landed, type Job, type JobTargetResult } from '@switchboard/contract/jobs';

type Outcome = JobTargetResult['outcome'];
export interface Words {
  label: string;
  tone: BadgeTone;
}

/** Each verified outcome in words, with its colour. */
export const OUTCOME_WORDS: Record<Outcome, Words> = {
  applied: { label: 'Applied and verified', tone: 'success' },
  no_change: { label: 'Already the same', tone: 'neutral' },
  not_persisted: { label: 'Not kept by Zoom', tone: 'danger' },
  unverified: { label: 'Not confirmed: read-back failed', tone: 'warning' },
  partial: { label: 'Partly applied', tone: 'danger' },
  conflict: { label: 'Changed in Zoom meanwhile', tone: 'warning' },
  error: { label: 'Failed', tone: 'danger' },
  refused: { label: 'Refused: would trap callers', tone: 'danger' },
  interrupted: { label: 'Interrupted mid-write', tone: 'danger' },
};

/** A result's words: a partial write of which nothing landed is a failure, not "partly applied". */
export function resultWords(r: Pick<JobTargetResult, 'outcome' | 'opsApplied'>): Words {
  if (r.outcome === 'partial' && r.opsApplied === 0) return { label: 'Failed: nothing landed', tone: 'danger' };
  return OUTCOME_WORDS[r.outcome];
}

/** What was sent, counted as requests (one request can carry two changes, so this never sits beside a count of changes). */
export function requestWords(r: Pick<JobTargetResult, 'outcome' | 'opsApplied' | 'opsTotal'>): string {
  if (r.outcome === 'refused') return 'Nothing was sent to Zoom.';
  if (r.opsTotal === 0) return r.outcome === 'no_change' ? 'Nothing needed writing.' : 'Nothing was sent to Zoom.';
  const of = `${r.opsApplied} of ${r.opsTotal} request${r.opsTotal === 1 ? '' : 's'}`;
  return `Zoom accepted ${of}.`;
}

export const didNotLand = (r: Pick<JobTargetResult, 'outcome'>): boolean => !landed(r.outcome);

/** Failures first (the worst first: nothing landed), then the unsure, then what landed; otherwise in the order they finished. */
const ORDER: Outcome[] = ['error', 'refused', 'partial', 'not_persisted', 'interrupted', 'unverified', 'conflict', 'applied', 'no_change'];
const rank = (r: JobTargetResult) => (r.outcome === 'partial' && r.opsApplied === 0 ? 0 : ORDER.indexOf(r.outcome));
export function failuresFirst(results: readonly JobTargetResult[]): JobTargetResult[] {
  return results
    .map((r, i) => ({ r, i }))
    .sort((a, b) => rank(a.r) - rank(b.r) || a.i - b.i)
    .map(({ r }) => r);
}

/** The ids a job writes to: auto receptionists of a copy, extensions of an add-holiday job. */
export const jobTargets = (job: Job): string[] => (job.kind === 'copy-ivr' ? job.input.targets : job.input.extensionIds);
const resultTarget = (r: Job['results'][number]): string => ('arId' in r ? r.arId : r.extensionId);

/** Targets of a job that did not land, counting those it never started. */
export function notLanded(job: Job): number {
  const done = new Map<string, Job['results'][number]>(job.results.map((r) => [resultTarget(r), r]));
  return jobTargets(job).filter((id) => {
    const r = done.get(id);
    return !r || didNotLand(r);
  }).length;
}

export const isRunning = (job: Pick<Job, 'status'>): boolean => job.status === 'queued' || job.status === 'running';

/** The job's status in words and colour: green only when every target landed. */
export function jobStatusWords(job: Job): Words {
  const total = jobTargets(job).length;
  switch (job.status) {
    case 'queued':
      return { label: 'Waiting to start', tone: 'info' };
    case 'running':
      return { label: job.kind === 'copy-ivr' ? 'Copying' : 'Adding the holiday', tone: 'info' };
    case 'done':
      return { label: 'Finished', tone: 'success' };
    case 'incomplete':
      return { label: `Finished — ${notLanded(job)} of ${total} did not land`, tone: 'danger' };
    case 'failed':
      return { label: `Stopped by an error — ${notLanded(job)} of ${total} did not land`, tone: 'danger' };
    case 'interrupted':
      return { label: `Stopped when the server shut down — ${notLanded(job)} of ${total} did not land`, tone: 'danger' };
  }
}

/** "key:1" → "Key 1", "prompt" → "Greeting prompt", "noAction" → "When no key is pressed". */
export function fieldLabel(field: string): string {
  if (field.startsWith('key:')) return `Key ${field.slice(4)}`;
  if (field === 'prompt') return 'Greeting prompt';
  if (field === 'noAction') return 'When no key is pressed';
  return field;
}
