// A deterministic tree layout, no layout library. Forward edges are walked
// depth first in the graph's order (as the outline below the drawing reads):
// a node's column is its depth, a leaf takes the next row, a parent sits on its
// first child's row. So every subtree owns a band of rows, a menu's keys stack
// under its greeting, and nothing else is drawn in a node's column within its
// band — the room a loop needs to climb back into the node it returns to.
//
// A forward edge into a node already placed (a queue two keys lead to) is not
// drawn across the picture: the node is drawn again where the edge starts, as
// a copy. Back edges are ignored here (to-flow routes them).
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

export interface Copy {
  /** The copy's own id (`<original>~<n>`). */
  id: string;
  /** The node it repeats. */
  of: string;
  /** The forward edge that now ends at the copy. */
  edge: LayoutEdge;
}

export interface TreeLayout {
  /** Every node and copy. */
  placements: Map<string, Placement>;
  copies: Copy[];
  /** Tree parent of each node and copy (the root has none). */
  parent: Map<string, string>;
  /** Top of each row and the height of its tallest box: loops run in the gap below a row. */
  rows: { y: number; height: number }[];
}

export const COLUMN_WIDTH = 300;
/** Empty space between rows: room for a loop's caption. */
export const ROW_GAP = 36;

/**
 * `heightOf` gives each box's height (estimated before drawing), copies'
 * (`<original>~<n>`) too; rows are as tall as their tallest box.
 */
export function layoutTree(
  nodeIds: readonly string[],
  edges: readonly LayoutEdge[],
  rootId: string,
  heightOf: (id: string) => number,
): TreeLayout {
  const known = new Set(nodeIds);
  const children = new Map<string, LayoutEdge[]>();
  for (const e of edges) {
    if (e.back || e.from === e.to || !known.has(e.from) || !known.has(e.to)) continue;
    children.set(e.from, [...(children.get(e.from) ?? []), e]);
  }

  const cells = new Map<string, { column: number; row: number }>();
  const parent = new Map<string, string>();
  const copies: Copy[] = [];
  const copyCount = new Map<string, number>();
  let nextRow = 0;

  const place = (id: string, column: number): number => {
    cells.set(id, { column, row: -1 });
    const first = nextRow;
    let placedChild = false;
    for (const e of children.get(id) ?? []) {
      placedChild = true;
      if (e.to === rootId || cells.has(e.to)) {
        const n = (copyCount.get(e.to) ?? 0) + 1;
        copyCount.set(e.to, n);
        const copy = { id: `${e.to}~${n}`, of: e.to, edge: e };
        copies.push(copy);
        parent.set(copy.id, id);
        cells.set(copy.id, { column: column + 1, row: nextRow++ });
      } else {
        parent.set(e.to, id);
        place(e.to, column + 1);
      }
    }
    if (!placedChild) nextRow++;
    cells.get(id)!.row = first;
    return first;
  };
  place(rootId, 0);
  // Unreachable from the root along forward edges (should not happen): a row of their own, column 0.
  for (const id of nodeIds) if (!cells.has(id)) cells.set(id, { column: 0, row: nextRow++ });

  const heights = Array.from({ length: nextRow }, () => 0);
  for (const [id, c] of cells) heights[c.row] = Math.max(heights[c.row]!, heightOf(id));
  const rows: TreeLayout['rows'] = [];
  let y = 0;
  for (const height of heights) {
    rows.push({ y, height });
    y += height + ROW_GAP;
  }

  const placements = new Map<string, Placement>();
  for (const [id, c] of cells) placements.set(id, { ...c, x: c.column * COLUMN_WIDTH, y: rows[c.row]!.y });
  return { placements, copies, parent, rows };
}

/** Whether `ancestor` is `id` or above it in the tree. */
export function isAncestor(layout: Pick<TreeLayout, 'parent'>, ancestor: string, id: string): boolean {
  for (let at: string | undefined = id; at !== undefined; at = layout.parent.get(at)) if (at === ancestor) return true;
  return false;
}
