import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { jsonResponse, renderWithProviders, stubFetch } from '@/testing/render';
import { AssetLibrary } from './asset-library';

const asset = (id: string, name: string, type = 'audio', lastModified = '2026-11-01T10:00:00Z') => ({
  id,
  name,
  description: '',
  type,
  categoryId: 'c1',
  categoryName: 'Greetings',
  language: 'en-US',
  modifiedBy: null,
  lastModified,
});

function setup(route = '/contact-center/assets') {
  const fetch = stubFetch({
    'GET /api/cc/asset-categories': () => jsonResponse({ items: [{ id: 'c1', name: 'Greetings', version: 'v' }] }),
    'GET /api/cc/assets': (req) => {
      const token = new URL(req.url).searchParams.get('pageToken');
      return token === 'page-2'
        ? jsonResponse({ items: [asset('a3', 'Alpha', 'text', '2026-11-20T00:00:00Z')], nextPageToken: null })
        : jsonResponse({ items: [asset('a1', 'Welcome'), asset('a2', 'Hold music')], nextPageToken: 'page-2' });
    },
  });
  renderWithProviders(<AssetLibrary />, { route });
  return fetch;
}

const names = () => screen.getAllByRole('rowheader').map((r) => r.textContent);

describe('AssetLibrary', () => {
  it('follows nextPageToken with "Load more" until the last page', async () => {
    const fetch = setup();
    await screen.findByRole('link', { name: 'Welcome' });
    expect(screen.getByText('2 assets loaded — Zoom has more')).toBeTruthy();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Load more assets' }));
    await screen.findByRole('link', { name: 'Alpha' });
    expect(names()).toEqual(['Alpha', 'Hold music', 'Welcome']);
    expect(screen.queryByRole('button', { name: 'Load more assets' })).toBeNull();
    expect(screen.getByText('3 assets')).toBeTruthy();
    const asked = fetch.calls.filter((r) => new URL(r.url).pathname === '/api/cc/assets').map((r) => new URL(r.url).searchParams.get('pageToken'));
    expect(asked).toEqual([null, 'page-2']);
  });

  it('sends search and filters to the BFF from the URL, and sorts what it loaded', async () => {
    const fetch = setup('/contact-center/assets?q=wel&type=audio&category=c1&language=en-US&sort=changed');
    await screen.findByRole('link', { name: 'Welcome' });
    const first = new URL(fetch.calls.find((r) => new URL(r.url).pathname === '/api/cc/assets')!.url);
    expect(Object.fromEntries(first.searchParams)).toEqual({ q: 'wel', type: 'audio', category: 'c1', language: 'en-US' });
    expect((screen.getByLabelText('Sort by') as HTMLSelectElement).value).toBe('changed');
    await waitFor(() => expect((screen.getByLabelText('Category') as HTMLSelectElement).value).toBe('c1'));
  });
});
