// An entry point's routes as a tree a person can fold open: a number or an
// extension → (an auto receptionist's) business-hours, closed-hours and holiday
// routing with their menus → each key that goes somewhere → where it goes,
// followed into the next auto receptionist, call queue or Contact Center flow.
// Unlike a trace it takes every branch, at no instant: what can happen, not
// what happens now. An object already shown higher on the same branch is not
// expanded again ("shown above"); depth is capped so a large account's tree
// stays small. Pure: the BFF adds the links (`ref`).
import { IVR_KEYS, actionSpec } from '@switchboard/zoom-schema/ivr-actions';
import type { Menu } from '../ivr/menu';
import type { CallRouting } from '../schedule/call-routing';
import { hopFromKeyAction, hopFromNoAction, hopFromRouting, type Hop } from './hops';
import { playableMenus } from './problem-routes';
import type { AnyExtension, SnapshotIndex } from './snapshot-index';
import { routingOrDefault } from './trace-context';
import { alwaysOpen } from './trace-time';
import { countWords, keyActionWords, noActionWords, ringWords, routingWords } from './trace-words';

export type RouteNodeKind =
  | 'number'
  | 'auto_receptionist'
  | 'menu'
  | 'key'
  | 'call_queue'
  | 'user'
  | 'shared_line_group'
  | 'common_area'
  | 'voicemail'
  | 'external'
  | 'cc_entry_point'
  | 'cc_flow'
  | 'cc_queue'
  | 'disconnect'
  | 'other';

export interface RouteRef {
  type: 'autoReceptionist' | 'callQueue' | 'user' | 'sharedLineGroup' | 'commonArea' | 'ccEntryPoint' | 'ccFlow' | 'ccQueue';
  id: string;
  extensionId?: string;
  /** Menus: `business`, `closed` or `holiday:<id>`. */
  menu?: string;
}

export interface RouteTreeNode {
  kind: RouteNodeKind;
  label: string;
  detail?: string;
  ref?: RouteRef;
  children: RouteTreeNode[];
}

export const ROUTE_TREE_MAX_DEPTH = 6;

const KIND: Record<AnyExtension['kind'], RouteNodeKind> = {
  autoReceptionist: 'auto_receptionist',
  callQueue: 'call_queue',
  user: 'user',
  sharedLineGroup: 'shared_line_group',
  commonArea: 'common_area',
  zoomRoom: 'common_area',
  ciscoRoom: 'common_area',
  meetingService: 'other',
};

const leaf = (kind: RouteNodeKind, label: string, detail?: string): RouteTreeNode => ({ kind, label, ...(detail ? { detail } : {}), children: [] });

export function routeTreeOfExtension(index: SnapshotIndex, e: AnyExtension, seen: readonly string[] = [], depth = 0): RouteTreeNode {
  const ext = e.ext;
  const label = `${ext.name}${ext.extensionNumber ? ` (ext ${ext.extensionNumber})` : ''}`;
  const ref: RouteRef | undefined =
    e.kind === 'zoomRoom' || e.kind === 'ciscoRoom' || e.kind === 'meetingService' ? undefined : { type: e.kind, id: ext.id, extensionId: ext.extensionId };
  const node: RouteTreeNode = { kind: KIND[e.kind], label, ...(ref ? { ref } : {}), children: [] };
  if (ext.status === 'inactive') return { ...node, detail: 'deactivated: takes no calls' };
  if (seen.includes(ext.extensionId)) return { ...node, detail: 'shown above' };
  if (depth >= ROUTE_TREE_MAX_DEPTH) return { ...node, detail: 'search for it to see further' };
  const path = [...seen, ext.extensionId];
  if (e.kind === 'autoReceptionist') {
    const ar = e.ext;
    const menuNode = (menu: Menu, words: string, key: string): RouteTreeNode => ({
      kind: 'menu',
      label: words,
      ref: { type: 'autoReceptionist', id: ar.id, extensionId: ar.extensionId, menu: key },
      children: menuChildren(index, menu, ar.extensionId, path, depth + 1),
    });
    const routing = (r: CallRouting | null, period: 'closed' | 'holiday', words: string): RouteTreeNode => {
      const { routing: rr } = routingOrDefault(r, true);
      return { kind: 'other', label: words, detail: routingWords(rr, period, index.namer), children: hopChildren(index, hopFromRouting(rr, ar.extensionId), path, depth + 1) };
    };
    const menus = playableMenus(ar);
    const menuKey = (hint: { hours?: string; holidayId?: string }) => (hint.holidayId ? `holiday:${hint.holidayId}` : (hint.hours ?? 'business'));
    node.children = menus.map((m) => menuNode(m.menu, upper(m.words), menuKey(m.hint)));
    const playsMenu = (r: CallRouting | null) => hopFromRouting(routingOrDefault(r, true).routing, ar.extensionId).kind === 'menu';
    if (!playsMenu(ar.businessRouting)) node.children.unshift(routing(ar.businessRouting, 'closed', 'Business hours'));
    if (!alwaysOpen(ar.hours.schedule) && !playsMenu(ar.hours.closedRouting)) node.children.push(routing(ar.hours.closedRouting, 'closed', 'Closed hours'));
    for (const h of ar.hours.holidays) if (!playsMenu(h.routing)) node.children.push(routing(h.routing, 'holiday', `Holiday '${h.name}'`));
    return node;
  }
  if (e.kind === 'callQueue') {
    const q = e.ext;
    node.detail = `${countWords(q.members.length, 'member')}, ${ringWords(q.distribution.ringMode)}`;
    node.children = q.members.map((m) => {
      const target = index.byExtensionId.get(m.extensionId);
      return target ? { ...leaf(KIND[target.kind], `${target.ext.name}${target.ext.extensionNumber ? ` (ext ${target.ext.extensionNumber})` : ''}`), ...(refOf(target) ? { ref: refOf(target)! } : {}) } : leaf('other', m.name, 'no longer in Zoom');
    });
    if (q.overflow) node.children.push({ kind: 'other', label: 'When nobody answers', detail: routingWords(q.overflow, 'closed', index.namer), children: hopChildren(index, hopFromRouting(q.overflow, q.extensionId), path, depth + 1) });
    return node;
  }
  if (e.kind === 'sharedLineGroup') node.detail = countWords(e.ext.members.length, 'member');
  return node;
}

