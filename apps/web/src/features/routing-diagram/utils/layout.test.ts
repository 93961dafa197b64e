import { describe, expect, it } from 'vitest';
import { COLUMN_WIDTH, layoutGraph, ROW_HEIGHT } from './layout';

describe('layoutGraph', () => {
  const nodes = ['root', 'a', 'b', 'c', 'd'];
  const edges = [
    { from: 'root', to: 'a' },
    { from: 'root', to: 'b' },
    { from: 'a', to: 'c' },
    { from: 'b', to: 'c' },
    { from: 'c', to: 'd' },
    { from: 'd', to: 'root', back: true },
  ];

  it('puts a node one column after its furthest parent, ignoring back edges', () => {
    const p = layoutGraph(nodes, edges, 'root');
    expect(nodes.map((n) => p.get(n)!.column)).toEqual([0, 1, 1, 2, 3]);
    expect(p.get('d')).toMatchObject({ x: 3 * COLUMN_WIDTH });
  });

  it('stacks a column in rows without overlap, never above its highest parent, and is deterministic', () => {
    const p = layoutGraph(nodes, edges, 'root');
    expect(p.get('a')!.y).toBe(0);
    expect(p.get('b')!.y).toBe(ROW_HEIGHT);
    expect(layoutGraph(nodes, edges, 'root')).toEqual(p);
  });

  it('terminates on a cycle that is not marked as a back edge', () => {
    const p = layoutGraph(['x', 'y'], [{ from: 'x', to: 'y' }, { from: 'y', to: 'x' }], 'x');
    expect(p.size).toBe(2);
  });
});
