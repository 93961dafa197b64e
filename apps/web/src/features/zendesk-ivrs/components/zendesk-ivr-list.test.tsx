// The Zendesk list: IVRs as rows (cards on phones) leading to their page; a
// search narrows them; Zendesk not connected is said plainly, not an error.
import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { jsonResponse, renderWithProviders, stubFetch } from '@/testing/render';
import { ZendeskIvrList } from './zendesk-ivr-list';

const items = [
  { id: '10001', name: 'Customer Support Line', phoneNumbers: ['Support Line'], menus: [{ id: '20001', name: 'Main menu', default: true }] },
  { id: '10002', name: 'Sales & Billing Line', phoneNumbers: ['Sales Line'], menus: [{ id: '20004', name: 'VIP', default: false }] },
];

describe('ZendeskIvrList', () => {
  it('lists IVRs with numbers and menus, each linking to its page; a search narrows them', async () => {
    stubFetch({ 'GET /api/zendesk/ivrs': () => jsonResponse({ items }) });
    renderWithProviders(<ZendeskIvrList q="vip" />);
    const link = await screen.findByRole('link', { name: 'Sales & Billing Line' });
    expect(link.getAttribute('href')).toBe('/zendesk/ivrs/10002');
    expect(screen.queryByRole('link', { name: 'Customer Support Line' })).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('1 of 2 Zendesk Talk IVRs');
  });

  it('Zendesk not connected: a sentence saying what to set, not an error', async () => {
    stubFetch({
      'GET /api/zendesk/ivrs': () =>
        jsonResponse({ error: { code: 'zendesk_not_connected', message: 'Zendesk Talk is not connected: an administrator sets ZENDESK_SUBDOMAIN, ZENDESK_EMAIL and ZENDESK_API_TOKEN.' } }, 503),
    });
    renderWithProviders(<ZendeskIvrList />);
    expect(await screen.findByText('Zendesk Talk is not connected.')).toBeTruthy();
    expect(screen.getByText(/ZENDESK_SUBDOMAIN, ZENDESK_EMAIL and ZENDESK_API_TOKEN/)).toBeTruthy();
  });
});
