// Lookups over a snapshot, built once per snapshot and kept (a WeakMap), so a
// warm trace does no scan: extensions by extension id and by extension
// number, numbers by E.164, Contact Center objects by id.
import type { TargetKind } from '@switchboard/zoom-schema/ivr-actions';
import type { TargetNamer } from '../ivr/describe';
import type { CcBusinessHours, CcClosureSet, CcEntryPoint, CcFlow, CcQueue } from './snapshot-cc';
import type {
  AutoReceptionist,
  CallQueue,
  CommonArea,
  ExternalContact,
  OtherExtension,
  SharedLineGroup,
  User,
} from './snapshot-phone';
import type { RoutingSnapshot, SnapshotPhoneNumber } from './snapshot';

/** Any extension, tagged with its kind (the directory's `type`). */
export type AnyExtension =
  | { kind: 'autoReceptionist'; ext: AutoReceptionist }
  | { kind: 'callQueue'; ext: CallQueue }
  | { kind: 'user'; ext: User }
  | { kind: 'sharedLineGroup'; ext: SharedLineGroup }
  | { kind: 'commonArea'; ext: CommonArea }
  | { kind: OtherExtension['type']; ext: OtherExtension };

export interface SnapshotIndex {
  snapshot: RoutingSnapshot;
  byExtensionId: ReadonlyMap<string, AnyExtension>;
  byExtensionNumber: ReadonlyMap<string, AnyExtension>;
  numbers: ReadonlyMap<string, SnapshotPhoneNumber>;
  externalContacts: ReadonlyMap<string, ExternalContact>;
  entryPoints: ReadonlyMap<string, CcEntryPoint>;
  flows: ReadonlyMap<string, CcFlow>;
  ccQueues: ReadonlyMap<string, CcQueue>;
  businessHours: ReadonlyMap<string, CcBusinessHours>;
  closureSets: ReadonlyMap<string, CcClosureSet>;
  sites: ReadonlyMap<string, string>;
  /** Names for describe.ts's words, from the snapshot (not from what a menu happens to carry). */
  namer: TargetNamer;
}

const byId = <T extends { id: string }>(items: readonly T[]) => new Map(items.map((i) => [i.id, i]));

export function allExtensions(s: RoutingSnapshot): AnyExtension[] {
  return [
    ...s.autoReceptionists.map((ext) => ({ kind: 'autoReceptionist' as const, ext })),
    ...s.callQueues.map((ext) => ({ kind: 'callQueue' as const, ext })),
    ...s.users.map((ext) => ({ kind: 'user' as const, ext })),
    ...s.sharedLineGroups.map((ext) => ({ kind: 'sharedLineGroup' as const, ext })),
    ...s.commonAreas.map((ext) => ({ kind: 'commonArea' as const, ext })),
    ...s.otherExtensions.map((ext) => ({ kind: ext.type, ext }) as AnyExtension),
  ];
}

const cache = new WeakMap<RoutingSnapshot, SnapshotIndex>();

export function indexSnapshot(snapshot: RoutingSnapshot): SnapshotIndex {
  const known = cache.get(snapshot);
  if (known) return known;
  const all = allExtensions(snapshot);
  const byExtensionId = new Map(all.map((e) => [e.ext.extensionId, e]));
  const byExtensionNumber = new Map<string, AnyExtension>();
  for (const e of all) if (e.ext.extensionNumber) byExtensionNumber.set(e.ext.extensionNumber, e);
  const externalContacts = byId(snapshot.externalContacts);
  const cc = snapshot.contactCenter;
  const entryPoints = byId(cc.entryPoints);
  const audio = new Map(snapshot.audio.map((a) => [a.id, a.name]));
  const index: SnapshotIndex = {
    snapshot,
    byExtensionId,
    byExtensionNumber,
    numbers: new Map(snapshot.phoneNumbers.map((n) => [n.number, n])),
    externalContacts,
    entryPoints,
    flows: byId(cc.flows),
    ccQueues: byId(cc.queues),
    businessHours: byId(cc.businessHours),
    closureSets: byId(cc.closureSets),
    sites: new Map(snapshot.sites.map((s) => [s.id, s.name])),
    namer: {
      audio: (id) => audio.get(id),
      target(t, kind: TargetKind | null) {
        if (!t.extensionId) return undefined;
        if (kind === 'externalContact') {
          const c = externalContacts.get(t.extensionId);
          return c ? { name: c.name } : undefined;
        }
        if (kind === 'contactCenter') {
          const p = entryPoints.get(t.extensionId);
          return p ? { name: p.name } : undefined;
        }
        const e = byExtensionId.get(t.extensionId);
        return e ? { name: e.ext.name, ...(e.ext.extensionNumber ? { extensionNumber: e.ext.extensionNumber } : {}) } : undefined;
      },
    },
  };
  cache.set(snapshot, index);
  return index;
}
