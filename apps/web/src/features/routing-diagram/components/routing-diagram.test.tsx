import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import type { Menu } from '@switchboard/routing-core/ivr/menu';
import { renderWithProviders } from '@/testing/render';
import { ARS, mainMenu, supportMenu } from '../utils/fixtures.test-support';
import { RoutingDiagram } from './routing-diagram';

function setup({ expanded = [] as string[], canEdit = false, rootMenu = 'business' } = {}) {
  const menus: Record<string, Menu> = expanded.includes('support') ? { main: mainMenu(), support: supportMenu() } : { main: mainMenu() };
  const props = {
    input: { rootArId: 'main', hours: 'business' as const, ars: ARS, menus, expanded },
    loading: new Set<string>(),
    canEdit,
    rootMenu,
    renderQueue: vi.fn((extensionId: string, name: string) => <p data-testid="members">Members of {name} ({extensionId})</p>),
    expand: vi.fn(),
    collapse: vi.fn(),
  };
  const view = renderWithProviders(<RoutingDiagram {...props} />, { route: '/auto-receptionists/main/diagram?hours=business' });
  const location = () => `${view.router.state.location.pathname}${view.router.state.location.search}`;
  return { ...props, container: view.container, location };
}

// happy-dom measures nothing, so xyflow keeps nodes hidden from role queries: query the DOM directly.
const box = (container: HTMLElement, id: string) => {
  const el = container.querySelector<HTMLElement>(`.react-flow__node [data-node-id="${CSS.escape(id)}"]`);
  if (!el) throw new Error(`no box ${id}`);
  return el;
};
const panel = () => document.querySelector<HTMLElement>('.diagram-details');

describe('RoutingDiagram: every box does something, for every role, with no dead end', () => {
  it('support: a key opens the menu in words with that key marked — never the editor', () => {
    const { container, location } = setup();
    expect(box(container, 'key:main:1').title).toBe('Read key 1 in the menu');
    fireEvent.click(box(container, 'key:main:1'));
    expect(location()).toBe('/auto-receptionists/main?menu=business&key=1');
  });

  it('admin: a key opens the editor on that key', () => {
    const { container, location } = setup({ canEdit: true, rootMenu: 'closed' });
    expect(box(container, 'key:main:4').title).toBe('Change key 4 in the editor');
    fireEvent.click(box(container, 'key:main:4'));
    expect(location()).toBe('/auto-receptionists/main/edit?menu=closed&key=4');
  });

  it('the greeting and "no key pressed" open their part of the menu', () => {
    const support = setup();
    fireEvent.click(box(support.container, 'nokey:main'));
    expect(support.location()).toBe('/auto-receptionists/main?menu=business&part=no-key');
  });

  it('an auto receptionist not drawn yet is drawn on click; its “Show its menu” button does the same and opens nothing', () => {
    const { container, expand, location } = setup();
    const branch = box(container, 'ext:branch-ext');
    fireEvent.click(branch);
    expect(expand).toHaveBeenLastCalledWith('branch');
    // (hidden from role queries until measured, see above)
    const button = branch.querySelector('button')!;
    expect(button.textContent).toBe('Show its menu');
    fireEvent.click(button);
    expect(expand).toHaveBeenCalledTimes(2);
    expect(location()).toBe('/auto-receptionists/main/diagram?hours=business');
    expect(panel()).toBeNull();
  });

  it('a call queue shows who answers it, in a panel that takes focus and closes', () => {
    const { container, renderQueue } = setup();
    fireEvent.click(box(container, 'ext:q-ext'));
    const details = panel()!;
    expect(within(details).getByRole('heading', { name: 'Sales (ext 6001)' })).toBe(document.activeElement);
    expect(within(details).getByText('Call queue')).toBeTruthy();
    expect(within(details).getByTestId('members').textContent).toBe('Members of Sales (ext 6001) (q-ext)');
    expect(renderQueue).toHaveBeenCalledWith('q-ext', 'Sales (ext 6001)');
    expect(box(container, 'ext:q-ext').classList.contains('is-selected')).toBe(true);
    fireEvent.keyDown(details, { key: 'Escape' });
    expect(panel()).toBeNull();
  });

  it('the second drawing of a queue (where “no key pressed” leads) opens the same panel', () => {
    const { container, renderQueue } = setup();
    fireEvent.click(box(container, 'ext:q-ext~1'));
    expect(renderQueue).toHaveBeenCalledWith('q-ext', 'Sales (ext 6001)');
  });

  it('any other destination says what it is', () => {
    const { container } = setup();
    fireEvent.click(box(container, 'ext:u-ext'));
    const details = panel()!;
    expect(within(details).getByText('User')).toBeTruthy();
    expect(within(details).getByText('The call rings this person.')).toBeTruthy();
    fireEvent.click(within(details).getByRole('button', { name: /Close/ }));
    expect(panel()).toBeNull();
  });

  it('a drawn auto receptionist’s panel offers what the role can do: reading for support, editing too for admins', () => {
    const supportView = setup({ expanded: ['support'] });
    fireEvent.click(box(supportView.container, 'ar:support'));
    const links = () => within(panel()!).getAllByRole('link').map((a) => [a.textContent, a.getAttribute('href')]);
    expect(links()).toEqual([
      ['Read its menu', '/auto-receptionists/support?menu=business'],
      ['Open its own routing diagram', '/auto-receptionists/support/diagram?hours=business'],
    ]);
    fireEvent.click(within(panel()!).getByRole('button', { name: 'Hide its menu' }));
    expect(supportView.collapse).toHaveBeenCalledWith('support');
  });

  it('admins get the editor in that panel too', () => {
    const { container } = setup({ expanded: ['support'], canEdit: true });
    fireEvent.click(box(container, 'ar:support'));
    expect(within(panel()!).getByRole('link', { name: 'Edit its menu' }).getAttribute('href')).toBe('/auto-receptionists/support/edit?menu=business');
  });

  it('says what a click does for the signed-in role', () => {
    setup();
    expect(screen.getByText(/to read it in the auto receptionist’s menu/)).toBeTruthy();
    expect(screen.queryByText(/in the editor/)).toBeNull();
  });

  it('tells admins a click changes a key in the editor', () => {
    setup({ canEdit: true });
    expect(screen.getByText(/Click a key, the greeting or “No key pressed” to change it in the editor/)).toBeTruthy();
  });

  it('counts the loop between auto receptionists and offers the list beside the drawing', () => {
    setup({ expanded: ['support'] });
    expect(screen.getByText(/1 loop between auto receptionists/)).toBeTruthy();
    const list = screen.getByRole('region', { name: 'Routing as a list' });
    expect(within(list).getByText(/back to Main line/)).toBeTruthy();
  });
});
