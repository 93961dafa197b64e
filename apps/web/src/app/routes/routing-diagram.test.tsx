// The diagram page composed: the holiday selector draws the holiday's menu,
// and a click on a key follows the role (the session says which).
import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { Role } from '@switchboard/contract/session';
import { jsonResponse, renderWithProviders, stubFetch } from '@/testing/render';
import { ARS, mainMenu } from '@/features/routing-diagram/utils/fixtures.test-support';
import { Component as DiagramRoute } from './routing-diagram';

const holidays = [{ id: 'xmas', name: 'Christmas Day', from: '2098-12-25T08:00:00Z', to: '2098-12-26T08:00:00Z' }];

function setup(role: Role, url: string) {
  const ivrQueries: string[] = [];
  stubFetch({
    'GET /api/session': () => jsonResponse({ user: { id: 'u', email: `${role}@example.com`, name: role }, role, csrfToken: 'c' }),
    'GET /api/auto-receptionists': () => jsonResponse({ items: ARS, sites: [] }),
    'GET /api/auto-receptionists/main': () => jsonResponse({ ...ARS[0], holidays }),
    'GET /api/auto-receptionists/main/ivr': (req) => {
      ivrQueries.push(new URL(req.url).search);
      return jsonResponse({ menu: mainMenu(), version: '0123456789abcdef' });
    },
  });
  const view = renderWithProviders(<DiagramRoute />, { route: url, path: '/auto-receptionists/:id/diagram' });
  const location = () => `${view.router.state.location.pathname}${view.router.state.location.search}`;
  return { ...view, ivrQueries, location };
}

const box = (id: string) => document.querySelector<HTMLElement>(`.react-flow__node [data-node-id="${CSS.escape(id)}"]`);

describe('routing diagram page', () => {
  it('draws a holiday’s menu when one is chosen, and says other auto receptionists keep their own hours', async () => {
    const { ivrQueries } = setup('support', '/auto-receptionists/main/diagram?hours=business');
    const select = await screen.findByRole('combobox', { name: 'Holiday menu' });
    await waitFor(() => expect(box('key:main:1')).not.toBeNull());
    expect(ivrQueries).toEqual(['?hours=business']);
    fireEvent.change(select, { target: { value: 'xmas' } });
    await waitFor(() => expect(ivrQueries).toContain('?hours=business&holidayId=xmas'));
    await waitFor(() => expect(document.querySelector('.routing-diagram-page__view')?.textContent).toMatch(/^Drawn: the Christmas Day menu \(/));
    expect(screen.getByText(/follow their own hours and holidays/)).toBeTruthy();
    expect((select as HTMLSelectElement).value).toBe('xmas');
  });

  it('support: a key of a holiday menu opens that holiday’s menu in words on that key', async () => {
    const { location } = setup('support', '/auto-receptionists/main/diagram?holiday=xmas');
    await waitFor(() => expect(box('key:main:5')).not.toBeNull());
    fireEvent.click(box('key:main:5')!);
    expect(location()).toBe('/auto-receptionists/main?menu=holiday%3Axmas&key=5');
  });

  it('admin: the same click opens the editor on that key of that holiday’s menu', async () => {
    const { location } = setup('admin', '/auto-receptionists/main/diagram?holiday=xmas');
    await screen.findByText(/to change it in the editor/);
    await waitFor(() => expect(box('key:main:5')).not.toBeNull());
    fireEvent.click(box('key:main:5')!);
    expect(location()).toBe('/auto-receptionists/main/edit?menu=holiday:xmas&key=5');
  });
});
