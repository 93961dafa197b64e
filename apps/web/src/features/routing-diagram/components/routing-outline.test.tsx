import { describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '@/testing/render';
import { buildDiagramGraph } from '../utils/diagram-graph';
import type { ClickContext } from '../utils/node-action';
import { buildOutline } from '../utils/outline';
import { ARS, mainMenu, supportMenu } from '../utils/fixtures.test-support';
import { RoutingOutline } from './routing-outline';

function renderOutline(
  menus: Parameters<typeof buildDiagramGraph>[0]['menus'],
  expanded: string[],
  { loading = new Set<string>(), canEdit = false } = {},
) {
  const graph = buildDiagramGraph({ rootArId: 'main', hours: 'business', ars: ARS, menus, expanded })!;
  const expand = vi.fn();
  const collapse = vi.fn();
  const click: ClickContext = { canEdit, rootArId: 'main', rootMenu: 'business', otherHours: 'business' };
  renderWithProviders(
    <RoutingOutline
      root={buildOutline(graph)!}
      loading={loading}
      click={click}
      renderQueue={(ext, name) => <p>Members of {name} ({ext})</p>}
      expand={expand}
      collapse={collapse}
    />,
  );
  return { expand, collapse };
}

const href = (name: string | RegExp) => screen.getByRole('link', { name }).getAttribute('href');

describe('RoutingOutline', () => {
  it('support: keys, the greeting and “no key pressed” link to the menu in words on that part; no editor anywhere', async () => {
    const { expand } = renderOutline({ main: mainMenu() }, []);
    expect(href('Key 1: Forward to call queue Sales (ext 6001)')).toBe('/auto-receptionists/main?menu=business&key=1');
    expect(href(/^No key pressed: Repeat the greeting twice/)).toBe('/auto-receptionists/main?menu=business&part=no-key');
    expect(href('Read the menu of Main line')).toBe('/auto-receptionists/main?menu=business');
    expect(screen.getAllByRole('link').every((a) => !a.getAttribute('href')!.includes('/edit'))).toBe(true);
    await userEvent.click(screen.getByRole('button', { name: 'Show the menu of Support menu (ext 8002)' }));
    expect(expand).toHaveBeenCalledWith('support');
  });

  it('admins: the same links open the editor on that part', () => {
    renderOutline({ main: mainMenu() }, [], { canEdit: true });
    expect(href('Key 1: Forward to call queue Sales (ext 6001)')).toBe('/auto-receptionists/main/edit?menu=business&key=1');
    expect(href('Edit the menu of Main line')).toBe('/auto-receptionists/main/edit?menu=business');
  });

  it('a call queue shows who answers it on request', async () => {
    renderOutline({ main: mainMenu() }, []);
    const toggle = screen.getByRole('button', { name: 'Who answers Sales (ext 6001)' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByText(/Members of/)).toBeNull();
    await userEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByText('Members of Sales (ext 6001) (q-ext)')).toBeTruthy();
  });

  it('shows the loop as “back to …” without repeating the menu it leads to', async () => {
    const { collapse } = renderOutline({ main: mainMenu(), support: supportMenu() }, ['support']);
    const key9 = screen.getByRole('link', { name: 'Key 9: Forward to auto receptionist Main line (ext 8001)' }).closest('li')!;
    expect(within(key9).getByText(/back to Main line/)).toBeTruthy();
    expect(within(key9).getAllByRole('link')).toHaveLength(1);
    expect(screen.getAllByText('Main line')).toHaveLength(1);
    await userEvent.click(screen.getByRole('button', { name: 'Hide the menu of Support menu' }));
    expect(collapse).toHaveBeenCalledWith('support');
  });

  it('says a menu is loading and does not ask twice', () => {
    renderOutline({ main: mainMenu() }, ['support'], { loading: new Set(['support']) });
    expect((screen.getByRole('button', { name: 'Loading its menu…' }) as HTMLButtonElement).disabled).toBe(true);
  });
});
