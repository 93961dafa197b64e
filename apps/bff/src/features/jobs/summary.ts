// How a finished job reads: its status and its one-sentence summary.
// Only `applied` and `no_change` landed; a job with any other outcome ends
// `incomplete`, never `done`, and its summary leads with what did not land.
import { landed, type JobStatus, type JobTargetResult } from '@switchboard/contract/jobs';
import type { JobResult } from './kinds';

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

export interface Noun {
  one: string;
  many: string;
  /** How a refused target reads ("refused because the copy would trap callers"). */
  refused?: string;
}
const COPY_NOUN: Noun = { one: 'auto receptionist', many: 'auto receptionists' };

/** A partial write of which nothing landed is a failure, not "partly applied". */
const words = (r: JobResult, noun: Noun) =>
  r.outcome === 'partial' && r.opsApplied === 0 ? 'failed with nothing landed' : r.outcome === 'refused' && noun.refused ? noun.refused : OUTCOME_WORDS[r.outcome];

function counted(results: readonly JobResult[], noun: Noun): string {
  const counts = new Map<string, number>();
  for (const r of results) counts.set(words(r, noun), (counts.get(words(r, noun)) ?? 0) + 1);
  return [...counts].map(([w, n]) => `${n} ${w}`).join(', ');
}

export function finalStatus(results: readonly JobResult[], interrupted: boolean): JobStatus {
  if (interrupted) return 'interrupted';
  return results.every((r) => landed(r.outcome)) ? 'done' : 'incomplete';
}

export function summaryMessage(total: number, results: readonly JobResult[], interrupted: boolean, noun: Noun = COPY_NOUN): string {
  const ars = (n: number) => `${n} ${n === 1 ? noun.one : noun.many}`;
  if (interrupted) {
    return `Stopped when the server shut down after ${results.length} of ${total} ${noun.many}${results.length ? ` (${counted(results, noun)})` : ''}.`;
  }
  const bad = results.filter((r) => !landed(r.outcome));
  if (bad.length === 0) return `Done: ${ars(total)}${results.length ? ` (${counted(results, noun)})` : ''}.`;
  const good = results.filter((r) => landed(r.outcome));
  return `Finished — ${bad.length} of ${ars(total)} did not land (${counted(bad, noun)})${good.length ? `; ${counted(good, noun)}` : ''}.`;
}
