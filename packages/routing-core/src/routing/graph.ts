// The routing diagram as pure data: an auto receptionist's greeting, its keys
// and where each key sends the call. A target auto receptionist whose menus
// are known is expanded into its own greeting and keys, down to `maxDepth` or
// when the viewer asked for it (`expand`); one that is not known yet is a leaf
// marked `expandable` so the caller can fetch its menu and rebuild. Each auto
// receptionist appears once, so loops terminate; edges that close a loop are
// marked `back` so the diagram can draw them as such.
import { IVR_KEYS, actionSpec, type TargetKind } from '@switchboard/zoom-schema/ivr-actions';
import {
  describeKeyAction,
  describeNoAction,
  describePrompt,
  describeTarget,
  kindNoun,
  lowerFirst,
  type TargetNamer,
} from '../ivr/describe';
import type { Hours, Menu, Target } from '../ivr/menu';

export interface ArMenus {
  name: string;
  extensionNumber?: string;
  /** The auto receptionist's extension id: how key targets point at it. */
  extensionId?: string;
  menus: { business: Menu; closed?: Menu };
}

export type GraphNodeKind =
  | 'autoReceptionist'
  | 'greeting'
  | 'key'
  | 'target'
  | 'voicemail'
  | 'phoneNumber'
  | 'menuAction'
  | 'hangup';

export interface GraphNode {
  id: string;
  kind: GraphNodeKind;
  label: string;
  sublabel?: string;
  /** Set on auto receptionist nodes whose id is known, and on every node of its menu. */
  arId?: string;
  extensionId?: string;
  targetKind?: TargetKind;
  /** Auto receptionists only: menu drawn, or could be drawn once fetched / asked for. */
  expanded?: boolean;
  expandable?: boolean;
}

export interface GraphEdge {
  id: string;
  from: string;
  to: string;
  label: string;
  /** Closes a loop (menu navigation back up, or auto receptionists that route into each other). */
  back?: boolean;
}

export interface RoutingGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export interface GraphOptions {
  hours?: Hours;
  /** Auto receptionists this many hops from the root are still expanded (root = 0). Default 1. */
  maxDepth?: number;
  /** Auto receptionist ids to expand wherever they appear. */
  expand?: readonly string[];
  /** Draw disabled keys too. Default false. */
  includeDisabled?: boolean;
  namer?: TargetNamer;
}

const upperFirst = (s: string) => (s ? s[0]!.toUpperCase() + s.slice(1) : s);

