// Targets and audio of a menu about to be written, checked against what the
// account holds before anything reaches Zoom ("Key 1: there is no user with
// extension id …", "Greeting prompt: there is no audio prompt …"), and a namer
// over Zoom's own names so plan sentences read "Forward to Maria Lopez (ext
// 1012)" — never a name the browser sent.
import { DIRECTORY_TYPE_FOR_TARGET } from '@switchboard/contract/directory';
import type { DirectoryItem, DirectoryType } from '@switchboard/contract/directory';
import { IVR_KEYS, actionSpec, type IvrKey, type TargetKind } from '@switchboard/zoom-schema/ivr-actions';
import { describeField, kindNoun, type TargetNamer } from '@switchboard/routing-core/ivr/describe';
import type { Menu, Target } from '@switchboard/routing-core/ivr/menu';
import type { DirectoryService } from '../directory/service';

const DIRECTORY_TYPE = DIRECTORY_TYPE_FOR_TARGET;

export type WrittenField = 'prompt' | 'noAction' | `key:${IvrKey}`;

interface ExtensionUse {
  field: WrittenField;
  kind: TargetKind;
  target: Target | null;
}

function extensionUses(menu: Menu, fields: readonly string[]): ExtensionUse[] {
  const out: ExtensionUse[] = [];
  const want = new Set(fields);
  const na = actionSpec(menu.noAction.action);
  if (want.has('noAction') && na?.target === 'extension' && na.targetKind) {
    out.push({ field: 'noAction', kind: na.targetKind, target: menu.noAction.target });
  }
  for (const key of IVR_KEYS) {
    if (!want.has(`key:${key}`)) continue;
    const spec = actionSpec(menu.keys[key].action);
    if (spec?.target === 'extension' && spec.targetKind) {
      out.push({ field: `key:${key}`, kind: spec.targetKind, target: menu.keys[key].target });
    }
  }
  return out;
}

export interface TargetCheck {
  namer: TargetNamer;
  /** Sentences, one per target that is not in the directory; empty when all are. */
  issues: { field: string; message: string }[];
}

/**
 * Load the directory lists the written fields need (cached by the directory
 * service), check every extension target of those fields exists there with
 * the right kind, and return a namer over what was loaded.
 */
/** Audio ids a write would send: the prompt, and voicemail greetings of written keys. */
function audioUses(menu: Menu, fields: readonly string[]): { field: WrittenField; id: string; what: string }[] {
  const want = new Set(fields);
  const out: { field: WrittenField; id: string; what: string }[] = [];
  if (want.has('prompt') && menu.prompt.id) out.push({ field: 'prompt', id: menu.prompt.id, what: 'audio prompt' });
  for (const key of IVR_KEYS) {
    const id = menu.keys[key].voicemailGreetingId;
    if (want.has(`key:${key}`) && id && actionSpec(menu.keys[key].action)?.voicemailGreeting !== 'none') {
      out.push({ field: `key:${key}`, id, what: 'voicemail greeting' });
    }
  }
  return out;
}

export async function checkTargets(
  directory: DirectoryService,
  menu: Menu,
  fields: readonly string[],
  extraTypes: DirectoryType[] = [],
): Promise<TargetCheck> {
  const uses = extensionUses(menu, fields);
  const audios = audioUses(menu, fields);
  const types = new Set<DirectoryType>(extraTypes);
  if (audios.length > 0) types.add('audioPrompt');
  for (const u of uses) {
    const t = DIRECTORY_TYPE[u.kind];
    if (t) types.add(t);
  }
  const lists = new Map<DirectoryType, DirectoryItem[]>();
  await Promise.all([...types].map(async (t) => lists.set(t, await directory.list({ type: t }))));

  const byExtension = new Map<string, DirectoryItem>();
  for (const items of lists.values()) for (const i of items) if (i.extensionId) byExtension.set(`${i.type}:${i.extensionId}`, i);

  const issues: { field: string; message: string }[] = [];
  for (const u of uses) {
    const type = DIRECTORY_TYPE[u.kind];
    const id = u.target?.extensionId;
    if (!type || !id) continue; // a missing target is the menu schema's sentence, not ours
    if (!byExtension.has(`${type}:${id}`)) {
      issues.push({
        field: u.field,
        message: `${describeField(u.field)}: there is no ${kindNoun(u.kind)} with extension id "${id}" in the directory. Choose one from the list.`,
      });
    }
  }

  // Deleted prompts (removed_…) are the menu schema's sentence; unknown ones are ours.
  const library = new Map((lists.get('audioPrompt') ?? []).map((a) => [a.id, a.name]));
  for (const a of audios) {
    if (a.id.startsWith('removed_') || library.has(a.id)) continue;
    issues.push({
      field: a.field,
      message: `${describeField(a.field)}: there is no ${a.what} "${a.id}" in Zoom's audio library. Choose one from the list.`,
    });
  }

  const namer: TargetNamer = {
    audio: (id) => library.get(id),
    target(t, kind) {
      const type = kind ? DIRECTORY_TYPE[kind] : undefined;
      const item = t.extensionId && type ? byExtension.get(`${type}:${t.extensionId}`) : undefined;
      return item ? { name: item.name, ...(item.extensionNumber ? { extensionNumber: item.extensionNumber } : {}) } : undefined;
    },
  };
  return { namer, issues };
}

/** Every field of a menu that can carry an extension target (for copies, which may write any of them). */
export const ALL_FIELDS: readonly WrittenField[] = ['noAction', ...IVR_KEYS.map((k) => `key:${k}` as const)];
