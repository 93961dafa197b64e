// Targets of a menu about to be written, checked against the directory before
// anything reaches Zoom ("Key 1: there is no user with extension id … "), and
// a namer so plan sentences read "Forward to Maria Lopez (ext 1012)".
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
export async function checkTargets(
  directory: DirectoryService,
  menu: Menu,
  fields: readonly string[],
  extraTypes: DirectoryType[] = [],
): Promise<TargetCheck> {
  const uses = extensionUses(menu, fields);
  const types = new Set<DirectoryType>(extraTypes);
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

  const namer: TargetNamer = {
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
