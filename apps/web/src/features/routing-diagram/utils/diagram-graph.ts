// From what the page has loaded (the account's auto receptionists and the
// menus fetched so far) to routing-core's graph, plus what each node links to.
// Auto receptionists whose menu is not loaded yet are leaves the viewer can
// expand; loops are routing-core's back edges, never followed.
import type { AutoReceptionistSummary } from '@switchboard/contract/auto-receptionists';
import type { Hours, Menu } from '@switchboard/routing-core/ivr/menu';
import { buildRoutingGraph, type ArMenus, type GraphEdge, type GraphNode, type RoutingGraph } from '@switchboard/routing-core/routing/graph';

export interface DiagramInput {
  rootArId: string;
  hours: Hours;
  /** Every auto receptionist of the account (names, extension ids). */
  ars: readonly AutoReceptionistSummary[];
  /** Menus loaded so far for `hours`, by auto receptionist id. */
  menus: Readonly<Record<string, Menu>>;
  /** Auto receptionists the viewer asked to see expanded. */
  expanded: readonly string[];
}

export interface DiagramNode extends GraphNode {
  /** The auto receptionist whose editor a click opens (the node's own, or the one it belongs to). */
  editorArId?: string;
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

export function buildDiagramGraph({ rootArId, hours, ars, menus, expanded }: DiagramInput): DiagramGraph | null {
  const byId = new Map(ars.map((a) => [a.id, a]));
  const byExtension = new Map(ars.map((a) => [a.extensionId, a]));
  const known: Record<string, ArMenus> = {};
  for (const [id, menu] of Object.entries(menus)) {
    const ar = byId.get(id);
    known[id] = {
      name: ar?.name ?? id,
      ...(ar ? { extensionNumber: ar.extensionNumber, extensionId: ar.extensionId } : {}),
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
        ...(arId ? { editorArId: arId } : {}),
        ...(arId && !n.expanded ? { expandArId: arId } : {}),
        ...(arId && n.expanded && arId !== rootArId && asked.has(arId) ? { collapsible: true } : {}),
      };
    }
    if (n.kind === 'key' || n.kind === 'greeting') return n.arId ? { ...n, editorArId: n.arId } : n;
    return n;
  });
  const byNodeId = new Map(nodes.map((n) => [n.id, n]));
  const edges = graph.edges.map((e): DiagramEdge => ({ ...e, caption: edgeCaption(e, byNodeId) }));
  return { nodes, edges, rootNodeId: `ar:${rootArId}` };
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
