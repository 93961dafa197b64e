// Graph + layout → what @xyflow/react draws. Forward edges run left to right
// between columns and carry no caption (every box says what it is). A loop —
// a back edge — leaves the bottom of its box, runs in the empty gap under that
// box's row with its caption right under the box, and climbs into the bottom
// of the box it returns to: that box's column is empty below it down to there
// (layout.ts), so a loop never crosses a box and no caption sits on another.
// A loop into a box that is not above it on the page goes around instead:
// along the gutters between columns and a lane below the whole drawing.
import type { Edge, Node } from '@xyflow/react';
import type { DiagramGraph, DiagramNode } from './diagram-graph';
import { COLUMN_WIDTH, isAncestor, layoutTree, ROW_GAP, type TreeLayout } from './layout';
import { boxHeight, boxParts, NODE_WIDTH } from './node-size';
import { bounds, type Box } from './viewport';

export type RoutingNodeData = {
  node: DiagramNode;
  root: boolean;
  loading: boolean;
  /** A second drawing of a node reached twice (see layout.ts). */
  copy: boolean;
};
export type RoutingFlowNode = Node<RoutingNodeData, 'routing'>;

export type BackEdgeData =
  | { route: 'up'; gapY: number }
  | { route: 'around'; gapY: number; sourceGutterX: number; laneY: number; targetGutterX: number; targetGapY: number };
export type BackFlowEdge = Edge<BackEdgeData, 'back'>;

export interface RoutingFlow {
  nodes: RoutingFlowNode[];
  edges: Edge[];
  /** Where each box (and copy) is, in the drawing's coordinates. */
  boxes: Map<string, Box>;
  /** The first levels from a node: it and what it leads to, `depth` columns on. */
  frameOf(nodeId: string, depth?: number): Box;
  /** Everything drawn, loops' lanes included: how far the view may be panned. */
  extent: Box;
}

/** Middle of the space between two columns. */
const GUTTER = (COLUMN_WIDTH - NODE_WIDTH) / 2;
const LANE_SPACING = 28;

export function toFlow(graph: DiagramGraph, loading: ReadonlySet<string> = new Set()): RoutingFlow {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const heightOf = (id: string) => {
    const [original, copy] = id.split('~');
    return boxHeight(boxParts(byId.get(original!)!, copy !== undefined));
  };
  const layout = layoutTree(
    graph.nodes.map((n) => n.id),
    graph.edges,
    graph.rootNodeId,
    heightOf,
  );
  const copyOf = new Map(layout.copies.map((c) => [c.id, c.of]));

  const boxes = new Map<string, Box>();
  const nodes: RoutingFlowNode[] = [];
  for (const [id, p] of layout.placements) {
    const node = byId.get(copyOf.get(id) ?? id);
    if (!node) continue;
    const copy = copyOf.has(id);
    boxes.set(id, { x: p.x, y: p.y, width: NODE_WIDTH, height: heightOf(id) });
    nodes.push({
      id,
      type: 'routing',
      position: { x: p.x, y: p.y },
      data: { node, root: id === graph.rootNodeId, loading: Boolean(node.expandArId && loading.has(node.expandArId)), copy },
      // Nodes are read and clicked, not rearranged.
      draggable: false,
      connectable: false,
      ariaLabel: [node.label, node.sublabel].filter(Boolean).join(': '),
    });
  }

  const copyEdge = new Map(layout.copies.map((c) => [`${c.edge.from}->${c.edge.to}`, c.id]));
  const lastRow = layout.rows.at(-1);
  const bottom = lastRow ? lastRow.y + lastRow.height + ROW_GAP : 0;
  let lane = 0;
  const edges = graph.edges.flatMap((e): Edge[] => {
    if (!layout.placements.has(e.from) || !layout.placements.has(e.to)) return [];
    const arrow = { type: 'arrowclosed' as const, width: 16, height: 16 };
    if (!e.back) {
      const target = copyEdge.get(`${e.from}->${e.to}`) ?? e.to;
      return [
        // Right angles: a greeting's keys hang off one trunk instead of a bundle of curves.
        { id: e.id, source: e.from, target, sourceHandle: 'out', targetHandle: 'in', type: 'smoothstep', className: 'routing-edge', markerEnd: arrow, focusable: false },
      ];
    }
    const data = backRoute(layout, boxes, e.from, e.to, bottom + lane * LANE_SPACING);
    if (data.route === 'around') lane++;
    const edge: BackFlowEdge = {
      id: e.id,
      source: e.from,
      target: e.to,
      sourceHandle: 'loop-out',
      targetHandle: 'loop-in',
      type: 'back',
      className: 'routing-edge routing-edge--back',
      label: e.caption,
      markerEnd: arrow,
      data,
      focusable: false,
    };
    return [edge];
  });

  const frameOf = (nodeId: string, depth = 3): Box => {
    const start = layout.placements.get(nodeId);
    if (!start) return bounds([...boxes.values()]);
    const inFrame = [...boxes].filter(([id]) => {
      const p = layout.placements.get(id)!;
      return p.column <= start.column + depth && isAncestor(layout, nodeId, id);
    });
    return bounds(inFrame.map(([, b]) => b));
  };

  const drawn = bounds([...boxes.values()]);
  const extent = lane > 0 ? { ...drawn, height: Math.max(drawn.height, bottom + lane * LANE_SPACING - drawn.y) } : drawn;
  return { nodes, edges, boxes, frameOf, extent };
}

function backRoute(layout: TreeLayout, boxes: ReadonlyMap<string, Box>, from: string, to: string, laneY: number): BackEdgeData {
  const gapBelow = (id: string) => {
    const row = layout.rows[layout.placements.get(id)!.row]!;
    return row.y + row.height + ROW_GAP / 2;
  };
  const gapY = gapBelow(from);
  if (isAncestor(layout, to, from)) return { route: 'up', gapY };
  const source = boxes.get(from)!;
  const target = boxes.get(to)!;
  return {
    route: 'around',
    gapY,
    sourceGutterX: source.x + source.width + GUTTER,
    laneY,
    targetGutterX: target.x - GUTTER,
    targetGapY: gapBelow(to),
  };
}