export function buildRoutingGraph(rootArId: string, ars: Record<string, ArMenus>, options: GraphOptions = {}): RoutingGraph {
  const root = ars[rootArId];
  if (!root) throw new RangeError(`Auto receptionist ${rootArId} is not among the menus given.`);
  const hours = options.hours ?? 'business';
  const maxDepth = options.maxDepth ?? 1;
  const expand = new Set(options.expand ?? []);
  const arByExtension = new Map<string, string>();
  for (const [id, ar] of Object.entries(ars)) if (ar.extensionId) arByExtension.set(ar.extensionId, id);

  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  const arLinks: [from: string, to: string, edgeId: string][] = [];
  const addNode = (n: GraphNode) => {
    if (!nodes.has(n.id)) nodes.set(n.id, n);
    return n.id;
  };
  const addEdge = (from: string, to: string, label: string, back = false) => {
    const id = `${from}->${to}`;
    if (!edges.has(id)) edges.set(id, back ? { id, from, to, label, back } : { id, from, to, label });
    return id;
  };

  const arNodeId = (arId: string) => `ar:${arId}`;
  const addArNode = (arId: string) =>
    addNode({
      id: arNodeId(arId),
      kind: 'autoReceptionist',
      label: ars[arId]!.name,
      ...(ars[arId]!.extensionNumber ? { sublabel: `ext ${ars[arId]!.extensionNumber}` } : {}),
      arId,
      expanded: false,
      expandable: true,
    });

  const queue: [arId: string, depth: number][] = [[rootArId, 0]];
  const scheduled = new Set([rootArId]);
  addArNode(rootArId);

  /** Node a forward / voicemail target points at; schedules known auto receptionists. */
  const targetNode = (t: Target | null, kind: TargetKind | null, voicemail: boolean, depth: number): string => {
    if (kind === 'phoneNumber') {
      const n = t?.phoneNumber ?? '';
      return addNode({ id: `phone:${n}`, kind: 'phoneNumber', label: n || 'No number entered', sublabel: 'Phone number' });
    }
    const ext = t?.extensionId ?? '';
    const known = kind === 'autoReceptionist' ? arByExtension.get(ext) : undefined;
    const who = describeTarget(t, kind, options.namer);
    if (voicemail) {
      return addNode({
        id: `voicemail:${ext}`,
        kind: 'voicemail',
        label: `Voicemail of ${who}`,
        ...(kind ? { sublabel: upperFirst(kindNoun(kind)), targetKind: kind } : {}),
        extensionId: ext,
      });
    }
    if (known) {
      addArNode(known);
      if (!scheduled.has(known) && (depth + 1 <= maxDepth || expand.has(known))) {
        scheduled.add(known);
        queue.push([known, depth + 1]);
      }
      return arNodeId(known);
    }
    return addNode({
      id: `ext:${ext}`,
      kind: kind === 'autoReceptionist' ? 'autoReceptionist' : 'target',
      label: who,
      ...(kind ? { sublabel: upperFirst(kindNoun(kind)), targetKind: kind } : {}),
      extensionId: ext,
      ...(kind === 'autoReceptionist' ? { expanded: false, expandable: true } : {}),
    });
  };

  while (queue.length > 0) {
    const [arId, depth] = queue.shift()!;
    const ar = ars[arId]!;
    const menu = ar.menus[hours] ?? ar.menus.business;
    const self = arNodeId(arId);
    nodes.set(self, { ...nodes.get(self)!, expanded: true, expandable: false });
    const greeting = addNode({
      id: `greeting:${arId}`,
      kind: 'greeting',
      label: describePrompt(menu.prompt, options.namer),
      sublabel: `If no key is pressed: ${lowerFirst(describeNoAction(menu.noAction, options.namer))}`,
      arId,
    });
    addEdge(self, greeting, '');

    const na = actionSpec(menu.noAction.action);
    if (na?.code === -1) {
      addEdge(greeting, addNode({ id: `hangup:${arId}`, kind: 'hangup', label: 'Disconnect the call', arId }), 'No key pressed');
    } else if (na?.group === 'forward') {
      const to = targetNode(menu.noAction.target, na.targetKind, false, depth);
      const edge = addEdge(greeting, to, 'No key pressed');
      if (to.startsWith('ar:')) arLinks.push([arId, to.slice(3), edge]);
    }

    for (const key of IVR_KEYS) {
      const ka = menu.keys[key];
      const spec = actionSpec(ka.action);
      if (spec?.group === 'disabled' && !options.includeDisabled) continue;
      const keyId = addNode({
        id: `key:${arId}:${key}`,
        kind: 'key',
        label: `Key ${key}`,
        sublabel: describeKeyAction(ka, options.namer),
        arId,
      });
      addEdge(greeting, keyId, `Press ${key}`);
      if (!spec) continue;
      keyTarget(arId, keyId, spec.code, spec.group, spec.targetKind, ka.target, depth);
    }
  }

  function keyTarget(
    arId: string,
    keyId: string,
    code: number,
    group: string,
    kind: TargetKind | null,
    target: Target | null,
    depth: number,
  ) {
    if (code === 21) addEdge(keyId, `greeting:${arId}`, 'Repeat greeting', true);
    else if (code === 22) addEdge(keyId, `greeting:${rootArId}`, 'Root menu', true);
    else if (code === 23) {
      addEdge(keyId, addNode({ id: `previous:${arId}`, kind: 'menuAction', label: 'Return to previous menu', arId }), '');
    } else if (code === 100) {
      const vm = addNode({ id: `voicemail:ar:${arId}`, kind: 'voicemail', label: `Voicemail of ${ars[arId]!.name}`, arId });
      addEdge(keyId, vm, 'Voicemail');
    } else if (group === 'forward' || group === 'voicemail') {
      const to = targetNode(target, kind, group === 'voicemail', depth);
      const edge = addEdge(keyId, to, group === 'voicemail' ? 'Voicemail' : 'Forward');
      if (to.startsWith('ar:')) arLinks.push([arId, to.slice(3), edge]);
    }
  }

  markLoops(rootArId, arLinks, edges);
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

/** Depth-first from the root: an edge into an auto receptionist still on the path closes a loop. */
function markLoops(rootArId: string, links: [string, string, string][], edges: Map<string, GraphEdge>) {
  const out = new Map<string, [string, string][]>();
  for (const [from, to, edge] of links) out.set(from, [...(out.get(from) ?? []), [to, edge]]);
  const onPath = new Set<string>();
  const done = new Set<string>();
  const visit = (ar: string) => {
    onPath.add(ar);
    for (const [to, edgeId] of out.get(ar) ?? []) {
      if (onPath.has(to)) edges.set(edgeId, { ...edges.get(edgeId)!, back: true });
      else if (!done.has(to)) visit(to);
    }
    onPath.delete(ar);
    done.add(ar);
  };
  visit(rootArId);
}
