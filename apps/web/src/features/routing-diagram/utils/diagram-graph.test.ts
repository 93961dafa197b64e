import { describe, expect, it } from 'vitest';
import { buildDiagramGraph } from './diagram-graph';
import { buildOutline } from './outline';
import { toFlow } from './to-flow';
import { ARS, mainMenu, supportMenu } from './fixtures.test-support';

const base = { rootArId: 'main', hours: 'business' as const, ars: ARS };
const expandedGraph = () => buildDiagramGraph({ ...base, menus: { main: mainMenu(), support: supportMenu() }, expanded: ['support'] })!;

describe('buildDiagramGraph', () => {
  it('draws the loaded menu and leaves target auto receptionists expandable, with the id to fetch', () => {
    const g = buildDiagramGraph({ ...base, menus: { main: mainMenu() }, expanded: [] })!;
    const node = (id: string) => g.nodes.find((n) => n.id === id);
    expect(node('ar:main')).toMatchObject({ label: 'Main line', ownArId: 'main', expanded: true });
    expect(node('key:main:1')).toMatchObject({ sublabel: 'Forward to call queue Sales (ext 6001)', part: { arId: 'main', key: '1' } });
    expect(node('key:main:*')).toMatchObject({ part: { arId: 'main', key: '*' } });
    expect(node('greeting:main')).toMatchObject({ part: { arId: 'main', part: 'greeting' } });
    // not loaded yet: drawn from the key's target, expandable through the account's list
    expect(node('ext:support-ext')).toMatchObject({ kind: 'autoReceptionist', label: 'Support menu (ext 8002)', expandArId: 'support', ownArId: 'support' });
    expect(g.edges.some((e) => e.back && e.to.startsWith('ar:'))).toBe(false);
  });

  it('draws "no key pressed" as a box after the keys, leading where the menu sends a silent caller', () => {
    const g = buildDiagramGraph({ ...base, menus: { main: mainMenu() }, expanded: [] })!;
    expect(g.nodes.find((n) => n.id === 'nokey:main')).toMatchObject({
      kind: 'key',
      label: 'No key pressed',
      sublabel: 'Repeat the greeting twice, then forward to call queue Sales (ext 6001)',
      part: { arId: 'main', part: 'no-key' },
    });
    // the greeting no longer says it too, and no edge from the greeting carries it
    expect(g.nodes.find((n) => n.id === 'greeting:main')!.sublabel).toBeUndefined();
    expect(g.edges.filter((e) => e.from === 'greeting:main' && e.to === 'ext:q-ext')).toEqual([]);
    expect(g.edges.find((e) => e.id === 'nokey:main->ext:q-ext')).toMatchObject({ from: 'nokey:main', to: 'ext:q-ext' });
    const fromGreeting = g.edges.filter((e) => e.from === 'greeting:main').map((e) => e.to);
    expect(fromGreeting.at(-1)).toBe('nokey:main');
    expect(fromGreeting.slice(0, 2)).toEqual(['key:main:1', 'key:main:2']);
  });

  it('after expanding, the loop back to the root is a back edge that says where it leads and is never followed', () => {
    const g = expandedGraph();
    expect(g.nodes.find((n) => n.id === 'ar:support')).toMatchObject({ expanded: true, collapsible: true });
    expect(g.nodes.filter((n) => n.id === 'ar:main')).toHaveLength(1);
    const loop = g.edges.find((e) => e.from === 'key:support:9' && e.to === 'ar:main');
    expect(loop).toMatchObject({ back: true, caption: 'back to Main line' });
    // '*' repeats the greeting: a back edge inside the same menu
    expect(g.edges.find((e) => e.from === 'key:main:*')).toMatchObject({ back: true, caption: 'Repeat greeting: back to the greeting' });
    // the unexpanded third auto receptionist stays a leaf
    expect(g.nodes.find((n) => n.id === 'ext:branch-ext')?.expandArId).toBe('branch');
  });

  it('is null until the root menu is loaded', () => {
    expect(buildDiagramGraph({ ...base, menus: {}, expanded: [] })).toBeNull();
  });
});

