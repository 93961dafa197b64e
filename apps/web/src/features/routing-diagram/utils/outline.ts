// The same graph as a nested list, for screen readers and keyboards: the
// canvas cannot be read aloud. Each node is spelled out once, where it is
// first reached; later arrivals and back edges only name it.
import type { DiagramEdge, DiagramGraph, DiagramNode } from './diagram-graph';

export interface OutlineItem {
  node: DiagramNode;
  /** How the call gets here from the parent item ("Press 1", "back to Main line"…); empty for the root. */
  via: string;
  /** A back edge: the call goes back to a node drawn earlier. */
  back: boolean;
  /** Reached a second time by a forward edge: spelled out above. */
  repeated: boolean;
  children: OutlineItem[];
}

export function buildOutline(graph: DiagramGraph): OutlineItem | null {
  const nodes = new Map(graph.nodes.map((n) => [n.id, n]));
  const out = new Map<string, DiagramEdge[]>();
  for (const e of graph.edges) out.set(e.from, [...(out.get(e.from) ?? []), e]);
  const root = nodes.get(graph.rootNodeId);
  if (!root) return null;

  const seen = new Set<string>([root.id]);
  const visit = (node: DiagramNode, via: string): OutlineItem => {
    const children: OutlineItem[] = [];
    for (const e of out.get(node.id) ?? []) {
      const to = nodes.get(e.to);
      if (!to) continue;
      if (e.back) children.push({ node: to, via: e.caption, back: true, repeated: false, children: [] });
      else if (seen.has(to.id)) children.push({ node: to, via: e.caption, back: false, repeated: true, children: [] });
      else {
        seen.add(to.id);
        children.push(visit(to, e.caption));
      }
    }
    return { node, via, back: false, repeated: false, children };
  };
  return visit(root, '');
}
