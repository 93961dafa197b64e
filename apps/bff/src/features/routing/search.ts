// Search the snapshot for an entry point: a phone number in any format (→
// E.164, routing-core's called-number rules), an extension number, or part
// of a name; each hit with its route tree (routing-core/route-tree) and
// links. At most SEARCH_LIMIT hits, numbers first.
import type { RouteNode, RoutingSearchItem } from '@switchboard/contract/routing';
import { formatPhoneNumber } from '@switchboard/routing-core/format/phone';
import { normalizeCalledNumber } from '@switchboard/routing-core/routing/called-number';
import { routeTreeOfEntryPoint, routeTreeOfExtension, type RouteTreeNode } from '@switchboard/routing-core/routing/route-tree';
import type { RoutingSnapshot } from '@switchboard/routing-core/routing/snapshot';
import { allExtensions, indexSnapshot, type AnyExtension } from '@switchboard/routing-core/routing/snapshot-index';
import { refHref } from './href';

export const SEARCH_LIMIT = 20;

const KIND_WORDS: Record<string, string> = {
  autoReceptionist: 'auto receptionist',
  callQueue: 'call queue',
  user: 'user',
  sharedLineGroup: 'shared line group',
  commonArea: 'common area',
  zoomRoom: 'Zoom Room',
  ciscoRoom: 'room',
  meetingService: 'meeting service',
  ccEntryPoint: 'Contact Center entry point',
};

function toNode(n: RouteTreeNode): RouteNode {
  const href = refHref(n.ref);
  return { kind: n.kind, label: n.label, ...(n.detail ? { detail: n.detail } : {}), ...(href ? { href } : {}), children: n.children.map(toNode) };
}

export function searchSnapshot(snapshot: RoutingSnapshot, q: string): RoutingSearchItem[] {
  const index = indexSnapshot(snapshot);
  const items: RoutingSearchItem[] = [];
  const seen = new Set<string>();
  const ofExtension = (e: AnyExtension, matched: string, number: string) => {
    if (seen.has(e.ext.extensionId)) return;
    seen.add(e.ext.extensionId);
    const hours = 'hours' in e.ext ? e.ext.hours : null;
    items.push({
      matched,
      number,
      name: e.ext.name,
      type: KIND_WORDS[e.kind] ?? e.kind,
      ...(hours ? { timezone: hours.schedule.timezone } : {}),
      ...(e.kind === 'autoReceptionist' ? { diagramHref: `/auto-receptionists/${encodeURIComponent(e.ext.id)}/diagram` } : {}),
      tree: toNode(routeTreeOfExtension(index, e)),
    });
  };
  const ofEntryPoint = (id: string, matched: string, number: string) => {
    if (seen.has(`ep:${id}`)) return;
    seen.add(`ep:${id}`);
    const p = index.entryPoints.get(id);
    items.push({ matched, number, name: p?.name ?? id, type: KIND_WORDS.ccEntryPoint!, tree: toNode(routeTreeOfEntryPoint(index, id)) });
  };
  const numberOf = (e: AnyExtension) => snapshot.phoneNumbers.find((n) => n.assignee?.type === 'extension' && n.assignee.extensionId === e.ext.extensionId)?.number;

  // 1. a number of the account (phone or extension)
  try {
    const called = normalizeCalledNumber(q, {
      hasExtensionNumber: (n) => index.byExtensionNumber.has(n),
      hasPhoneNumber: (n) => index.numbers.has(n),
      defaultCountry: snapshot.defaultCountry,
      countries: snapshot.countries,
    });
    if (called.kind === 'extension') {
      ofExtension(index.byExtensionNumber.get(called.extensionNumber)!, `extension ${called.extensionNumber}`, called.extensionNumber);
    } else {
      const a = index.numbers.get(called.e164)?.assignee;
      const words = `${formatPhoneNumber(called.e164)} (phone number)`;
      if (a?.type === 'ccEntryPoint') ofEntryPoint(a.entryPointId, words, called.e164);
      else if (a) {
        const e = index.byExtensionId.get(a.extensionId);
        if (e) ofExtension(e, words, called.e164);
      }
    }
  } catch {
    // not a number: a name
  }
  // 2. names (and digits inside numbers)
  const text = q.trim().toLowerCase();
  const digits = text.replace(/\D/g, '');
  for (const e of allExtensions(snapshot)) {
    if (items.length >= SEARCH_LIMIT) break;
    if (e.ext.name.toLowerCase().includes(text)) ofExtension(e, e.ext.name, numberOf(e) ?? e.ext.extensionNumber ?? '');
  }
  for (const p of snapshot.contactCenter.entryPoints) {
    if (items.length >= SEARCH_LIMIT) break;
    const n = snapshot.phoneNumbers.find((x) => x.assignee?.type === 'ccEntryPoint' && x.assignee.entryPointId === p.id)?.number;
    if (p.name.toLowerCase().includes(text)) ofEntryPoint(p.id, p.name, n ?? '');
  }
  if (digits.length >= 4) {
    for (const n of snapshot.phoneNumbers) {
      if (items.length >= SEARCH_LIMIT) break;
      if (!n.number.includes(digits) || !n.assignee) continue;
      const words = `${formatPhoneNumber(n.number)} (phone number)`;
      if (n.assignee.type === 'ccEntryPoint') ofEntryPoint(n.assignee.entryPointId, words, n.number);
      else {
        const e = index.byExtensionId.get(n.assignee.extensionId);
        if (e) ofExtension(e, words, n.number);
      }
    }
  }
  return items.slice(0, SEARCH_LIMIT);
}
