// How a finished copy job reads: its status and its one-sentence summary.
// Only `applied` and `no_change` landed; a job with any other outcome ends
// `incomplete`, never `done`, and its summary leads with what did not land.
import { landed, type JobStatus, type JobTargetResult } from '@switchboard/contract/jobs';

const OUTCOME_WORDS: Record<JobTargetResult['outcome'], string> = {
  applied: 'applied and verified',
  no_change: 'already the same',
  not_persisted: 'not kept by Zoom',
  unverified: 'not confirmed (read-back failed)',
  partial: 'partly applied',
  conflict: 'changed meanwhile',
  error: 'failed',
  refused: 'refused because the copy would trap callers',
  interrupted: 'interrupted mid-write',
};

/** A partial write of which nothing landed is a failure, not "partly applied". */
const words = (r: JobTargetResult) => (r.outcome === 'partial' && r.opsApplied === 0 ? 'failed with nothing landed' : OUTCOME_WORDS[r.outcome]);

function counted(results: readonly JobTargetResult[]): string {
  const counts = new Map<string, number>();
  for (const r of results) counts.set(words(r), (counts.get(words(r)) ?? 0) + 1);
  return [...counts].map(([w, n]) => `${n} ${w}`).join(', ');
}

const ars = (n: number) => `${n} auto receptionist${n === 1 ? '' : 's'}`;

export function finalStatus(results: readonly JobTargetResult[], interrupted: boolean): JobStatus {
  if (interrupted) return 'interrupted';
  return results.every((r) => landed(r.outcome)) ? 'done' : 'incomplete';
}

export function summaryMessage(total: number, results: readonly JobTargetResult[], interrupted: boolean): string {
  if (interrupted) {
    return `Stopped when the server shut down after ${results.length} of ${total} auto receptionists${results.length ? ` (${counted(results)})` : ''}.`;
  }
  const bad = results.filter((r) => !landed(r.outcome));
  if (bad.length === 0) return `Done: ${ars(total)}${results.length ? ` (${counted(results)})` : ''}.`;
  const good = results.filter((r) => landed(r.outcome));
  return `Finished — ${bad.length} of ${ars(total)} did not land (${counted(bad)})${good.length ? `; ${counted(good)}` : ''}.`;
}
