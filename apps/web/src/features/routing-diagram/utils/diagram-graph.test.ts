import { describe, expect, it } from 'vitest';
import { buildDiagramGraph } from './diagram-graph';
import { buildOutline } from './outline';
import { toFlow } from './to-flow';
import { ARS, mainMenu, supportMenu } from './fixtures.test-support';

const base = { rootArId: 'main', hours: 'business' as const, ars: ARS };

describe('buildDiagramGraph', () => {
  it('draws the loaded menu and leaves target auto receptionists expandable, with the id to fetch', () => {
    const g = buildDiagramGraph({ ...base, menus: { main: mainMenu() }, expanded: [] })!;
    const node = (id: string) => g.nodes.find((n) => n.id === id);
    expect(node('ar:main')).toMatchObject({ label: 'Main line', editorArId: 'main', expanded: true });
    expect(node('key:main:1')).toMatchObject({ sublabel: 'Forward to call queue Sales (ext 6001)', editorArId: 'main' });
    // not loaded yet: drawn from the key's target, expandable through the account's list
    expect(node('ext:support-ext')).toMatchObject({ kind: 'autoReceptionist', label: 'Support menu (ext 8002)', expandArId: 'support', editorArId: 'support' });
    expect(g.edges.some((e) => e.back && e.to.startsWith('ar:'))).toBe(false);
  });

  it('after expanding, the loop back to the root is a back edge that says where it leads and is never followed', () => {
    const g = buildDiagramGraph({ ...base, menus: { main: mainMenu(), support: supportMenu() }, expanded: ['support'] })!;
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
  it('maps every node and edge; back edges are dashed lanes below the drawing, labelled', () => {
    const g = buildDiagramGraph({ ...base, menus: { main: mainMenu(), support: supportMenu() }, expanded: ['support'] })!;
    const flow = toFlow(g);
    expect(flow.nodes.map((n) => n.id).sort()).toEqual(g.nodes.map((n) => n.id).sort());
    expect(flow.edges.map((e) => e.id).sort()).toEqual(g.edges.map((e) => e.id).sort());
    const loop = flow.edges.find((e) => e.id === 'key:support:9->ar:main')!;
    expect(loop).toMatchObject({ type: 'back', label: 'back to Main line', className: expect.stringContaining('routing-edge--back') });
    const deepest = Math.max(...flow.nodes.map((n) => n.position.y));
    expect((loop.data as { laneY: number }).laneY).toBeGreaterThan(deepest);
    const forward = flow.edges.find((e) => e.id === 'key:main:2->ar:support')!;
    expect(forward.type).toBe('default');
    expect(forward.className).not.toContain('back');
    // greeting → keys → targets: columns grow left to right
    const x = (id: string) => flow.nodes.find((n) => n.id === id)!.position.x;
    expect(x('ar:main')).toBeLessThan(x('greeting:main'));
    expect(x('greeting:main')).toBeLessThan(x('key:main:2'));
    expect(x('key:main:2')).toBeLessThan(x('ar:support'));
    expect(x('ar:support')).toBeLessThan(x('greeting:support'));
  });
});

describe('buildOutline', () => {
  it('spells each node out once, nests by route and names back edges', () => {
    const g = buildDiagramGraph({ ...base, menus: { main: mainMenu(), support: supportMenu() }, expanded: ['support'] })!;
    const root = buildOutline(g)!;
    expect(root.node.id).toBe('ar:main');
    const greeting = root.children[0]!;
    expect(greeting.node.id).toBe('greeting:main');
    const key2 = greeting.children.find((c) => c.node.id === 'key:main:2')!;
    expect(key2.via).toBe('Press 2');
    const support = key2.children[0]!;
    const key9 = support.children[0]!.children.find((c) => c.node.id === 'key:support:9')!;
    expect(key9.children).toEqual([expect.objectContaining({ back: true, via: 'back to Main line', children: [] })]);
  });
});
