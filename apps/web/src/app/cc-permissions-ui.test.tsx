// Contact Center pages offer writes to admins only: the library's "New
// asset" and "Categories", an asset's edit / duplicate / delete, business
// hours' week editor, a closure set's editor and the queues' "Change" — each
// page rendered for every role; support and managers read the same facts.
import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { ROLES, type Role } from '@switchboard/contract/session';
import type { QueryClient } from '@tanstack/react-query';
import { jsonResponse, renderWithProviders, stubFetch } from '@/testing/render';
import { Component as AssetPage } from './routes/cc-asset';
import { Component as AssetsPage } from './routes/cc-assets';
import { Component as BusinessHoursPage } from './routes/cc-business-hours';
import { Component as QueuesPage } from './routes/cc-queues';

const summary = {
  id: 'a1',
  name: 'Welcome greeting',
  description: 'Played first',
  type: 'audio',
  categoryId: 'c1',
  categoryName: 'Greetings',
  language: 'en-US',
  modifiedBy: 'ana@example.com',
  lastModified: '2026-11-01T10:00:00Z',
};
const item = { id: 'i1', name: 'en', language: 'en-US', isDefault: true, content: null, voice: null, fileUrl: '/api/cc/assets/a1/items/i1/file' };
const week = {
  timezone: 'Europe/London',
  days: {
    mon: { type: 'ranges', ranges: [{ from: '09:00', to: '12:00' }, { from: '13:00', to: '17:00' }] },
    tue: { type: 'all_day' },
    wed: { type: 'all_day' },
    thu: { type: 'all_day' },
    fri: { type: 'all_day' },
    sat: { type: 'closed' },
    sun: { type: 'closed' },
  },
};

function stubs(role: Role) {
  stubFetch({
    'GET /api/session': () => jsonResponse({ user: { id: 'u', email: `${role}@example.com`, name: role }, role, csrfToken: 'c' }),
    'GET /api/history': () => jsonResponse({ items: [], nextCursor: null }),
    'GET /api/cc/assets': () => jsonResponse({ items: [summary], nextPageToken: null }),
    'GET /api/cc/asset-categories': () => jsonResponse({ items: [{ id: 'c1', name: 'Greetings', version: 'cv' }] }),
    'GET /api/cc/assets/a1': () => jsonResponse({ asset: { ...summary, items: [item] }, usedBy: { queues: [{ id: 'q1', name: 'Support' }], flows: [] }, version: 'v1' }),
    'GET /api/cc/business-hours/bh1': () =>
      jsonResponse({ businessHours: { id: 'bh1', name: 'UK office', description: '', timezone: 'Europe/London', accountDefault: true, schedule: week }, usedBy: { queues: [], flows: [] }, version: 'v1' }),
    'GET /api/cc/queues': () =>
      jsonResponse({
        items: [{ id: 'q1', name: 'Support', channel: 'voice', businessHoursId: 'bh1', businessHoursName: 'UK office', followsDefaultBusinessHours: false, closureSetId: null, closureSetName: null, followsDefaultClosureSet: false, version: 'qv' }],
      }),
  });
}

async function sessionKnown(view: { queryClient: QueryClient }) {
  await waitFor(() => expect(view.queryClient.getQueryData(['session'])).toBeTruthy());
}

describe.each(ROLES)('%s on the Contact Center pages', (role) => {
  const edits = role === 'admin';

  it('the library offers a new asset and categories to admins only', async () => {
    stubs(role);
    await sessionKnown(renderWithProviders(<AssetsPage />, { route: '/contact-center/assets' }));
    expect(await screen.findByRole('link', { name: 'Welcome greeting' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'New asset' }) !== null).toBe(edits);
    expect(screen.queryByRole('link', { name: 'Categories' }) !== null).toBe(edits);
    expect(screen.queryByText('Only admins change Contact Center hours, closures, queues and assets.') !== null).toBe(!edits);
  });

  it('an asset plays for everyone; edit, duplicate and delete are for admins', async () => {
    stubs(role);
    await sessionKnown(renderWithProviders(<AssetPage />, { route: '/contact-center/assets/a1', path: '/contact-center/assets/:id' }));
    await screen.findByRole('heading', { level: 1, name: 'Welcome greeting' });
    const audio = screen.getByLabelText('Play Welcome greeting in English (United States)');
    expect(audio.getAttribute('src')).toBe('/api/cc/assets/a1/items/i1/file');
    expect(screen.getByText(/by ana@example\.com/)).toBeTruthy();
    for (const name of ['Edit asset', 'Duplicate', 'Delete']) expect(screen.queryByRole('button', { name }) !== null).toBe(edits);
  });

  it('business hours: the week editor (several ranges a day) for admins, the week in words for others', async () => {
    stubs(role);
    await sessionKnown(renderWithProviders(<BusinessHoursPage />, { route: '/contact-center/hours/business/bh1', path: '/contact-center/hours/business/:id' }));
    await screen.findByRole('heading', { level: 1, name: 'UK office' });
    expect(screen.queryByLabelText('Monday opens at, hours 2') !== null).toBe(edits);
    expect(screen.queryByRole('button', { name: 'Review changes' }) !== null).toBe(edits);
    if (!edits) expect(screen.getByText('09:00–12:00, 13:00–17:00')).toBeTruthy();
  });

  it('queues: "Change" for admins only', async () => {
    stubs(role);
    await sessionKnown(renderWithProviders(<QueuesPage />, { route: '/contact-center/queues' }));
    expect(await screen.findByRole('link', { name: 'UK office' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Change the hours of Support' }) !== null).toBe(edits);
  });
});
