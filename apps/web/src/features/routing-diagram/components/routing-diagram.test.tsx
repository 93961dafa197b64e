import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import type { Menu } from '@switchboard/routing-core/ivr/menu';
import { renderWithProviders } from '@/testing/render';
import { ARS, mainMenu, supportMenu } from '../utils/fixtures.test-support';
import { RoutingDiagram } from './routing-diagram';

function setup(expanded: string[]) {
  const menus: Record<string, Menu> = expanded.includes('support') ? { main: mainMenu(), support: supportMenu() } : { main: mainMenu() };
  const props = {
    input: { rootArId: 'main', hours: 'business' as const, ars: ARS, menus, expanded },
    loading: new Set<string>(),
    editorHref: (id: string) => `/auto-receptionists/${id}/edit?menu=business`,
    onOpenEditor: vi.fn(),
    expand: vi.fn(),
    collapse: vi.fn(),
  };
  const view = renderWithProviders(<RoutingDiagram {...props} />);
  return { ...props, container: view.container };
}

const canvasNode = (container: HTMLElement, id: string) => container.querySelector<HTMLElement>(`.react-flow__node [data-node-id="${id}"]`)!;

describe('RoutingDiagram', () => {
  // happy-dom measures nothing, so xyflow keeps nodes hidden from role queries: query the DOM directly.
  it('draws a box per node; a click on an auto receptionist or a key opens that menu’s editor, “Show its menu” expands instead', () => {
    const { container, onOpenEditor, expand } = setup([]);
    expect(container.querySelectorAll('.react-flow__node')).toHaveLength(container.querySelectorAll('.routing-node').length);
    const support = canvasNode(container, 'ext:support-ext');
    expect(support.textContent).toContain('Support menu (ext 8002)');

    const toggle = support.querySelector('button')!;
    expect(toggle.textContent).toBe('Show its menu');
    fireEvent.click(toggle);
    expect(expand).toHaveBeenCalledWith('support');
    expect(onOpenEditor).not.toHaveBeenCalled();

    fireEvent.click(support);
    expect(onOpenEditor).toHaveBeenLastCalledWith('support');
    fireEvent.click(canvasNode(container, 'key:main:1'));
    expect(onOpenEditor).toHaveBeenLastCalledWith('main');
    // a call queue has no editor here: nothing happens
    onOpenEditor.mockClear();
    fireEvent.click(canvasNode(container, 'ext:q-ext'));
    expect(onOpenEditor).not.toHaveBeenCalled();
  });

  it('counts the loop between auto receptionists and offers the list beside the drawing', () => {
    setup(['support']);
    expect(screen.getByText(/1 loop between auto receptionists/)).toBeTruthy();
    const list = screen.getByRole('region', { name: 'Routing as a list' });
    expect(within(list).getByText(/back to Main line/)).toBeTruthy();
  });
});
