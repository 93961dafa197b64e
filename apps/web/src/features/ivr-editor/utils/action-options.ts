// The action select's options, grouped the way people think about them and
// limited to the codes a key accepts (keys * and # only their own codes).
import { CAPABILITIES, kindsForKey } from '@switchboard/routing-core/menu-model/capabilities';
import {
  IVR_ACTIONS,
  NO_ACTION_DISCONNECT_LABEL,
  actionSpec,
  noActionActions,
  type IvrActionSpec,
  type IvrKey,
  type TargetKind,
} from '@switchboard/zoom-schema/ivr-actions';
import { DIRECTORY_TYPE_FOR_TARGET } from '@switchboard/contract/directory';
import type { DirectoryType } from '@switchboard/contract/directory';

export interface ActionOption {
  code: number;
  label: string;
}
export interface ActionGroupOptions {
  /** null: options shown without a group heading. */
  label: string | null;
  options: ActionOption[];
}

const GROUP_LABEL: Record<IvrActionSpec['group'], string | null> = {
  forward: 'Forward the call',
  voicemail: 'Voicemail',
  menu: 'Menu',
  disabled: null,
};

function grouped(
  specs: IvrActionSpec[],
  label: (s: IvrActionSpec) => string,
): ActionGroupOptions[] {
  const out: ActionGroupOptions[] = [];
  for (const spec of specs) {
    const heading = GROUP_LABEL[spec.group];
    let group = out.find((g) => g.label === heading);
    if (!group) {
      group = { label: heading, options: [] };
      out.push(group);
    }
    group.options.push({ code: spec.code, label: label(spec) });
  }
  return out;
}

/**
 * The actions key `key` accepts, grouped: forward / voicemail / menu / disabled.
 * Which kinds a key takes is Zoom's row of the capability table (routing-core
 * menu-model); the catalog gives each kind's codes and words.
 */
export function keyActionGroups(key: IvrKey): ActionGroupOptions[] {
  const kinds = kindsForKey(CAPABILITIES.zoom, key);
  return grouped(
    IVR_ACTIONS.filter((s) => s.kind === 'disabled' || (kinds as readonly string[]).includes(s.kind)),
    (s) => s.label,
  );
}

/** What may happen when the caller presses nothing: disconnect or one of the forwards. */
export function noActionGroups(): ActionGroupOptions[] {
  return grouped(noActionActions(), (s) => (s.code === -1 ? NO_ACTION_DISCONNECT_LABEL : s.label));
}

const DIRECTORY_TYPE = DIRECTORY_TYPE_FOR_TARGET;

export type TargetInput =
  | { kind: 'none' }
  | { kind: 'directory'; type: DirectoryType; targetKind: TargetKind }
  | { kind: 'extensionId'; targetKind: TargetKind }
  | { kind: 'phoneNumber' };

/** Which input an action's target needs. */
export function targetInput(code: number): TargetInput {
  const spec = actionSpec(code);
  if (!spec || spec.target === 'none' || !spec.targetKind) return { kind: 'none' };
  if (spec.target === 'phoneNumber') return { kind: 'phoneNumber' };
  const type = DIRECTORY_TYPE[spec.targetKind];
  return type
    ? { kind: 'directory', type, targetKind: spec.targetKind }
    : { kind: 'extensionId', targetKind: spec.targetKind };
}
