// Where one option sends a call, as one value the tracer follows and the
// problems report checks: a key's action, the "no key pressed" action, or a
// call-handling routing (closed hours, a holiday, a queue's overflow). Codes
// are read through zoom-schema's catalogs only.
import { actionSpec, type TargetKind } from '@switchboard/zoom-schema/ivr-actions';
import { PLAY_MENU_ACTION, callRoutingAction } from '@switchboard/zoom-schema/call-handling-actions';
import type { KeyAction, NoAction } from '../ivr/menu';
import type { CallRouting } from '../schedule/call-routing';
import { targetlessRoutingEnd } from './catalog-meaning';

export type Hop =
  | { kind: 'extension'; extensionId: string | null; expected: TargetKind | null; name?: string }
  /** ownerExtensionId null: no mailbox chosen. */
  | { kind: 'voicemail'; ownerExtensionId: string | null; greetingId: string | null }
  | { kind: 'phoneNumber'; number: string | null }
  | { kind: 'externalContact'; id: string | null; name?: string }
  | { kind: 'contactCenter'; entryPointId: string | null; number: string | null; name?: string }
  /** An auto receptionist plays its own menu for the period. */
  | { kind: 'menu' }
  | { kind: 'disconnect'; words: string }
  | { kind: 'outside'; words: string }
  | { kind: 'unknown'; code: number };

const named = (name: string | undefined) => (name ? { name } : {});

/** A forward (IVR or call handling) to a target of `kind`. */
function forward(kind: TargetKind | null, target: { extensionId?: string; phoneNumber?: string; name?: string } | null): Hop {
  const id = target?.extensionId ?? null;
  if (kind === 'phoneNumber') return { kind: 'phoneNumber', number: target?.phoneNumber ?? null };
  if (kind === 'externalContact') return { kind: 'externalContact', id, ...named(target?.name) };
  if (kind === 'contactCenter') {
    return { kind: 'contactCenter', entryPointId: id, number: target?.phoneNumber ?? null, ...named(target?.name) };
  }
  return { kind: 'extension', extensionId: id, expected: kind, ...named(target?.name) };
}

/**
 * A key's forward or voicemail action (menu navigation and disabled keys are
 * the menu's own business). `selfExtensionId`: the auto receptionist whose
 * menu it is ("voicemail of this auto receptionist").
 */
export function hopFromKeyAction(ka: KeyAction, selfExtensionId: string): Hop {
  const spec = actionSpec(ka.action);
  if (!spec) return { kind: 'unknown', code: ka.action };
  if (spec.group === 'voicemail') {
    const owner = spec.targetKind ? (ka.target?.extensionId ?? null) : selfExtensionId;
    return { kind: 'voicemail', ownerExtensionId: owner, greetingId: ka.voicemailGreetingId ?? null };
  }
  if (spec.group === 'forward') return forward(spec.targetKind, ka.target);
  return { kind: 'disconnect', words: spec.label };
}

/** "No key pressed": disabled there means the call is disconnected. */
export function hopFromNoAction(na: NoAction): Hop {
  const spec = actionSpec(na.action);
  if (!spec || !spec.noAction) return { kind: 'unknown', code: na.action };
  if (spec.group === 'forward') return forward(spec.targetKind, na.target);
  return { kind: 'disconnect', words: 'Disconnect the call' };
}

/** A call-handling routing of the extension `selfExtensionId` ("send to voicemail" with no mailbox: its own). */
export function hopFromRouting(r: CallRouting, selfExtensionId: string): Hop {
  const spec = callRoutingAction(r.action);
  if (!spec) return { kind: 'unknown', code: r.action };
  if (spec.code === PLAY_MENU_ACTION) return { kind: 'menu' };
  switch (spec.target) {
    case 'mailbox':
      return { kind: 'voicemail', ownerExtensionId: r.target?.extensionId ?? selfExtensionId, greetingId: null };
    case 'extension':
    case 'phoneNumber':
      return forward(spec.targetKind, r.target);
    case 'contactCenterNumber':
      return { kind: 'contactCenter', entryPointId: null, number: r.target?.phoneNumber ?? null, ...named(r.target?.name) };
    case 'none':
      return targetlessRoutingEnd(spec) === 'disconnect'
        ? { kind: 'disconnect', words: spec.label }
        : { kind: 'outside', words: spec.label };
  }
}
