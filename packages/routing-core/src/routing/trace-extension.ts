// Arriving at an extension: a deactivated one takes no call; a call queue,
// user or shared line group is first judged by its own hours (closed or on a
// holiday, its routing for that applies), then rings; a queue with no members
// has nobody to ring and goes on to its overflow; common areas and rooms ring.
import { lowerFirst } from '../ivr/describe';
import type { CallRouting } from '../schedule/call-routing';
import { hopFromRouting } from './hops';
import type { AnyExtension } from './snapshot-index';
import type { PhoneHours } from './snapshot-phone';
import { enterAutoReceptionist } from './trace-ar';
import { enter, ending, routingOrDefault, step, type Ending, type TraceContext } from './trace-context';
import { followHop } from './trace-follow';
import { alwaysOpen, hoursWords, phoneStateAt, untilWords, whenWords } from './trace-time';
import {
  countWords,
  durationWords,
  objectWords,
  ringWords,
  routingWords,
  traceKindOf,
  upperFirst,
} from './trace-words';

export function enterExtension(ctx: TraceContext, e: AnyExtension): Ending {
  const words = objectWords(e);
  const self = { kind: traceKindOf(e.kind), id: e.ext.id, name: e.ext.name };
  const loop = enter(ctx, `ext:${e.ext.extensionId}`, self, words);
  if (loop) return loop;
  if (e.ext.status === 'inactive') {
    return ending('broken', { ...self, reason: `${upperFirst(words)} is deactivated in Zoom: it takes no calls.` });
  }
  switch (e.kind) {
    case 'autoReceptionist':
      return enterAutoReceptionist(ctx, e.ext);
    case 'callQueue': {
      const q = e.ext;
      const closed = applyHours(ctx, e, q.hours);
      if (closed) return closed;
      const { routing, isDefault } = routingOrDefault(q.overflow, false);
      const after = `${lowerFirst(routingWords(routing, 'closed', ctx.index.namer))}${isDefault ? ' (not set in Zoom: its default)' : ''}`;
      if (q.members.length === 0) {
        step(ctx, 'call_queue', q.id, q.name, `${upperFirst(words)} has no members, so nobody can answer; when the wait ends, its overflow applies: ${after}.`);
        return followHop(ctx, hopFromRouting(routing, q.extensionId), `the overflow of ${words}`);
      }
      const wait = q.distribution.maxWaitSeconds ? ` within ${durationWords(q.distribution.maxWaitSeconds)}` : '';
      return ending('rings', {
        ...self,
        reason: `${upperFirst(objectWords(e, `${countWords(q.members.length, 'member')}, ${ringWords(q.distribution.ringMode)}`))} takes the call; if nobody answers${wait}: ${after}.`,
      });
    }
    case 'user':
    case 'sharedLineGroup': {
      const closed = applyHours(ctx, e, e.ext.hours);
      if (closed) return closed;
      const members = e.kind === 'sharedLineGroup' ? `${countWords(e.ext.members.length, 'member')}, rings all at once` : undefined;
      return ending('rings', { ...self, reason: `${upperFirst(objectWords(e, members))} rings.` });
    }
    case 'commonArea':
    case 'zoomRoom':
    case 'ciscoRoom':
      return ending('rings', { ...self, reason: `The phone of ${words} rings.` });
    case 'meetingService':
      return ending('external', { ...self, reason: `The call joins ${words}.` });
  }
}

/**
 * Judge an extension by its own hours: null when it is open (a schedule step
 * when its hours can close at all), otherwise the rest of the trace from its
 * closed-hours or holiday routing.
 */
function applyHours(ctx: TraceContext, e: AnyExtension, hours: PhoneHours | null): Ending | null {
  if (!hours) return null;
  const zone = hours.schedule.timezone;
  const when = whenWords(ctx.instant, zone);
  const words = objectWords(e);
  const st = phoneStateAt(hours, ctx.instant);
  if (st.state === 'open') {
    if (!alwaysOpen(hours.schedule)) {
      step(ctx, 'schedule', e.ext.id, `Business hours of ${e.ext.name}`, `${when} is within the business hours of ${words} (${hoursWords(st.status)}).`);
    }
    return null;
  }
  step(ctx, traceKindOf(e.kind), e.ext.id, e.ext.name, `${upperFirst(words)} receives the call.`);
  const until = untilWords(st.status.until, zone);
  const follow = (r: CallRouting | null, period: 'closed' | 'holiday', what: string) => {
    const { routing, isDefault } = routingOrDefault(r, false);
    const then = `${lowerFirst(routingWords(routing, period, ctx.index.namer))}${isDefault ? ' (not set in Zoom: its default)' : ''}`;
    return { then, go: () => followHop(ctx, hopFromRouting(routing, e.ext.extensionId), `the ${what} routing of ${words}`) };
  };
  if (st.state === 'holiday') {
    const { then, go } = follow(st.holiday.routing, 'holiday', 'holiday');
    step(ctx, 'holiday', st.holiday.id, st.holiday.name, `${when} is inside the holiday '${st.holiday.name}' of ${words} (closed ${until}): its holiday routing applies: ${then}.`);
    return go();
  }
  const { then, go } = follow(hours.closedRouting, 'closed', 'closed-hours');
  step(ctx, 'schedule', e.ext.id, `Business hours of ${e.ext.name}`, `${when} is outside the business hours of ${words} (${hoursWords(st.status)}, closed ${until}): its closed-hours routing applies: ${then}.`);
  return go();
}
