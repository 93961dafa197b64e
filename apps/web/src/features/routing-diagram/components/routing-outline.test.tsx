import { describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '@/testing/render';
import { buildDiagramGraph } from '../utils/diagram-graph';
import { buildOutline } from '../utils/outline';
import { ARS, mainMenu, supportMenu } from '../utils/fixtures.test-support';
import { RoutingOutline } from './routing-outline';

function renderOutline(menus: Parameters<typeof buildDiagramGraph>[0]['menus'], expanded: string[], loading = new Set<string>()) {
  const graph = buildDiagramGraph({ rootArId: 'main', hours: 'business', ars: ARS, menus, expanded })!;
  const expand = vi.fn();
  const collapse = vi.fn();
  renderWithProviders(
    <RoutingOutline root={buildOutline(graph)!} loading={loading} editorHref={(id) => `/edit/${id}`} expand={expand} collapse={collapse} />,
  );
  return { expand, collapse };
}

describe('RoutingOutline', () => {
  it('reads the routing as a nested list with editor links, and asks to expand a target auto receptionist', async () => {
    const { expand } = renderOutline({ main: mainMenu() }, []);
    expect(screen.getByText('Key 1: Forward to call queue Sales (ext 6001)')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Open Main line in the editor' }).getAttribute('href')).toBe('/edit/main');
    await userEvent.click(screen.getByRole('button', { name: 'Show the menu of Support menu (ext 8002)' }));
    expect(expand).toHaveBeenCalledWith('support');
  });

  it('shows the loop as “back to …” without repeating the menu it leads to', async () => {
    const { collapse } = renderOutline({ main: mainMenu(), support: supportMenu() }, ['support']);
    const key9 = screen.getByText('Key 9: Forward to auto receptionist Main line (ext 8001)').closest('li')!;
    expect(within(key9).getByText(/back to Main line/)).toBeTruthy();
    expect(within(key9).queryByRole('link')).toBeNull();
    expect(screen.getAllByText('Main line')).toHaveLength(1);
    await userEvent.click(screen.getByRole('button', { name: 'Hide the menu of Support menu' }));
    expect(collapse).toHaveBeenCalledWith('support');
  });

  it('says a menu is loading and does not ask twice', () => {
    renderOutline({ main: mainMenu() }, ['support'], new Set(['support']));
    expect((screen.getByRole('button', { name: 'Loading its menu…' }) as HTMLButtonElement).disabled).toBe(true);
  });
});
