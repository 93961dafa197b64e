import { describe, expect, it } from 'vitest';
import { COLUMN_WIDTH, isAncestor, layoutTree, ROW_GAP } from './layout';

const height = () => 50;

describe('layoutTree', () => {
  // root → a → c, root → b → c (c reached twice), c → d, d ⇢ root (a loop)
  const nodes = ['root', 'a', 'b', 'c', 'd'];
  const edges = [
    { from: 'root', to: 'a' },
    { from: 'root', to: 'b' },
    { from: 'a', to: 'c' },
    { from: 'b', to: 'c' },
    { from: 'c', to: 'd' },
    { from: 'd', to: 'root', back: true },
  ];

  it('puts a node one column after its parent, depth first in the graph’s order; a parent sits on its first child’s row', () => {
    const l = layoutTree(nodes, edges, 'root', height);
    const at = (id: string) => [l.placements.get(id)!.column, l.placements.get(id)!.row];
    expect(at('root')).toEqual([0, 0]);
    expect(at('a')).toEqual([1, 0]);
    expect(at('c')).toEqual([2, 0]);
    expect(at('d')).toEqual([3, 0]);
    expect(at('b')).toEqual([1, 1]);
    expect(l.placements.get('d')).toMatchObject({ x: 3 * COLUMN_WIDTH, y: 0 });
    expect(l.placements.get('b')!.y).toBe(50 + ROW_GAP);
  });

  it('draws a node reached a second time again, as a copy where the edge starts, instead of an edge across the picture', () => {
    const l = layoutTree(nodes, edges, 'root', height);
    expect(l.copies).toEqual([{ id: 'c~1', of: 'c', edge: { from: 'b', to: 'c' } }]);
    expect(l.placements.get('c~1')).toMatchObject({ column: 2, row: 1 });
    expect(l.parent.get('c~1')).toBe('b');
  });

  it('gives every subtree its own band of rows: nothing else is drawn in a node’s column below it within its band', () => {
    // root → g → k1..k3 (k2 leads to t), root → other
    const l = layoutTree(
      ['root', 'g', 'k1', 'k2', 't', 'k3', 'other'],
      [
        { from: 'root', to: 'g' },
        { from: 'root', to: 'other' },
        { from: 'g', to: 'k1' },
        { from: 'g', to: 'k2' },
        { from: 'k2', to: 't' },
        { from: 'g', to: 'k3' },
      ],
      'root',
      height,
    );
    const row = (id: string) => l.placements.get(id)!.row;
    expect(['k1', 'k2', 'k3'].map(row)).toEqual([0, 1, 2]);
    expect(row('t')).toBe(row('k2'));
    // `other` (also column 1, like g) starts below g's whole band
    expect(row('other')).toBe(3);
    expect(isAncestor(l, 'g', 'k3')).toBe(true);
    expect(isAncestor(l, 'g', 'other')).toBe(false);
  });

  it('makes each row as tall as its tallest box (copies measured by their own id), and is deterministic', () => {
    const heights: Record<string, number> = { c: 120, 'c~1': 70 };
    const l = layoutTree(nodes, edges, 'root', (id) => heights[id] ?? 40);
    expect(l.rows).toEqual([
      { y: 0, height: 120 },
      { y: 120 + ROW_GAP, height: 70 },
    ]);
    expect(layoutTree(nodes, edges, 'root', (id) => heights[id] ?? 40)).toEqual(l);
  });

  it('terminates on a cycle that is not marked as a back edge', () => {
    const l = layoutTree(['x', 'y'], [{ from: 'x', to: 'y' }, { from: 'y', to: 'x' }], 'x', height);
    expect(l.placements.get('y')).toMatchObject({ column: 1 });
    expect(l.copies.map((c) => c.of)).toEqual(['x']);
  });
});
