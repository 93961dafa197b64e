// Graph + layout → what @xyflow/react draws. Back edges are dashed and say
// where they lead back to; forward edges carry a caption only where the node
// they reach does not already say it ("No key pressed").
import type { Edge, Node } from '@xyflow/react';
import type { DiagramGraph, DiagramNode } from './diagram-graph';
import { layoutGraph, ROW_HEIGHT } from './layout';

export type RoutingNodeData = { node: DiagramNode; root: boolean; loading: boolean };
export type RoutingFlowNode = Node<RoutingNodeData, 'routing'>;

export function toFlow(graph: DiagramGraph, loading: ReadonlySet<string> = new Set()): { nodes: RoutingFlowNode[]; edges: Edge[] } {
  const places = layoutGraph(
    graph.nodes.map((n) => n.id),
    graph.edges,
    graph.rootNodeId,
  );
  const nodes = graph.nodes.map(
    (n): RoutingFlowNode => ({
      id: n.id,
      type: 'routing',
      position: { x: places.get(n.id)!.x, y: places.get(n.id)!.y },
      data: { node: n, root: n.id === graph.rootNodeId, loading: Boolean(n.expandArId && loading.has(n.expandArId)) },
      // Nodes are read and clicked, not rearranged.
      draggable: false,
      connectable: false,
      ariaLabel: [n.label, n.sublabel].filter(Boolean).join(': '),
    }),
  );
  // Back edges run in lanes below the deepest node, one lane each, in the graph's order.
  const bottom = Math.max(0, ...[...places.values()].map((p) => p.y)) + ROW_HEIGHT + 24;
  let lane = 0;
  const edges = graph.edges.map(
    (e): Edge => ({
      id: e.id,
      source: e.from,
      target: e.to,
      type: e.back ? 'back' : 'default',
      className: e.back ? 'routing-edge routing-edge--back' : 'routing-edge',
      ...(e.back || e.label === 'No key pressed' ? { label: e.caption } : {}),
      markerEnd: { type: 'arrowclosed' as const, width: 16, height: 16 },
      data: e.back ? { laneY: bottom + lane++ * 28 } : {},
      focusable: false,
    }),
  );
  return { nodes, edges };
}
