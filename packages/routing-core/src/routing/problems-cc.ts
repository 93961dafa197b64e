// Contact Center links that are broken: an entry point whose flow is gone, a
// flow whose queue is gone, a queue whose business hours, closure set or
// overflow target is gone.
import { problem, type Problem } from './problem-types';
import type { SnapshotIndex } from './snapshot-index';

export function contactCenterProblems(index: SnapshotIndex): Problem[] {
  const out: Problem[] = [];
  const cc = index.snapshot.contactCenter;
  for (const p of cc.entryPoints) {
    if (p.flowId && !index.flows.has(p.flowId)) {
      out.push(
        problem('target_deleted', { type: 'ccEntryPoint', id: p.id, name: p.name }, `Contact Center entry point '${p.name}' starts a flow that no longer exists in Zoom: its calls cannot be connected.`, {
          objectType: 'ccEntryPoint',
          id: p.id,
          part: 'flow',
        }),
      );
    }
  }
  for (const f of cc.flows) {
    if (f.queueId && !index.ccQueues.has(f.queueId)) {
      out.push(
        problem('target_deleted', { type: 'ccFlow', id: f.id, name: f.name }, `Flow '${f.name}' routes to a Contact Center queue that no longer exists in Zoom: its calls cannot be connected.`, {
          objectType: 'ccFlow',
          id: f.id,
          part: 'flow',
        }),
      );
    }
  }
  for (const q of cc.queues) {
    const object = { type: 'ccQueue' as const, id: q.id, name: q.name };
    const gone = (what: string, part: 'operatingHours' | 'overflow') =>
      out.push(problem('target_deleted', object, `Contact Center queue '${q.name}' ${what} that no longer exist${what.endsWith('hours') ? '' : 's'} in Zoom.`, { objectType: 'ccQueue', id: q.id, part }));
    if (q.businessHoursId && !index.businessHours.has(q.businessHoursId)) gone('uses business hours', 'operatingHours');
    if (q.closureSetId && !index.closureSets.has(q.closureSetId)) gone('uses a closure set', 'operatingHours');
    const o = q.overflow;
    if (o?.kind === 'queue' && !index.ccQueues.has(o.queueId)) gone('overflows to a queue', 'overflow');
    if (o?.kind === 'flow' && !index.flows.has(o.flowId)) gone('overflows to a flow', 'overflow');
  }
  return out;
}
