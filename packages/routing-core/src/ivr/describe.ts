// Words for menu parts: the one place that turns action codes, targets and
// audio ids into what a person reads. Plan descriptions, diffs, verify
// mismatches and the SPA all use these, so the same thing reads the same
// everywhere. Raw action codes never appear (only for a code the catalog does
// not know, where there is nothing else to say).
import {
  NO_ACTION_DISCONNECT_LABEL,
  actionSpec,
  type TargetKind,
} from '@switchboard/zoom-schema/ivr-actions';
import { isRemovedAudioId } from '@switchboard/zoom-schema/phone-ivr';
import { formatPhoneNumber } from '../format/phone';
import { IVR_KEYS } from '@switchboard/zoom-schema/ivr-actions';
import type { KeyAction, Menu, NoAction, Prompt, Target } from './menu';

/** Looks up names the menu itself does not carry (from the directory, the audio library…). */
export interface TargetNamer {
  target?(target: Target, kind: TargetKind | null): { name?: string; extensionNumber?: string } | undefined;
  audio?(id: string): string | undefined;
}

const KIND_NOUN: Record<TargetKind, string> = {
  user: 'user',
  zoomRoom: 'Zoom Room',
  commonArea: 'common area',
  ciscoRoom: 'Cisco/Polycom room',
  autoReceptionist: 'auto receptionist',
  callQueue: 'call queue',
  sharedLineGroup: 'shared line group',
  externalContact: 'external contact',
  contactCenter: 'contact center',
  meetingService: 'meeting service',
  phoneNumber: 'phone number',
};

export const kindNoun = (kind: TargetKind): string => KIND_NOUN[kind];

export const lowerFirst = (s: string): string => (s ? s[0]!.toLowerCase() + s.slice(1) : s);

function targetNames(target: Target, kind: TargetKind | null, namer?: TargetNamer) {
  const looked = target.name && target.extensionNumber ? undefined : namer?.target?.(target, kind);
  return {
    name: target.name || looked?.name || undefined,
    extensionNumber: target.extensionNumber || looked?.extensionNumber || undefined,
  };
}

/** "Maria Lopez (ext 1012)", "ext 1012", "+14155550123", or the id when nothing else is known. */
export function describeTarget(target: Target | null, kind: TargetKind | null, namer?: TargetNamer): string {
  if (kind === 'phoneNumber') return target?.phoneNumber ? formatPhoneNumber(target.phoneNumber) : '(no number entered)';
  if (!target?.extensionId && !target?.name && !target?.extensionNumber) return '(none chosen)';
  const { name, extensionNumber } = targetNames(target, kind, namer);
  if (name && extensionNumber) return `${name} (ext ${extensionNumber})`;
  if (name) return name;
  if (extensionNumber) return `ext ${extensionNumber}`;
  return `extension id ${target.extensionId}`;
}

function unknownAction(code: number): string {
  return `An action Switchboard does not recognise (Zoom code ${code})`;
}

/** "Forward to call queue Support Line (ext 2001)", "Forward to Maria Lopez (ext 1012)". */
function describeForward(label: string, kind: TargetKind | null, target: Target | null, namer?: TargetNamer): string {
  const who = describeTarget(target, kind, namer);
  // A person's name says who it is; other kinds keep their noun ("call queue Support").
  if (kind === 'user' && targetNames(target ?? {}, kind, namer).name) return `Forward to ${who}`;
  return `${label} ${who}`;
}

export function describeAudio(id: string, namer?: TargetNamer, knownName?: string): string {
  const name = knownName || namer?.audio?.(id);
  if (isRemovedAudioId(id)) return `a deleted audio file${name ? ` ("${name}")` : ''}`;
  // Never a raw id in a sentence: Zoom's ids mean nothing to people (the exact request still shows it).
  return name ? `"${name}"` : 'an audio file not in the audio library';
}

export function describeKeyAction(ka: KeyAction, namer?: TargetNamer): string {
  const spec = actionSpec(ka.action);
  if (!spec) return unknownAction(ka.action);
  let words: string;
  if (spec.group === 'forward') words = describeForward(spec.label, spec.targetKind, ka.target, namer);
  else if (spec.group === 'voicemail' && spec.targetKind)
    words = `${spec.label} ${describeTarget(ka.target, spec.targetKind, namer)}`;
  else words = spec.label;
  if (spec.voicemailGreeting !== 'none' && ka.voicemailGreetingId) {
    words += `, greeting ${describeAudio(ka.voicemailGreetingId, namer)}`;
  }
  return words;
}

const timesWord = (n: number): string => (n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`);

/** "Repeat the greeting twice, then forward to call queue Support Line (ext 2001)". */
export function describeNoAction(na: NoAction, namer?: TargetNamer): string {
  const spec = actionSpec(na.action);
  let then: string;
  if (!spec || !spec.noAction) then = lowerFirst(unknownAction(na.action));
  else if (spec.code === -1) then = lowerFirst(NO_ACTION_DISCONNECT_LABEL);
  else then = lowerFirst(describeForward(spec.label, spec.targetKind, na.target, namer));
  return `Repeat the greeting ${timesWord(na.repeat)}, then ${then}`;
}

/** "Greeting prompt "Welcome.mp3"", "No greeting prompt": reads on its own. */
export function describePrompt(p: Prompt, namer?: TargetNamer): string {
  if (!p.id) return 'No greeting prompt';
  return `Greeting prompt ${describeAudio(p.id, namer, p.name)}`;
}

/** The prompt as a value next to the "Greeting prompt" label: ""Welcome.mp3"", "No greeting prompt". */
export function describePromptValue(p: Prompt, namer?: TargetNamer): string {
  if (!p.id) return 'No greeting prompt';
  const words = describeAudio(p.id, namer, p.name);
  return words[0]!.toUpperCase() + words.slice(1);
}

/** "Key 1", "Greeting prompt", "When the caller presses nothing". */
export function describeField(field: string): string {
  if (field === 'key:default') return 'Any other key';
  if (field.startsWith('key:')) return `Key ${field.slice(4)}`;
  if (field === 'greeting') return 'Greeting';
  if (field === 'prompt') return 'Greeting prompt';
  if (field === 'noAction') return 'When the caller presses nothing';
  return field;
}

/**
 * A namer that finds names already present in menus (e.g. Zoom's read-back
 * carries display names, a desired menu from a script may not), falling back
 * to `namer` first.
 */
export function namerFromMenus(menus: Menu[], namer?: TargetNamer): TargetNamer {
  const byExt = new Map<string, { name?: string; extensionNumber?: string }>();
  const audio = new Map<string, string>();
  const note = (t: Target | null) => {
    if (!t?.extensionId || (!t.name && !t.extensionNumber)) return;
    const seen = byExt.get(t.extensionId) ?? {};
    byExt.set(t.extensionId, {
      name: seen.name || t.name || undefined,
      extensionNumber: seen.extensionNumber || t.extensionNumber || undefined,
    });
  };
  for (const m of menus) {
    if (m.prompt.id && m.prompt.name) audio.set(m.prompt.id, m.prompt.name);
    note(m.noAction.target);
    for (const k of IVR_KEYS) note(m.keys[k].target);
  }
  return {
    target(t, kind) {
      const given = namer?.target?.(t, kind);
      const seen = t.extensionId ? byExt.get(t.extensionId) : undefined;
      if (!given && !seen) return undefined;
      return {
        name: given?.name || seen?.name,
        extensionNumber: given?.extensionNumber || seen?.extensionNumber,
      };
    },
    audio: (id) => namer?.audio?.(id) ?? audio.get(id),
  };
}
