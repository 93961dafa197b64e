// Closed-hours routing choices for one kind of extension, from zoom-schema's
// catalog (words, never codes), and which input each needs for its target —
// the same inputs the IVR editor's target pickers take.
import { DIRECTORY_TYPE_FOR_TARGET, type DirectoryType } from '@switchboard/contract/directory';
import type { ExtensionType } from '@switchboard/contract/hours';
import { CALL_ROUTING_ACTIONS, callRoutingAction } from '@switchboard/zoom-schema/call-handling-actions';
import type { TargetKind } from '@switchboard/zoom-schema/ivr-actions';

/** What the target of a routing option is entered with (the IVR editor's TargetField takes the same shape). */
export type RoutingTargetInput =
  | { kind: 'none' }
  | { kind: 'directory'; type: DirectoryType; targetKind: TargetKind }
  | { kind: 'extensionId'; targetKind: TargetKind }
  | { kind: 'phoneNumber' };

/** The options Switchboard may write for this kind of extension. */
export function routingOptions(type: ExtensionType): { code: number; label: string }[] {
  return CALL_ROUTING_ACTIONS.filter((a) => a.writable && a.appliesTo.includes(type)).map((a) => ({ code: a.code, label: a.label }));
}

export function routingTargetInput(code: number): RoutingTargetInput {
  const spec = callRoutingAction(code);
  if (!spec) return { kind: 'none' };
  if (spec.target === 'phoneNumber' || spec.target === 'contactCenterNumber') return { kind: 'phoneNumber' };
  if (spec.target !== 'extension' || !spec.targetKind) return { kind: 'none' };
  const type = DIRECTORY_TYPE_FOR_TARGET[spec.targetKind];
  return type ? { kind: 'directory', type, targetKind: spec.targetKind } : { kind: 'extensionId', targetKind: spec.targetKind };
}

export const routingLabel = (code: number): string => callRoutingAction(code)?.label ?? 'A routing option Switchboard does not recognise';