function refOf(e: AnyExtension): RouteRef | undefined {
  return e.kind === 'zoomRoom' || e.kind === 'ciscoRoom' || e.kind === 'meetingService' ? undefined : { type: e.kind, id: e.ext.id, extensionId: e.ext.extensionId };
}

const upper = (s: string) => (s ? s[0]!.toUpperCase() + s.slice(1) : s);

function menuChildren(index: SnapshotIndex, menu: Menu, selfExtensionId: string, seen: readonly string[], depth: number): RouteTreeNode[] {
  const out: RouteTreeNode[] = [];
  for (const k of IVR_KEYS) {
    const ka = menu.keys[k];
    const group = actionSpec(ka.action)?.group;
    if (group === 'disabled') continue;
    // repeat, root and previous menu move between menus the tree already shows
    const children = group === 'menu' ? [] : hopChildren(index, hopFromKeyAction(ka, selfExtensionId), seen, depth);
    out.push({ kind: 'key', label: `Key ${k}`, detail: keyActionWords(ka, index.namer), children });
  }
  out.push({ kind: 'key', label: 'No key pressed', detail: noActionWords(menu.noAction, index.namer), children: hopChildren(index, hopFromNoAction(menu.noAction), seen, depth) });
  return out;
}

function hopChildren(index: SnapshotIndex, hop: Hop, seen: readonly string[], depth: number): RouteTreeNode[] {
  switch (hop.kind) {
    case 'extension': {
      const e = hop.extensionId ? index.byExtensionId.get(hop.extensionId) : undefined;
      return [e ? routeTreeOfExtension(index, e, seen, depth) : leaf('other', hop.name ?? 'A target', 'no longer in Zoom: calls are lost here')];
    }
    case 'contactCenter': {
      const p = hop.entryPointId ? index.entryPoints.get(hop.entryPointId) : undefined;
      if (p) return [routeTreeOfEntryPoint(index, p.id)];
      const n = hop.number ? index.numbers.get(hop.number) : undefined;
      if (n?.assignee?.type === 'ccEntryPoint') return [routeTreeOfEntryPoint(index, n.assignee.entryPointId)];
      return [leaf('other', hop.name ?? 'Contact Center', 'entry point not found')];
    }
    case 'voicemail': {
      const owner = hop.ownerExtensionId ? index.byExtensionId.get(hop.ownerExtensionId) : undefined;
      return [leaf('voicemail', owner ? `Voicemail of ${owner.ext.name}` : 'Voicemail of nobody')];
    }
    case 'phoneNumber':
      return [leaf('external', hop.number ?? 'A phone number')];
    case 'externalContact': {
      const c = hop.id ? index.externalContacts.get(hop.id) : undefined;
      return [leaf('external', c ? c.name : (hop.name ?? 'An external contact'), c?.phoneNumbers[0])];
    }
    case 'disconnect':
      return [leaf('disconnect', hop.words)];
    case 'outside':
      return [leaf('external', hop.words)];
    case 'menu':
    case 'unknown':
      return [];
  }
}

export function routeTreeOfEntryPoint(index: SnapshotIndex, entryPointId: string): RouteTreeNode {
  const p = index.entryPoints.get(entryPointId);
  if (!p) return leaf('cc_entry_point', 'Contact Center entry point', 'no longer in Zoom');
  const flow = p.flowId ? index.flows.get(p.flowId) : undefined;
  const queue = flow?.queueId ? index.ccQueues.get(flow.queueId) : undefined;
  const queueNode: RouteTreeNode[] = queue
    ? [{ kind: 'cc_queue', label: queue.name, ref: { type: 'ccQueue', id: queue.id }, ...(queue.agentCount !== null ? { detail: countWords(queue.agentCount, 'agent') } : {}), children: [] }]
    : [];
  const flowNode: RouteTreeNode[] = flow ? [{ kind: 'cc_flow', label: flow.name, ref: { type: 'ccFlow', id: flow.id }, ...(queue ? {} : { detail: 'routes to no queue' }), children: queueNode }] : [];
  return { kind: 'cc_entry_point', label: p.name, ref: { type: 'ccEntryPoint', id: p.id }, ...(flow ? {} : { detail: 'starts no flow' }), children: flowNode };
}
