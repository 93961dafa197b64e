import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { AutoReceptionistList } from '@switchboard/contract/auto-receptionists';
import { jsonResponse, renderWithProviders, stubFetch } from '@/testing/render';
import { AutoReceptionistList as ListView } from './auto-receptionist-list';

const list: AutoReceptionistList = {
  sites: [
    { id: 'site-ny', name: 'New York HQ' },
    { id: 'site-syd', name: 'Sydney' },
  ],
  items: [
    {
      id: 'ar1',
      name: 'Main Line',
      extensionId: 'e1',
      extensionNumber: '1000',
      site: { id: 'site-ny', name: 'New York HQ' },
      timezone: 'America/New_York',
      phoneNumbers: ['+12125550100'],
    },
    {
      id: 'ar2',
      name: 'Support Desk',
      extensionId: 'e2',
      extensionNumber: '1100',
      site: { id: 'site-ny', name: 'New York HQ' },
      timezone: 'America/New_York',
      phoneNumbers: [],
    },
    {
      id: 'ar3',
      name: 'Sydney Reception',
      extensionId: 'e3',
      extensionNumber: '3000',
      site: { id: 'site-syd', name: 'Sydney' },
      timezone: 'Australia/Sydney',
      phoneNumbers: ['+61290000000'],
    },
  ],
};

const rowNames = () =>
  within(screen.getByRole('table'))
    .getAllByRole('rowheader')
    .map((c) => c.textContent);

describe('AutoReceptionistList', () => {
  it('lists every auto receptionist with extension, site, zone and numbers, linking to the detail page', async () => {
    stubFetch({ 'GET /api/auto-receptionists': () => jsonResponse(list) });
    renderWithProviders(<ListView />);
    expect(await screen.findByRole('link', { name: 'Main Line' })).toBeTruthy();
    expect(rowNames()).toEqual(['Main Line', 'Support Desk', 'Sydney Reception']);
    expect(screen.getByRole('link', { name: 'Sydney Reception' }).getAttribute('href')).toBe('/auto-receptionists/ar3');
    const sydney = screen.getByRole('row', { name: /Sydney Reception/ });
    expect(sydney.textContent).toContain('3000');
    expect(sydney.textContent).toContain('Australia/Sydney');
    expect(sydney.textContent).toContain('+61 2 9000 0000'); // grouped as Australia writes it
    expect(screen.getByRole('row', { name: /Support Desk/ }).textContent).toContain('None');
    expect(screen.getByRole('status').textContent).toBe('3 auto receptionists');
  });

  it('narrows the table as you type and by site, and says when nothing matches', async () => {
    stubFetch({ 'GET /api/auto-receptionists': () => jsonResponse(list) });
    const { router } = renderWithProviders(<ListView />, { route: '/auto-receptionists' });
    await screen.findByRole('link', { name: 'Main Line' });

    await userEvent.type(screen.getByLabelText('Search'), '1100');
    await waitFor(() => expect(rowNames()).toEqual(['Support Desk']));
    expect(screen.getByRole('status').textContent).toBe('1 of 3 auto receptionists');
    expect(router.state.location.search).toBe('?q=1100');

    await userEvent.clear(screen.getByLabelText('Search'));
    await userEvent.selectOptions(screen.getByLabelText('Site'), 'Sydney');
    await waitFor(() => expect(rowNames()).toEqual(['Sydney Reception']));

    await userEvent.type(screen.getByLabelText('Search'), 'main');
    expect(await screen.findByText('No auto receptionists match “main” at Sydney.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();

    await userEvent.click(screen.getByRole('button', { name: 'Clear search and filter' }));
    await waitFor(() => expect(rowNames()).toHaveLength(3));
    expect((screen.getByLabelText('Search') as HTMLInputElement).value).toBe('');
  });

  it('starts from the filter in the address', async () => {
    stubFetch({ 'GET /api/auto-receptionists': () => jsonResponse(list) });
    renderWithProviders(<ListView />, { route: '/auto-receptionists?site=site-ny' });
    await waitFor(() => expect(rowNames()).toEqual(['Main Line', 'Support Desk']));
    expect((screen.getByLabelText('Site') as HTMLSelectElement).value).toBe('site-ny');
  });

  it('shows a busy state while loading, then the server’s sentence with a retry that works', async () => {
    let fail = true;
    stubFetch({
      'GET /api/auto-receptionists': () =>
        fail
          ? jsonResponse({ error: { code: 'zoom_unavailable', message: 'Zoom did not answer in time. Try again in a minute.' } }, 503)
          : jsonResponse(list),
    });
    const { container } = renderWithProviders(<ListView />);
    expect(container.querySelector('[aria-busy="true"]')).not.toBeNull();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Zoom did not answer in time. Try again in a minute.');

    fail = false;
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('link', { name: 'Main Line' })).toBeTruthy();
  });

  it('says so when the account has no auto receptionists at all', async () => {
    stubFetch({ 'GET /api/auto-receptionists': () => jsonResponse({ items: [], sites: [] }) });
    renderWithProviders(<ListView />);
    expect(await screen.findByText('This Zoom account has no auto receptionists yet.')).toBeTruthy();
  });
});
