import { describe, expect, test } from 'vitest';
import { demoSnapshot, X } from '../testing/routing-demo';
import { routeTreeOfEntryPoint, routeTreeOfExtension, ROUTE_TREE_MAX_DEPTH, type RouteTreeNode } from './route-tree';
import { indexSnapshot } from './snapshot-index';

const index = indexSnapshot(demoSnapshot());
const ext = (id: string) => index.byExtensionId.get(id)!;
const child = (n: RouteTreeNode, label: string) => {
  const c = n.children.find((x) => x.label.startsWith(label));
  if (!c) throw new Error(`no child "${label}" under "${n.label}": ${n.children.map((x) => x.label).join(', ')}`);
  return c;
};
const depth = (n: RouteTreeNode): number => 1 + Math.max(0, ...n.children.map(depth));

describe('routeTreeOfExtension', () => {
  const main = routeTreeOfExtension(index, ext(X.main));

  test('an auto receptionist shows each menu that can play, its holiday menu included, linked to the menu', () => {
    expect(main.kind).toBe('auto_receptionist');
    expect(main.children.map((c) => c.label)).toEqual(expect.arrayContaining(['The business-hours menu', 'The closed-hours menu', "The holiday menu 'Christmas Day'"]));
    expect(child(main, "The holiday menu 'Christmas Day'").ref).toEqual({ type: 'autoReceptionist', id: 'ar-main', extensionId: X.main, menu: 'holiday:hol-xmas' });
  });

  test('keys lead to their targets; disabled keys are left out; a call queue lists its members', () => {
    const business = child(main, 'The business-hours menu');
    expect(business.children.some((k) => k.label === 'Key 7')).toBe(false);
    expect(child(business, 'Key *')).toMatchObject({ detail: expect.stringMatching(/Repeat/), children: [] });
    const queue = child(child(business, 'Key 2'), 'Support AU');
    expect(queue.kind).toBe('call_queue');
    expect(queue.detail).toMatch(/5 members/);
    expect(queue.children.slice(0, 5).map((c) => c.label)).toEqual(['Agent 1', 'Agent 2', 'Agent 3', 'Agent 4', 'Agent 5']);
  });

  test('a key to a deleted target says so; a Contact Center key goes entry point → flow → queue', () => {
    const business = child(main, 'The business-hours menu');
    expect(child(business, 'Key 9').children[0]).toMatchObject({ kind: 'other', detail: expect.stringMatching(/no longer in Zoom/) });
    const ep = child(business, 'Key 3').children[0]!;
    expect(ep).toMatchObject({ kind: 'cc_entry_point', label: 'Care AU' });
    expect(ep.children[0]).toMatchObject({ kind: 'cc_flow', label: 'Care inbound' });
    expect(ep.children[0]!.children[0]).toMatchObject({ kind: 'cc_queue', label: 'Care AU', detail: '12 agents' });
  });

  test('two auto receptionists sending calls to each other: the second visit is "shown above", not expanded', () => {
    const a = routeTreeOfExtension(index, ext(X.loopA));
    const b = child(child(child(a, 'The business-hours menu'), 'Key 1'), 'Loop B');
    const back = child(child(child(b, 'The business-hours menu'), 'Key 1'), 'Loop A');
    expect(back.detail).toBe('shown above');
    expect(back.children).toEqual([]);
  });

  test('a deactivated user takes no calls; the depth stays bounded', () => {
    expect(routeTreeOfExtension(index, ext(X.tom)).detail).toMatch(/deactivated/);
    for (const e of index.byExtensionId.values()) expect(depth(routeTreeOfExtension(index, e))).toBeLessThanOrEqual(ROUTE_TREE_MAX_DEPTH * 4 + 4);
  });

  test('an unknown entry point is named as gone', () => {
    expect(routeTreeOfEntryPoint(index, 'nope').detail).toMatch(/no longer/);
  });
});
