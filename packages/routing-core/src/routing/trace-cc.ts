// Into Contact Center: the entry point starts its flow, the flow routes to its
// queue, and the queue is closed by a closure of its closure set (closures win,
// as holidays do) or by its business hours; a closed queue sends the call to
// its overflow — another queue, another flow, a voicemail inbox, or a goodbye.
import { statusAt } from '../schedule/status';
import type { CcEntryPoint, CcFlow, CcQueue } from './snapshot-cc';
import { enter, ending, step, type Ending, type TraceContext } from './trace-context';
import { alwaysOpen, closureAt, hoursWords, untilWords, whenWords } from './trace-time';
import { countWords, upperFirst } from './trace-words';

export function enterEntryPoint(ctx: TraceContext, entry: CcEntryPoint): Ending {
  const flow = entry.flowId ? ctx.index.flows.get(entry.flowId) : undefined;
  if (!flow) {
    return ending('broken', {
      kind: 'cc_flow',
      ...(entry.flowId ? { id: entry.flowId } : {}),
      name: 'Missing flow',
      reason: entry.flowId
        ? `Contact Center entry point '${entry.name}' starts a flow that no longer exists in Zoom: the call cannot be connected.`
        : `Contact Center entry point '${entry.name}' starts no flow: the call cannot be connected.`,
    });
  }
  return enterFlow(ctx, flow, `Contact Center entry point '${entry.name}' starts flow '${flow.name}'.`);
}

function enterFlow(ctx: TraceContext, flow: CcFlow, reason: string): Ending {
  const loop = enter(ctx, `flow:${flow.id}`, { kind: 'cc_flow', id: flow.id, name: flow.name }, `flow '${flow.name}'`);
  if (loop) return loop;
  if (!flow.queueId) {
    return ending('broken', {
      kind: 'cc_flow',
      id: flow.id,
      name: flow.name,
      reason: `${reason.slice(0, -1)}, which routes voice calls to no queue: Switchboard cannot say who answers.`,
    });
  }
  step(ctx, 'cc_flow', flow.id, flow.name, reason);
  return enterQueue(ctx, flow.queueId, `flow '${flow.name}'`);
}

function enterQueue(ctx: TraceContext, queueId: string, source: string): Ending {
  const q = ctx.index.ccQueues.get(queueId);
  if (!q) {
    return ending('broken', {
      kind: 'cc_queue',
      id: queueId,
      name: 'Deleted queue',
      reason: `${upperFirst(source)} routes to a Contact Center queue that no longer exists in Zoom: the call cannot be connected.`,
    });
  }
  const words = `Contact Center queue '${q.name}'`;
  const loop = enter(ctx, `ccq:${q.id}`, { kind: 'cc_queue', id: q.id, name: q.name }, words);
  if (loop) return loop;
  const closureSet = q.closureSetId ? ctx.index.closureSets.get(q.closureSetId) : undefined;
  const hours = q.businessHoursId ? ctx.index.businessHours.get(q.businessHoursId) : undefined;
  const missing = (q.closureSetId && !closureSet ? 'closure set' : null) ?? (q.businessHoursId && !hours ? 'business hours' : null);
  if (missing) {
    return ending('broken', {
      kind: 'cc_queue',
      id: q.id,
      name: q.name,
      reason: `${words} uses ${missing} that no longer exist in Zoom, so Switchboard cannot tell whether it is open.`,
    });
  }
  const closed = closureSet ? closureAt(closureSet.closures, ctx.instant) : null;
  if (closed) {
    const zone = closed.closure.timezone;
    step(ctx, 'cc_queue', q.id, q.name, `${words} receives the call.`);
    step(
      ctx,
      'holiday',
      closed.closure.id ?? `${closureSet!.id}:${closed.closure.name}`,
      closed.closure.name,
      `${whenWords(ctx.instant, zone)} is inside the closure '${closed.closure.name}' of closure set '${closureSet!.name}' (closed ${untilWords(closed.until, zone)}): the queue's overflow applies.`,
    );
    return overflow(ctx, q, words);
  }
  if (hours) {
    const zone = hours.schedule.timezone;
    const status = statusAt(hours.schedule, [], ctx.instant);
    const when = whenWords(ctx.instant, zone);
    if (status.state !== 'open') {
      step(ctx, 'cc_queue', q.id, q.name, `${words} receives the call.`);
      step(ctx, 'schedule', hours.id, hours.name, `${when} is outside business hours '${hours.name}' (${hoursWords(status)}, closed ${untilWords(status.until, zone)}): the queue's overflow applies.`);
      return overflow(ctx, q, words);
    }
    if (!alwaysOpen(hours.schedule)) {
      step(ctx, 'schedule', hours.id, hours.name, `${when} is within business hours '${hours.name}' (${hoursWords(status)}).`);
    }
  }
  const agents = q.agentCount === null ? '' : ` (${countWords(q.agentCount, 'agent')})`;
  return ending(q.agentCount === 0 ? 'broken' : 'rings', {
    kind: 'cc_queue',
    id: q.id,
    name: q.name,
    reason: q.agentCount === 0 ? `${words} takes the call but has no agents to answer it.` : `${words}${agents} takes the call.`,
  });
}

function overflow(ctx: TraceContext, q: CcQueue, words: string): Ending {
  const o = q.overflow;
  if (!o) {
    return ending('disconnected', { kind: 'disconnect', name: 'Disconnected', reason: `${words} is closed and has no overflow set: the call ends.` });
  }
  switch (o.kind) {
    case 'queue':
      return enterQueue(ctx, o.queueId, `the overflow of ${words}`);
    case 'flow': {
      const flow = ctx.index.flows.get(o.flowId);
      if (flow) return enterFlow(ctx, flow, `The overflow of ${words} sends the call to flow '${flow.name}'.`);
      return ending('broken', {
        kind: 'cc_flow',
        id: o.flowId,
        name: 'Deleted flow',
        reason: `The overflow of ${words} sends the call to a flow that no longer exists in Zoom: the call cannot be connected.`,
      });
    }
    case 'inbox':
      return ending('voicemail', { kind: 'voicemail', id: o.inboxId, name: `Voicemail inbox '${o.name}'`, reason: `The caller can leave a message in Contact Center voicemail inbox '${o.name}'.` });
    case 'goodbye':
      return ending('disconnected', { kind: 'disconnect', name: 'Goodbye message', reason: `${words} is closed: a goodbye message plays, then the call ends.` });
  }
}