describe('toFlow', () => {
  it('maps every node and edge; a queue reached twice is drawn twice, not joined by an edge across the keys', () => {
    const g = expandedGraph();
    const flow = toFlow(g);
    expect(flow.nodes.map((n) => n.id).sort()).toEqual([...g.nodes.map((n) => n.id), 'ext:q-ext~1'].sort());
    expect(flow.edges.map((e) => e.id).sort()).toEqual(g.edges.map((e) => e.id).sort());
    const silent = flow.edges.find((e) => e.id === 'nokey:main->ext:q-ext')!;
    expect(silent.target).toBe('ext:q-ext~1');
    expect(flow.nodes.find((n) => n.id === 'ext:q-ext~1')!.data).toMatchObject({ copy: true, node: { label: 'Sales (ext 6001)' } });
    const y = (id: string) => flow.boxes.get(id)!.y;
    // the copy sits on the row of the box it hangs off
    expect(y('ext:q-ext~1')).toBe(y('nokey:main'));
  });

  it('routes a loop up into the box it returns to, in the gap under its own row; forward edges carry no caption', () => {
    const flow = toFlow(expandedGraph());
    const loop = flow.edges.find((e) => e.id === 'key:support:9->ar:main')!;
    expect(loop).toMatchObject({ type: 'back', label: 'back to Main line', sourceHandle: 'loop-out', targetHandle: 'loop-in' });
    expect(loop.className).toContain('routing-edge--back');
    const key9 = flow.boxes.get('key:support:9')!;
    const gapY = (loop.data as { gapY: number }).gapY;
    expect(loop.data).toMatchObject({ route: 'up' });
    expect(gapY).toBeGreaterThan(key9.y + key9.height);
    // nothing is drawn across the loop's path: no box between the gap and the next row down…
    const crossed = [...flow.boxes].filter(([, b]) => b.y < gapY && b.y + b.height > gapY);
    expect(crossed).toEqual([]);
    // …nor in the root's column between the root and that gap
    const main = flow.boxes.get('ar:main')!;
    const inColumn = [...flow.boxes].filter(([id, b]) => id !== 'ar:main' && b.x === main.x && b.y < gapY);
    expect(inColumn).toEqual([]);

    const forward = flow.edges.filter((e) => e.type !== 'back');
    expect(forward.every((e) => e.label === undefined && e.sourceHandle === 'out' && e.targetHandle === 'in')).toBe(true);
    // greeting → keys → targets: columns grow left to right
    const x = (id: string) => flow.boxes.get(id)!.x;
    expect(x('ar:main')).toBeLessThan(x('greeting:main'));
    expect(x('greeting:main')).toBeLessThan(x('key:main:2'));
    expect(x('key:main:2')).toBeLessThan(x('ar:support'));
    expect(x('ar:support')).toBeLessThan(x('greeting:support'));
  });

  it('never overlaps two boxes', () => {
    const boxes = [...toFlow(expandedGraph()).boxes.values()];
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) {
        const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
        expect(apart, `${JSON.stringify(a)} and ${JSON.stringify(b)}`).toBe(true);
      }
    }
  });

  it('frames the first levels from a box: it, its greeting, its keys and where they lead — not the menus beyond', () => {
    const flow = toFlow(expandedGraph());
    const frame = flow.frameOf('ar:main');
    const inside = (id: string) => {
      const b = flow.boxes.get(id)!;
      return b.x >= frame.x && b.y >= frame.y && b.x + b.width <= frame.x + frame.width && b.y + b.height <= frame.y + frame.height;
    };
    expect(['ar:main', 'greeting:main', 'key:main:1', 'ext:q-ext', 'ar:support', 'nokey:main'].every(inside)).toBe(true);
    expect(inside('greeting:support')).toBe(false);
    const support = flow.frameOf('ar:support');
    expect(support.x).toBe(flow.boxes.get('ar:support')!.x);
  });
});

describe('buildOutline', () => {
  it('spells each node out once, nests by route and names back edges', () => {
    const root = buildOutline(expandedGraph())!;
    expect(root.node.id).toBe('ar:main');
    const greeting = root.children[0]!;
    expect(greeting.node.id).toBe('greeting:main');
    const key2 = greeting.children.find((c) => c.node.id === 'key:main:2')!;
    expect(key2.via).toBe('Press 2');
    const support = key2.children[0]!;
    const key9 = support.children[0]!.children.find((c) => c.node.id === 'key:support:9')!;
    expect(key9.children).toEqual([expect.objectContaining({ back: true, via: 'back to Main line', children: [] })]);
    // "no key pressed" reads last, and the queue it leads to is named, not spelled out again
    const silent = greeting.children.at(-1)!;
    expect(silent.node.id).toBe('nokey:main');
    expect(silent.children).toEqual([expect.objectContaining({ repeated: true, node: expect.objectContaining({ id: 'ext:q-ext' }) })]);
  });
});
