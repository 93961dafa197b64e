// A deterministic layered layout, no layout library: a node's column is its
// longest distance from the root along forward edges (back edges ignored), and
// within a column nodes are ordered by where their parents sit, then by the
// order the graph lists them; a node never sits above its highest parent.
// Same graph in, same picture out.
export interface LayoutEdge {
  from: string;
  to: string;
  back?: boolean;
}

export interface Placement {
  column: number;
  row: number;
  x: number;
  y: number;
}

export const COLUMN_WIDTH = 300;
export const ROW_HEIGHT = 128;

export function layoutGraph(nodeIds: readonly string[], edges: readonly LayoutEdge[], rootId: string): Map<string, Placement> {
  const index = new Map(nodeIds.map((id, i) => [id, i]));
  const forward = edges.filter((e) => !e.back && index.has(e.from) && index.has(e.to) && e.from !== e.to);
  const parents = new Map<string, string[]>();
  for (const e of forward) parents.set(e.to, [...(parents.get(e.to) ?? []), e.from]);

  // Longest path from the root; relaxation is bounded so a stray cycle cannot loop forever.
  const column = new Map<string, number>([[rootId, 0]]);
  for (let pass = 0; pass < nodeIds.length; pass++) {
    let changed = false;
    for (const e of forward) {
      const c = column.get(e.from);
      if (c === undefined || e.to === rootId) continue;
      if ((column.get(e.to) ?? -1) < c + 1) {
        column.set(e.to, c + 1);
        changed = true;
      }
    }
    if (!changed) break;
  }
  // Anything unreachable by forward edges (should not happen) goes in column 0.
  for (const id of nodeIds) if (!column.has(id)) column.set(id, 0);

  const columns = new Map<number, string[]>();
  for (const id of nodeIds) {
    const c = column.get(id)!;
    columns.set(c, [...(columns.get(c) ?? []), id]);
  }
  const row = new Map<string, number>();
  const placements = new Map<string, Placement>();
  const parentY = (id: string) => {
    const ys = (parents.get(id) ?? []).map((p) => placements.get(p)?.y).filter((y): y is number => y !== undefined);
    return ys.length ? Math.min(...ys) : 0;
  };
  for (const c of [...columns.keys()].sort((a, b) => a - b)) {
    const ids = columns.get(c)!;
    const weight = (id: string) => {
      const rows = (parents.get(id) ?? []).map((p) => row.get(p)).filter((r): r is number => r !== undefined);
      return rows.length ? Math.min(...rows) : 0;
    };
    const ordered = [...ids].sort((a, b) => weight(a) - weight(b) || index.get(a)! - index.get(b)!);
    // Rows are consecutive; a node never sits above its highest parent, so subtrees line up with them.
    let nextY = 0;
    ordered.forEach((id, r) => {
      const y = Math.max(nextY, parentY(id));
      row.set(id, r);
      placements.set(id, { column: c, row: r, x: c * COLUMN_WIDTH, y });
      nextY = y + ROW_HEIGHT;
    });
  }
  return placements;
}
