// Problems with where calls are sent: targets deleted or deactivated in Zoom,
// voicemail of nobody, numbers Zoom cannot dial, deleted voicemail greetings,
// numbers assigned to what is gone, and Contact Center links that are broken.
import { isRemovedAudioId } from '@switchboard/zoom-schema/phone-ivr';
import { kindNoun } from '../ivr/describe';
import { E164 } from '../ivr/menu';
import { formatPhoneNumber } from '../format/phone';
import type { Route } from './problem-routes';
import { problem, type Problem, type ProblemObject } from './problem-types';
import type { SnapshotIndex } from './snapshot-index';
import { objectWords } from './trace-words';

const lowerFirstWord = (s: string) => (s.startsWith('The ') ? `the ${s.slice(4)}` : s.startsWith('Key ') ? `key ${s.slice(4)}` : s);

/** Problems of one route (none when it leads somewhere that works). */
export function routeProblems(index: SnapshotIndex, r: Route): Problem[] {
  const hop = r.hop;
  const out = (kind: Parameters<typeof problem>[0], message: string) => [problem(kind, r.owner, message, r.hint)];
  switch (hop.kind) {
    case 'extension': {
      const noun = hop.expected ? kindNoun(hop.expected) : 'extension';
      if (!hop.extensionId) return out('target_deleted', `${r.where} forwards to a ${noun} but names none: callers sent there cannot be connected.`);
      const e = index.byExtensionId.get(hop.extensionId);
      if (!e) {
        const named = hop.name ? ` ('${hop.name}')` : '';
        return out('target_deleted', `${r.where} forwards to a ${noun} that no longer exists in Zoom${named}: callers sent there cannot be connected.`);
      }
      if (e.ext.status === 'inactive') return out('target_disabled', `${r.where} forwards to ${objectWords(e)}, which is deactivated in Zoom: callers sent there reach nobody.`);
      return [];
    }
    case 'voicemail': {
      const owner = hop.ownerExtensionId ? index.byExtensionId.get(hop.ownerExtensionId) : undefined;
      const found: Problem[] = [];
      if (!owner || owner.ext.status === 'inactive') {
        const whose = !hop.ownerExtensionId ? 'no one (no mailbox is chosen)' : owner ? `${objectWords(owner)}, which is deactivated in Zoom` : 'an extension that no longer exists in Zoom';
        found.push(...out('voicemail_of_nobody', `${r.where} sends callers to the voicemail of ${whose}: nobody will hear their messages.`));
      }
      if (isRemovedAudioId(hop.greetingId)) {
        found.push(...out('audio_deleted', `The voicemail greeting of ${lowerFirstWord(r.where)} was deleted from Zoom's audio library: choose another greeting.`));
      }
      return found;
    }
    case 'phoneNumber':
      if (!hop.number) return out('target_deleted', `${r.where} forwards to a phone number but names none: callers sent there cannot be connected.`);
      if (!E164.test(hop.number)) {
        return out('external_not_e164', `${r.where} forwards to "${hop.number}", which is not a phone number in international format (E.164, e.g. +61 2 9000 0000): Zoom cannot dial it.`);
      }
      return [];
    case 'externalContact':
      if (hop.id && index.externalContacts.has(hop.id)) return [];
      return out('target_deleted', `${r.where} forwards to an external contact that no longer exists in Zoom: callers sent there cannot be connected.`);
    case 'contactCenter': {
      const byNumber = hop.number ? index.numbers.get(hop.number)?.assignee : undefined;
      const found = hop.entryPointId ? index.entryPoints.has(hop.entryPointId) : byNumber?.type === 'ccEntryPoint' && index.entryPoints.has(byNumber.entryPointId);
      if (found) return [];
      const which = hop.number ? ` (${formatPhoneNumber(hop.number)})` : '';
      return out('target_deleted', `${r.where} hands calls to a Contact Center entry point${which} that does not exist in Zoom: callers sent there cannot be connected.`);
    }
    default:
      return [];
  }
}

/** Numbers assigned to what is gone or deactivated; external contacts Zoom cannot dial. */
export function directoryProblems(index: SnapshotIndex): Problem[] {
  const out: Problem[] = [];
  for (const n of index.snapshot.phoneNumbers) {
    if (!n.assignee) continue;
    const formatted = formatPhoneNumber(n.number);
    const object: ProblemObject = { type: 'phoneNumber', id: n.number, name: formatted };
    const hint = { objectType: 'phoneNumber' as const, id: n.number, part: 'assignment' as const };
    if (n.assignee.type === 'ccEntryPoint') {
      if (!index.entryPoints.has(n.assignee.entryPointId)) {
        out.push(problem('target_deleted', object, `${formatted} is assigned to a Contact Center entry point that no longer exists in Zoom: its calls cannot be connected.`, hint));
      }
      continue;
    }
    const e = index.byExtensionId.get(n.assignee.extensionId);
    if (!e) out.push(problem('target_deleted', object, `${formatted} is assigned to an extension that no longer exists in Zoom: its calls cannot be connected.`, hint));
    else if (e.ext.status === 'inactive') out.push(problem('target_disabled', object, `${formatted} is assigned to ${objectWords(e)}, which is deactivated in Zoom: its calls reach nobody.`, hint));
  }
  for (const c of index.snapshot.externalContacts) {
    const bad = c.phoneNumbers.filter((p) => !E164.test(p));
    if (bad.length === 0) continue;
    out.push(
      problem(
        'external_not_e164',
        { type: 'externalContact', id: c.id, name: c.name },
        `External contact '${c.name}' has ${bad.map((b) => `"${b}"`).join(', ')}, not a phone number in international format (E.164, e.g. +61 2 9000 0000): Zoom cannot dial it.`,
        { objectType: 'externalContact', id: c.id, part: 'contact' },
      ),
    );
  }
  return out;
}
