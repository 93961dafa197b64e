import fc from 'fast-check';
import { IVR_KEYS } from '@switchboard/zoom-schema/ivr-actions';
import { validMenuArb } from '../testing/arbitraries';
import { describe, expect, it } from 'vitest';
import { defaultMenu } from '../ivr/default-menu';
import type { Menu } from '../ivr/menu';
import { buildRoutingGraph, type ArMenus } from './graph';

function menu(keys: Partial<Menu['keys']>, rest: Partial<Menu> = {}): Menu {
  const m = defaultMenu();
  return { ...m, ...rest, keys: { ...m.keys, ...keys } };
}

const support = { extensionId: 'cq-ext', name: 'Support Line', extensionNumber: '2001' };

/** main → sales (key 2); sales → main (key 9): a loop. billing is known but two hops away. */
function account(): Record<string, ArMenus> {
  return {
    main: {
      name: 'Main line',
      extensionNumber: '100',
      extensionId: 'main-ext',
      menus: {
        business: menu(
          {
            '1': { action: 7, target: support },
            '2': { action: 6, target: { extensionId: 'sales-ext' } },
            '3': { action: 10, target: { phoneNumber: '+14155550123' } },
            '4': { action: 400, target: support, voicemailGreetingId: 'g' },
            '#': { action: 22, target: null },
          },
          { prompt: { id: 'p', name: 'Welcome.mp3' } },
        ),
        closed: menu({ '1': { action: 100, target: null } }),
      },
    },
    sales: {
      name: 'Sales',
      extensionNumber: '200',
      extensionId: 'sales-ext',
      menus: {
        business: menu(
          {
            '8': { action: 6, target: { extensionId: 'billing-ext' } },
            '9': { action: 6, target: { extensionId: 'main-ext' } },
            '*': { action: 23, target: null },
          },
          { noAction: { repeat: 1, action: 7, target: support } },
        ),
      },
    },
    billing: {
      name: 'Billing',
      extensionId: 'billing-ext',
      menus: { business: menu({ '1': { action: 6, target: { extensionId: 'billing-ext' } } }) },
    },
  };
}

const ids = (g: { nodes: { id: string }[] }) => g.nodes.map((n) => n.id).sort();
const edge = (g: ReturnType<typeof buildRoutingGraph>, from: string, to: string) =>
  g.edges.find((e) => e.from === from && e.to === to);

describe('buildRoutingGraph', () => {
  it('draws greeting, enabled keys and their targets in words', () => {
    const g = buildRoutingGraph('main', account(), { maxDepth: 0 });
    expect(ids(g)).toEqual(
      [
        'ar:main',
        'greeting:main',
        'hangup:main',
        'key:main:1',
        'key:main:2',
        'key:main:3',
        'key:main:4',
        'key:main:0',
        'key:main:*',
        'key:main:#',
        'ext:cq-ext',
        'ar:sales',
        'phone:+14155550123',
        'voicemail:cq-ext',
        'voicemail:ar:main',
      ].sort(),
    );
    const node = (id: string) => g.nodes.find((n) => n.id === id)!;
    expect(node('greeting:main')).toMatchObject({
      label: 'Greeting prompt "Welcome.mp3"',
      sublabel: 'If no key is pressed: repeat the greeting 3 times, then disconnect the call',
    });
    expect(node('key:main:1')).toMatchObject({ label: 'Key 1', sublabel: 'Forward to call queue Support Line (ext 2001)' });
    expect(node('ext:cq-ext')).toMatchObject({ kind: 'target', label: 'Support Line (ext 2001)', sublabel: 'Call queue' });
    expect(node('voicemail:cq-ext')).toMatchObject({ label: 'Voicemail of Support Line (ext 2001)' });
    expect(node('ar:sales')).toMatchObject({ kind: 'autoReceptionist', arId: 'sales', expanded: false, expandable: true });
    expect(node('ar:main')).toMatchObject({ expanded: true, expandable: false, label: 'Main line', sublabel: 'ext 100' });
    expect(edge(g, 'greeting:main', 'key:main:1')?.label).toBe('Press 1');
    expect(edge(g, 'key:main:2', 'ar:sales')).toMatchObject({ label: 'Forward' });
    expect(edge(g, 'key:main:*', 'greeting:main')).toMatchObject({ back: true, label: 'Repeat greeting' });
    expect(edge(g, 'key:main:#', 'greeting:main')).toMatchObject({ back: true, label: 'Root menu' });
    expect(edge(g, 'greeting:main', 'hangup:main')?.label).toBe('No key pressed');
    // every edge joins two drawn nodes
    for (const e of g.edges) expect(ids(g)).toEqual(expect.arrayContaining([e.from, e.to]));
  });

  it('expands known auto receptionists to maxDepth and marks the loop back to the root', () => {
    const g = buildRoutingGraph('main', account());
    expect(ids(g)).toEqual(expect.arrayContaining(['greeting:sales', 'key:sales:9', 'previous:sales', 'ar:billing']));
    expect(ids(g)).not.toContain('greeting:billing');
    expect(edge(g, 'key:sales:9', 'ar:main')).toMatchObject({ back: true });
    expect(edge(g, 'key:main:2', 'ar:sales')?.back).toBeUndefined();
    expect(edge(g, 'greeting:sales', 'ext:cq-ext')?.label).toBe('No key pressed');
    expect(g.nodes.find((n) => n.id === 'ar:billing')).toMatchObject({ expanded: false, expandable: true });
    expect(g.nodes.filter((n) => n.id === 'ar:main')).toHaveLength(1);
  });

  it('expands on request beyond maxDepth, and a self-loop terminates as a back edge', () => {
    const g = buildRoutingGraph('main', account(), { expand: ['billing'] });
    expect(ids(g)).toContain('greeting:billing');
    expect(edge(g, 'key:billing:1', 'ar:billing')).toMatchObject({ back: true });
  });

  it('terminates on any loop however deep it may go', () => {
    const g = buildRoutingGraph('main', account(), { maxDepth: 1000 });
    expect(g.nodes.filter((n) => n.kind === 'autoReceptionist' && n.expanded)).toHaveLength(3);
    expect(g.edges.filter((e) => e.back && e.to.startsWith('ar:')).map((e) => e.id).sort()).toEqual(
      ['key:billing:1->ar:billing', 'key:sales:9->ar:main'].sort(),
    );
  });

  it('uses the closed-hours menu when asked, the business one when there is none', () => {
    const g = buildRoutingGraph('main', account(), { hours: 'closed' });
    expect(ids(g)).toEqual(expect.arrayContaining(['key:main:1', 'voicemail:ar:main']));
    expect(ids(g)).not.toContain('ar:sales');
    const s = buildRoutingGraph('sales', account(), { hours: 'closed', maxDepth: 0 });
    expect(ids(s)).toContain('key:sales:9');
  });

  it('draws an unknown auto receptionist as an expandable leaf with its extension id', () => {
    const ars = account();
    ars.main!.menus.business.keys['5'] = { action: 6, target: { extensionId: 'elsewhere', name: 'Branch' } };
    const g = buildRoutingGraph('main', ars, { maxDepth: 0 });
    expect(g.nodes.find((n) => n.id === 'ext:elsewhere')).toMatchObject({
      kind: 'autoReceptionist',
      label: 'Branch',
      extensionId: 'elsewhere',
      expandable: true,
    });
  });

  it('draws disabled keys only when asked', () => {
    const g = buildRoutingGraph('billing', account(), { includeDisabled: true, maxDepth: 0 });
    expect(g.nodes.filter((n) => n.kind === 'key')).toHaveLength(12);
    expect(g.nodes.find((n) => n.id === 'key:billing:5')?.sublabel).toBe('Disabled');
  });

  it('says which auto receptionist is missing', () => {
    expect(() => buildRoutingGraph('nope', account())).toThrow(/nope is not among/);
  });
});

