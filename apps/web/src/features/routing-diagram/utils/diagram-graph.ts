// From what the page has loaded (the account's auto receptionists and the
// menus fetched so far) to routing-core's graph, plus what each node is a part
// of. Auto receptionists whose menu is not loaded yet are leaves the viewer can
// expand; loops are routing-core's back edges, never followed.
//
// One change to routing-core's picture: "no key pressed" is a box of its own
// after the keys (routing-core draws it as a labelled edge from the greeting),
// so every route out of a menu reads as a row — box, then where it leads — and
// no caption has to sit on a long edge crossing the keys.
import type { AutoReceptionistSummary } from '@switchboard/contract/auto-receptionists';
import type { IvrKey } from '@switchboard/zoom-schema/ivr-actions';
import { describeNoAction } from '@switchboard/routing-core/ivr/describe';
import type { Hours, Menu } from '@switchboard/routing-core/ivr/menu';
import { buildRoutingGraph, type ArMenus, type GraphEdge, type GraphNode, type RoutingGraph } from '@switchboard/routing-core/routing/graph';

export interface DiagramInput {
  rootArId: string;
  hours: Hours;
  /** The root's menu is this holiday's (other auto receptionists keep their own hours). */
  holidayId?: string;
  /** Every auto receptionist of the account (names, extension ids). */
  ars: readonly AutoReceptionistSummary[];
  /** Menus loaded so far, by auto receptionist id: the root's for the view, the others' for `hours`. */
  menus: Readonly<Record<string, Menu>>;
  /** Auto receptionists the viewer asked to see expanded. */
  expanded: readonly string[];
}

/** The part of one auto receptionist's menu a box draws: a key, the greeting, or what happens when no key is pressed. */
export type MenuPartRef = { arId: string; key: IvrKey } | { arId: string; part: 'greeting' | 'no-key' };

export interface DiagramNode extends GraphNode {
  /** Auto receptionists: the account's id, when known (the key target names only an extension). */
  ownArId?: string;
  /** Keys, greetings and "no key pressed": the menu part the box draws. */
  part?: MenuPartRef;
  /** Auto receptionists only: the id to fetch and expand, when the viewer can expand it. */
  expandArId?: string;
  /** Auto receptionists only: expanded on request and can be collapsed again. */
  collapsible?: boolean;
}

export interface DiagramEdge extends GraphEdge {
  /** Words for the edge as drawn: back edges say where they lead back to. */
  caption: string;
}

export interface DiagramGraph {
  nodes: DiagramNode[];
  edges: DiagramEdge[];
  rootNodeId: string;
}

export const NO_KEY_LABEL = 'No key pressed';

export function buildDiagramGraph({ rootArId, hours, ars, menus, expanded }: DiagramInput): DiagramGraph | null {
  const byId = new Map(ars.map((a) => [a.id, a]));
  const byExtension = new Map(ars.map((a) => [a.extensionId, a]));
  const known: Record<string, ArMenus> = {};
  for (const [id, menu] of Object.entries(menus)) {
    const ar = byId.get(id);
    known[id] = {
      name: ar?.name ?? id,
      ...(ar ? { extensionNumber: ar.extensionNumber, extensionId: ar.extensionId } : {}),
      // Each menu given is already the one to draw (the page fetched it for its view).
      menus: { business: menu, closed: menu },
    };
  }
  if (!known[rootArId]) return null;
  const graph: RoutingGraph = buildRoutingGraph(rootArId, known, { hours, maxDepth: 0, expand: expanded });
  const asked = new Set(expanded);

  const nodes = graph.nodes.map((n): DiagramNode => {
    if (n.kind === 'autoReceptionist') {
      const arId = n.arId ?? (n.extensionId ? byExtension.get(n.extensionId)?.id : undefined);
      return {
        ...n,
        ...(arId ? { ownArId: arId } : {}),
        ...(arId && !n.expanded ? { expandArId: arId } : {}),
        ...(arId && n.expanded && arId !== rootArId && asked.has(arId) ? { collapsible: true } : {}),
      };
    }
    if (n.kind === 'key' && n.arId) return { ...n, part: { arId: n.arId, key: n.id.slice(`key:${n.arId}:`.length) as IvrKey } };
    if (n.kind === 'greeting' && n.arId) {
      // The "no key pressed" box says what the greeting's sublabel said.
      const { sublabel: _said, ...rest } = n;
      return { ...rest, part: { arId: n.arId, part: 'greeting' } };
    }
    return n;
  });

  const { nodes: withNoKey, edges } = addNoKeyBoxes(nodes, graph.edges, menus);
  const byNodeId = new Map(withNoKey.map((n) => [n.id, n]));
  return {
    nodes: withNoKey,
    edges: edges.map((e): DiagramEdge => ({ ...e, caption: edgeCaption(e, byNodeId) })),
    rootNodeId: `ar:${rootArId}`,
  };
}

/** A "No key pressed" box per drawn menu, after its keys; routing-core's greeting → target edge leaves from it instead. */
function addNoKeyBoxes(nodes: DiagramNode[], edges: readonly GraphEdge[], menus: Readonly<Record<string, Menu>>) {
  const out: GraphEdge[] = [];
  const added: DiagramNode[] = [];
  const greetings = nodes.filter((n) => n.kind === 'greeting' && n.arId && menus[n.arId]);
  const pending = new Map<string, GraphEdge[]>();
  for (const g of greetings) {
    const arId = g.arId!;
    const id = `nokey:${arId}`;
    added.push({ id, kind: 'key', label: NO_KEY_LABEL, sublabel: describeNoAction(menus[arId]!.noAction), arId, part: { arId, part: 'no-key' } });
    pending.set(g.id, [{ id: `${g.id}->${id}`, from: g.id, to: id, label: NO_KEY_LABEL }]);
  }
  for (const e of edges) {
    if (e.label === NO_KEY_LABEL && pending.has(e.from)) {
      const from = `nokey:${e.from.slice('greeting:'.length)}`;
      pending.get(e.from)!.push({ ...e, id: `${from}->${e.to}`, from, label: '' });
    } else out.push(e);
  }
  // After the greeting's last key edge, so the box sits below the keys.
  for (const [greetingId, extra] of pending) {
    const last = out.map((e) => e.from).lastIndexOf(greetingId);
    out.splice(last + 1, 0, ...extra);
  }
  return { nodes: [...nodes, ...added], edges: out };
}

function edgeCaption(edge: GraphEdge, nodes: ReadonlyMap<string, GraphNode>): string {
  if (!edge.back) return edge.label;
  const to = nodes.get(edge.to);
  const from = nodes.get(edge.from);
  let where = to?.label ?? 'an earlier menu';
  if (to?.kind === 'greeting') {
    where = to.arId === from?.arId ? 'the greeting' : `the greeting of ${nodes.get(`ar:${to.arId}`)?.label ?? 'the first menu'}`;
  }
  return edge.label && edge.label !== 'Forward' ? `${edge.label}: back to ${where}` : `back to ${where}`;
}
