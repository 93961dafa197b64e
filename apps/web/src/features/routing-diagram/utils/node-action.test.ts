import { describe, expect, it } from 'vitest';
import { buildDiagramGraph, type DiagramNode } from './diagram-graph';
import { diagramHelp, nodeClick, nodeDetails, type ClickContext } from './node-action';
import { ARS, mainMenu, supportMenu } from './fixtures.test-support';

const graph = buildDiagramGraph({ rootArId: 'main', hours: 'business', ars: ARS, menus: { main: mainMenu(), support: supportMenu() }, expanded: ['support'] })!;
const node = (id: string): DiagramNode => graph.nodes.find((n) => n.id === id)!;
const admin: ClickContext = { canEdit: true, rootArId: 'main', rootMenu: 'holiday:xmas', otherHours: 'business' };
const support: ClickContext = { ...admin, canEdit: false };

describe('what a click on a box does, by role', () => {
  it('a key: the editor on that key for admins, the menu in words with that key marked for everyone else', () => {
    expect(nodeClick(node('key:main:*'), admin)).toEqual({
      kind: 'open',
      href: '/auto-receptionists/main/edit?menu=holiday:xmas&key=*',
      title: 'Change key * in the editor',
    });
    expect(nodeClick(node('key:main:*'), support)).toEqual({
      kind: 'open',
      href: '/auto-receptionists/main?menu=holiday%3Axmas&key=*',
      title: 'Read key * in the menu',
    });
    // another auto receptionist's key: its own menu, for the hours drawn
    expect(nodeClick(node('key:support:9'), support)).toMatchObject({ href: '/auto-receptionists/support?menu=business&key=9' });
  });

  it('the greeting and "no key pressed" open their own part of the menu', () => {
    expect(nodeClick(node('greeting:main'), admin)).toMatchObject({ href: '/auto-receptionists/main/edit?menu=holiday:xmas&part=greeting' });
    expect(nodeClick(node('nokey:main'), support)).toMatchObject({ href: '/auto-receptionists/main?menu=holiday%3Axmas&part=no-key' });
  });

  it('never sends support or managers to the editor', () => {
    for (const n of graph.nodes) {
      const click = nodeClick(n, support);
      if (click.kind === 'open') expect(click.href).not.toContain('/edit');
      for (const link of nodeDetails(n, support).links) expect(link.href).not.toContain('/edit');
    }
  });

  it('an auto receptionist not drawn yet is drawn here; a drawn one, a queue or anything else opens a panel', () => {
    expect(nodeClick(node('ext:branch-ext'), support)).toMatchObject({ kind: 'expand', arId: 'branch' });
    expect(nodeClick(node('ar:support'), support).kind).toBe('details');
    expect(nodeClick(node('ext:q-ext'), support)).toMatchObject({ kind: 'details', title: 'See who answers this queue' });
    expect(nodeClick(node('ext:u-ext'), support).kind).toBe('details');
  });
});

describe('the panel a box opens', () => {
  it('a drawn auto receptionist: its menu in words for everyone, its editor for admins only, its own diagram', () => {
    expect(nodeDetails(node('ar:support'), support).links.map((l) => [l.label, l.href])).toEqual([
      ['Read its menu', '/auto-receptionists/support?menu=business'],
      ['Open its own routing diagram', '/auto-receptionists/support/diagram?hours=business'],
    ]);
    expect(nodeDetails(node('ar:support'), admin).links.map((l) => l.label)).toEqual(['Read its menu', 'Edit its menu', 'Open its own routing diagram']);
    expect(nodeDetails(node('ar:main'), support).links.map((l) => l.label)).toEqual(['Read its menu']);
  });

  it('a queue: found by its extension, to list its members; others say what they are', () => {
    expect(nodeDetails(node('ext:q-ext'), support)).toMatchObject({ kind: 'Call queue', queueExtensionId: 'q-ext' });
    expect(nodeDetails(node('ext:u-ext'), support)).toEqual({ kind: 'User', description: 'The call rings this person.', links: [] });
  });

  it('the help says what a click does for the role', () => {
    expect(diagramHelp(true)).toMatch(/to change it in the editor/);
    expect(diagramHelp(false)).toMatch(/to read it in the auto receptionist’s menu/);
    expect(diagramHelp(false)).not.toMatch(/editor/);
  });
});