describe('buildRoutingGraph properties', () => {
  const accountArb = fc.integer({ min: 1, max: 5 }).chain((n) =>
    fc
      .tuple(
        fc.array(validMenuArb, { minLength: n, maxLength: n }),
        fc.array(fc.tuple(fc.integer({ min: 0, max: n - 1 }), fc.constantFrom(...IVR_KEYS.slice(0, 10)), fc.integer({ min: 0, max: n - 1 })), {
          maxLength: 12,
        }),
        fc.integer({ min: 0, max: 6 }),
      )
      .map(([menus, links, maxDepth]) => {
        const ars: Record<string, ArMenus> = {};
        menus.forEach((m, i) => (ars[`ar${i}`] = { name: `AR ${i}`, extensionId: `ar${i}-ext`, menus: { business: m } }));
        for (const [from, key, to] of links) {
          ars[`ar${from}`]!.menus.business.keys[key] = { action: 6, target: { extensionId: `ar${to}-ext` } };
        }
        return { ars, maxDepth };
      }),
  );

  it('terminates, ids are unique, edges join drawn nodes, and without back edges auto receptionists form no loop', () => {
    fc.assert(
      fc.property(accountArb, ({ ars, maxDepth }) => {
        const g = buildRoutingGraph('ar0', ars, { maxDepth, includeDisabled: true });
        const nodeIds = new Set(g.nodes.map((n) => n.id));
        expect(nodeIds.size).toBe(g.nodes.length);
        expect(new Set(g.edges.map((e) => e.id)).size).toBe(g.edges.length);
        for (const e of g.edges) expect(nodeIds.has(e.from) && nodeIds.has(e.to)).toBe(true);
        // AR-level graph without back edges is acyclic: Kahn's algorithm consumes every AR
        const owner = new Map(g.nodes.map((n) => [n.id, n.arId]));
        const links = g.edges
          .filter((e) => !e.back && e.to.startsWith('ar:'))
          .map((e) => [owner.get(e.from)!, e.to.slice(3)] as const)
          .filter(([a]) => a !== undefined);
        const ars2 = new Set(links.flat());
        const indeg = new Map([...ars2].map((a) => [a, 0]));
        for (const [, b] of links) indeg.set(b, indeg.get(b)! + 1);
        const ready = [...ars2].filter((a) => indeg.get(a) === 0);
        let seen = 0;
        while (ready.length) {
          const a = ready.pop()!;
          seen++;
          for (const [x, b] of links) if (x === a && indeg.set(b, indeg.get(b)! - 1).get(b) === 0) ready.push(b);
        }
        expect(seen).toBe(ars2.size);
      }),
    );
  });
});
