// A job cut off by a crash, settled from what really happened: the targets it
// finished (persisted after each), the ones whose write was interrupted (their
// history entry, written ahead of every request to Zoom, says what was sent)
// and the ones never started. Zoom calls are counted from the history too.
import type { AuditEntry } from '@switchboard/contract/audit';
import type { Job, JobProgress, JobSummary } from '@switchboard/contract/jobs';
import { jobTargets, resultTarget, targetNoun, type JobResult } from './kinds';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function countOutcomes(results: readonly JobResult[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const r of results) counts[r.outcome] = (counts[r.outcome] ?? 0) + 1;
  return counts;
}

/** The result a target's history entry stands for (the job never recorded it: the process died first). */
function resultOf(job: Job, e: AuditEntry): JobResult {
  const common = {
    name: e.target.name,
    outcome: e.outcome,
    message: e.message ?? '',
    opsApplied: e.ops.filter((o) => o.status === 'applied').length,
    opsTotal: e.ops.length,
    mismatches: e.mismatches,
    auditId: e.id,
  };
  if (job.kind === 'copy-ivr') return { arId: e.target.id, ...common };
  return {
    extensionId: e.target.id,
    type: e.kind === 'hours' || e.kind === 'holiday' ? e.target.type : null,
    holidayId: e.kind === 'holiday' ? e.holiday.id : null,
    ...common,
  };
}

export function settleCutOffJob(job: Job, entries: AuditEntry[]): { results: JobResult[]; progress: JobProgress; summary: JobSummary } {
  const results: JobResult[] = [...job.results];
  const done = new Set(results.map(resultTarget));
  for (const e of entries) {
    if (done.has(e.target.id)) continue;
    done.add(e.target.id);
    results.push(resultOf(job, e));
  }
  const total = jobTargets(job).length;
  const noun = targetNoun(job.kind);
  const interrupted = results.filter((r) => r.outcome === 'interrupted');
  const finished = results.length - interrupted.length;
  const notStarted = total - results.length;
  // The source read, then every target's own calls as its history entry counts them
  // (a request on the way when the process died counts: it may have reached Zoom).
  const zoomCalls = (job.kind === 'copy-ivr' ? 1 : 0) + entries.reduce((n, e) => n + (e.zoomCalls ?? 0), 0);
  const sentOf = (r: JobResult) => {
    const e = entries.find((x) => x.id === r.auditId);
    const ops = e?.ops ?? [];
    return `${r.name ?? resultTarget(r)}: ${ops.filter((o) => o.status === 'applied' || o.status === 'failed').length} of ${plural(ops.length, 'request')} answered by Zoom, ${ops.filter((o) => o.status === 'unknown').length} on the way, ${ops.filter((o) => o.status === 'skipped').length} not sent`;
  };
  const parts = [
    `${finished} of ${total} ${noun.many} finished`,
    ...(interrupted.length ? [`${interrupted.length} interrupted mid-write (${interrupted.map(sentOf).join('; ')})`] : []),
    `${notStarted} not started`,
  ];
  const advice = [
    ...(interrupted.length ? [`review what Zoom holds for the interrupted ${interrupted.length === 1 ? 'one' : 'ones'} before changing ${interrupted.length === 1 ? 'it' : 'them'} again`] : []),
    ...(notStarted ? [job.kind === 'copy-ivr' ? 'start a new copy for the rest' : 'retry the job for the rest'] : []),
  ];
  return {
    results,
    progress: { done: results.length, total, current: [] },
    summary: {
      counts: countOutcomes(results),
      elapsedMs: 0,
      zoomCalls,
      message: `The server stopped while this job ran: ${parts.join(', ')}.${advice.length ? ` ${advice.join('; ').replace(/^./, (c) => c.toUpperCase())}.` : ''}`,
    },
  };
}
