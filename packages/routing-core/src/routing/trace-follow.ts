// Following one hop: to an extension, a mailbox, a number outside, an external
// contact, Contact Center, or the end of the call. A target that is gone ends
// the trace with a sentence saying so; a forward to one of the account's own
// numbers comes back into the account and is followed.
import { kindNoun, lowerFirst } from '../ivr/describe';
import { E164 } from '../ivr/menu';
import { formatPhoneNumber } from '../format/phone';
import { isRemovedAudioId } from '@switchboard/zoom-schema/phone-ivr';
import type { Hop } from './hops';
import { enterEntryPoint } from './trace-cc';
import { ending, step, type Ending, type TraceContext } from './trace-context';
import { enterExtension } from './trace-extension';
import type { PhoneNumberAssignee } from './snapshot';
import { objectWords, traceKindOfTarget, upperFirst } from './trace-words';

/** `source`: what sent the call, lower case ("key 2", "the closed-hours routing of call queue 'Support AU'"). */
export function followHop(ctx: TraceContext, hop: Hop, source: string): Ending {
  const { index } = ctx;
  switch (hop.kind) {
    case 'extension': {
      const e = hop.extensionId ? index.byExtensionId.get(hop.extensionId) : undefined;
      if (e) return enterExtension(ctx, e);
      const noun = hop.expected ? kindNoun(hop.expected) : 'extension';
      const what = hop.name ? `${noun} '${hop.name}'` : `a ${noun}`;
      return ending('broken', {
        kind: traceKindOfTarget(hop.expected),
        ...(hop.extensionId ? { id: hop.extensionId } : {}),
        name: hop.name ?? `Deleted ${noun}`,
        reason: hop.extensionId
          ? `${upperFirst(source)} forwards to ${what} that no longer exists in Zoom (extension id ${hop.extensionId}): the call cannot be connected.`
          : `${upperFirst(source)} forwards to ${what} but names none: the call cannot be connected.`,
      });
    }
    case 'voicemail':
      return voicemail(ctx, hop.ownerExtensionId, hop.greetingId, source);
    case 'phoneNumber':
      return outsideNumber(ctx, hop.number, source, null);
    case 'externalContact': {
      const contact = hop.id ? index.externalContacts.get(hop.id) : undefined;
      if (!contact) {
        return ending('broken', {
          kind: 'external',
          ...(hop.id ? { id: hop.id } : {}),
          name: hop.name ?? 'Deleted external contact',
          reason: `${upperFirst(source)} forwards to an external contact that no longer exists in Zoom: the call cannot be connected.`,
        });
      }
      return outsideNumber(ctx, contact.phoneNumbers[0] ?? null, source, contact);
    }
    case 'contactCenter': {
      const byNumber = hop.number ? index.numbers.get(hop.number)?.assignee : undefined;
      const entryId = hop.entryPointId ?? (byNumber?.type === 'ccEntryPoint' ? byNumber.entryPointId : null);
      const entry = entryId ? index.entryPoints.get(entryId) : undefined;
      if (entry) return enterEntryPoint(ctx, entry);
      return ending('broken', {
        kind: 'cc_flow',
        ...(entryId ? { id: entryId } : hop.number ? { id: hop.number } : {}),
        name: hop.name ?? 'Unknown Contact Center entry point',
        reason: `${upperFirst(source)} hands the call to a Contact Center entry point ${hop.number ? `(${formatPhoneNumber(hop.number)}) ` : ''}that does not exist in Zoom: the call cannot be connected.`,
      });
    }
    case 'disconnect':
      return ending('disconnected', { kind: 'disconnect', name: 'Disconnected', reason: `${upperFirst(source)}: ${lowerFirst(hop.words)}; the call ends.` });
    case 'outside':
      return ending('external', { kind: 'external', name: hop.words, reason: `${upperFirst(source)}: ${lowerFirst(hop.words)}, outside Zoom Phone.` });
    case 'menu':
    case 'unknown':
      return ending('broken', {
        kind: 'disconnect',
        name: 'Unknown action',
        reason: `${upperFirst(source)} uses an action Switchboard cannot follow${hop.kind === 'unknown' ? ` (Zoom code ${hop.code})` : ''}, so the trace stops here.`,
      });
  }
}

function voicemail(ctx: TraceContext, ownerId: string | null, greetingId: string | null, source: string): Ending {
  const owner = ownerId ? ctx.index.byExtensionId.get(ownerId) : undefined;
  if (!owner || owner.ext.status === 'inactive') {
    const whose = !ownerId
      ? 'no one (no mailbox is chosen)'
      : owner
        ? `${objectWords(owner)}, which is deactivated in Zoom`
        : `an extension that no longer exists in Zoom (extension id ${ownerId})`;
    return ending('broken', {
      kind: 'voicemail',
      name: 'Voicemail of nobody',
      reason: `${upperFirst(source)} sends the caller to the voicemail of ${whose}: nobody will hear the message.`,
    });
  }
  const greeting = isRemovedAudioId(greetingId) ? ' Its voicemail greeting was deleted in Zoom, so the caller hears no greeting chosen for it.' : '';
  return ending('voicemail', {
    kind: 'voicemail',
    id: owner.ext.id,
    name: `Voicemail of ${owner.ext.name}`,
    reason: `The caller can leave a message in the voicemail of ${objectWords(owner)}.${greeting}`,
  });
}

function outsideNumber(ctx: TraceContext, number: string | null, source: string, contact: { id: string; name: string } | null): Ending {
  const who = contact ? `external contact '${contact.name}'` : 'a phone number';
  if (!number || !E164.test(number)) {
    return ending('broken', {
      kind: 'external',
      ...(contact ? { id: contact.id } : number ? { id: number } : {}),
      name: contact?.name ?? number ?? 'No number',
      reason: number
        ? `${upperFirst(source)} forwards to ${who} whose number "${number}" is not in international format (E.164): Zoom cannot dial it.`
        : `${upperFirst(source)} forwards to ${who} with no number: the call cannot be connected.`,
    });
  }
  const own = ctx.index.numbers.get(number);
  const formatted = formatPhoneNumber(number);
  if (own?.assignee) {
    step(ctx, 'number', number, formatted, `${upperFirst(source)} forwards to ${formatted}${contact ? ` (external contact '${contact.name}')` : ''}, a number of this account: the call comes back in.`);
    const next = enterAssignee(ctx, own.assignee);
    if (next) return next;
    return ending('broken', { kind: 'number', id: number, name: formatted, reason: `${formatted} is assigned to something that no longer exists in Zoom: the call cannot be connected.` });
  }
  return ending('external', {
    kind: 'external',
    id: contact?.id ?? number,
    name: contact?.name ?? formatted,
    reason: `The call leaves Zoom: it is forwarded to ${contact ? `external contact '${contact.name}' (${formatted})` : formatted}.`,
  });
}

/** Into the extension or entry point a number of the account is assigned to; null when that is gone. */
export function enterAssignee(ctx: TraceContext, assignee: PhoneNumberAssignee): Ending | null {
  if (assignee.type === 'ccEntryPoint') {
    const entry = ctx.index.entryPoints.get(assignee.entryPointId);
    return entry ? enterEntryPoint(ctx, entry) : null;
  }
  const e = ctx.index.byExtensionId.get(assignee.extensionId);
  return e ? enterExtension(ctx, e) : null;
}
