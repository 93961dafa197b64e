// The closed-hours routing about to be written, checked against what the
// account holds before anything reaches Zoom (the target exists, is of the
// kind the action forwards to, is not the extension itself), and a namer over
// Zoom's own names for sentences ("Forward to call queue Technical Support
// (ext 6002)") — never a name the browser sent.
import { DIRECTORY_TYPE_FOR_TARGET } from '@switchboard/contract/directory';
import type { DirectoryItem, DirectoryType } from '@switchboard/contract/directory';
import type { TargetNamer } from '@switchboard/routing-core/ivr/describe';
import { kindNoun } from '@switchboard/routing-core/ivr/describe';
import type { CallRouting } from '@switchboard/routing-core/schedule/call-routing';
import { callRoutingAction } from '@switchboard/zoom-schema/call-handling-actions';
import type { DirectoryService } from '../directory/service';

/** Where a voicemail (action 1) of an auto receptionist or call queue may be left: the documented mailbox kinds. */
const MAILBOX_TYPES: readonly DirectoryType[] = ['user', 'callQueue', 'sharedLineGroup', 'autoReceptionist'];

export interface RoutingCheck {
  namer: TargetNamer;
  /** Sentences; empty when the routing's target may be written. */
  issues: { field: string; message: string }[];
}

export async function checkRouting(
  directory: DirectoryService,
  routing: CallRouting | null,
  self: { id: string; name: string },
): Promise<RoutingCheck> {
  const spec = routing ? callRoutingAction(routing.action) : undefined;
  const types = new Set<DirectoryType>();
  const kind = spec?.targetKind ? DIRECTORY_TYPE_FOR_TARGET[spec.targetKind] : undefined;
  if (spec?.target === 'extension' && kind) types.add(kind);
  if (spec?.target === 'mailbox') for (const t of MAILBOX_TYPES) types.add(t);
  const lists = await Promise.all([...types].map((type) => directory.list({ type })));
  const byExtension = new Map<string, DirectoryItem>();
  for (const i of lists.flat()) if (i.extensionId) byExtension.set(i.extensionId, i);

  const namer: TargetNamer = {
    target(t) {
      const item = t.extensionId ? byExtension.get(t.extensionId) : undefined;
      return item ? { name: item.name, ...(item.extensionNumber ? { extensionNumber: item.extensionNumber } : {}) } : undefined;
    },
  };
  const issues: RoutingCheck['issues'] = [];
  const id = routing?.target?.extensionId;
  if (spec && id && (spec.target === 'extension' || spec.target === 'mailbox')) {
    const item = byExtension.get(id);
    if (id === self.id && spec.target === 'extension') {
      issues.push({ field: 'closedRouting', message: `Closed-hours routing: ${self.name} cannot forward its own calls to itself.` });
    } else if (spec.target === 'extension' && !kind) {
      // Cisco/Polycom rooms: Zoom documents no list of them, so Zoom judges the id
    } else if (id !== self.id && (!item || (kind && item.type !== kind))) {
      const noun = spec.targetKind ? kindNoun(spec.targetKind) : 'user, call queue, shared line group or auto receptionist';
      issues.push({ field: 'closedRouting', message: `Closed-hours routing: there is no ${noun} with extension id "${id}" in the directory. Choose one from the list.` });
    }
  }
  return { namer, issues };
}
