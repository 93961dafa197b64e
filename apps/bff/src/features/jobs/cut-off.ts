// A job cut off by a crash, settled from what really happened: the targets it
// finished (persisted after each), the ones whose write was interrupted (their
// history entry, written ahead of every request to Zoom, says what was sent)
// and the ones never started. Zoom calls are counted from the history too.
import type { AuditEntry } from '@switchboard/contract/audit';
import type { Job, JobProgress, JobSummary, JobTargetResult } from '@switchboard/contract/jobs';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function countOutcomes(results: JobTargetResult[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const r of results) counts[r.outcome] = (counts[r.outcome] ?? 0) + 1;
  return counts;
}

export function settleCutOffJob(job: Job, entries: AuditEntry[]): { results: JobTargetResult[]; progress: JobProgress; summary: JobSummary } {
  const results = [...job.results];
  const done = new Set(results.map((r) => r.arId));
  for (const e of entries) {
    if (done.has(e.target.id)) continue;
    done.add(e.target.id);
    results.push({
      arId: e.target.id,
      name: e.target.name,
      outcome: e.outcome,
      message: e.message ?? '',
      opsApplied: e.ops.filter((o) => o.status === 'applied').length,
      opsTotal: e.ops.length,
      mismatches: e.mismatches,
      auditId: e.id,
    });
  }
  const total = job.input.targets.length;
  const interrupted = results.filter((r) => r.outcome === 'interrupted');
  const finished = results.length - interrupted.length;
  const notStarted = total - results.length;
  // The source read, then every target's own calls as its history entry counts them
  // (a request on the way when the process died counts: it may have reached Zoom).
  const zoomCalls = 1 + entries.reduce((n, e) => n + (e.zoomCalls ?? 0), 0);
  const sentOf = (r: JobTargetResult) => {
    const e = entries.find((x) => x.id === r.auditId);
    const ops = e?.ops ?? [];
    return `${r.name ?? r.arId}: ${ops.filter((o) => o.status === 'applied' || o.status === 'failed').length} of ${plural(ops.length, 'request')} answered by Zoom, ${ops.filter((o) => o.status === 'unknown').length} on the way, ${ops.filter((o) => o.status === 'skipped').length} not sent`;
  };
  const parts = [
    `${finished} of ${total} auto receptionists finished`,
    ...(interrupted.length ? [`${interrupted.length} interrupted mid-write (${interrupted.map(sentOf).join('; ')})`] : []),
    `${notStarted} not started`,
  ];
  const advice = [
    ...(interrupted.length ? [`review what Zoom holds for the interrupted ${interrupted.length === 1 ? 'one' : 'ones'} before changing ${interrupted.length === 1 ? 'it' : 'them'} again`] : []),
    ...(notStarted ? ['start a new copy for the rest'] : []),
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
