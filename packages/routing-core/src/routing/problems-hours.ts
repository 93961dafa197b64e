// Problems of hours and queues: an extension that closes on some days with no
// closed-hours routing ever set (Zoom's default then decides), and a call
// queue with no members to ring.
import { allExtensions, type AnyExtension, type SnapshotIndex } from './snapshot-index';
import type { PhoneHours } from './snapshot-phone';
import { hintOf, objectOf } from './problem-routes';
import { problem, type Problem } from './problem-types';
import { alwaysOpen } from './trace-time';
import { objectWords, upperFirst } from './trace-words';

const hoursOf = (e: AnyExtension): PhoneHours | null =>
  e.kind === 'autoReceptionist' || e.kind === 'callQueue' || e.kind === 'user' || e.kind === 'sharedLineGroup' ? e.ext.hours : null;

export function hoursProblems(index: SnapshotIndex): Problem[] {
  const out: Problem[] = [];
  for (const e of allExtensions(index.snapshot)) {
    const hours = hoursOf(e);
    const words = objectWords(e);
    if (hours && !alwaysOpen(hours.schedule) && hours.closedRouting === null) {
      const fallback = e.kind === 'autoReceptionist' ? 'it plays its closed-hours menu' : 'calls go to its voicemail';
      out.push(
        problem('closed_routing_not_set', objectOf(e), `${upperFirst(words)} closes outside its business hours, but where its calls go then was never set in Zoom (Zoom's default: ${fallback}).`, hintOf(e, 'closedRouting')),
      );
    }
    if (e.kind === 'callQueue' && e.ext.members.length === 0) {
      out.push(problem('queue_without_members', objectOf(e), `${upperFirst(words)} has no members: its calls ring nobody and wait for the overflow.`, hintOf(e, 'members')));
    }
  }
  return out;
}
