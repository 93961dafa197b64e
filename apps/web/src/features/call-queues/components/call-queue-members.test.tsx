import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { jsonResponse, renderWithProviders, stubFetch } from '@/testing/render';
import { CallQueueMembers } from './call-queue-members';

describe('CallQueueMembers', () => {
  it('lists who answers the queue, with extensions', async () => {
    stubFetch({
      'GET /api/call-queues/q1': () =>
        jsonResponse({
          id: 'q1',
          name: 'Sales',
          extensionNumber: '6001',
          members: [
            { id: 'u1', name: 'Ana Silva', extensionNumber: '1001' },
            { id: 'ca1', name: 'Lobby phone', extensionNumber: null },
          ],
        }),
    });
    renderWithProviders(<CallQueueMembers id="q1" />);
    const list = await screen.findByRole('list', { name: 'Members of Sales' });
    expect(Array.from(within(list).getAllByRole('listitem'), (li) => li.textContent)).toEqual(['Ana Silva (ext 1001)', 'Lobby phone']);
    expect(screen.getByText('2 members answer its calls:')).toBeTruthy();
  });

  it('says so when the queue has no members, and shows the server’s sentence when it is gone', async () => {
    stubFetch({
      'GET /api/call-queues/q1': () => jsonResponse({ id: 'q1', name: 'Sales', extensionNumber: null, members: [] }),
      'GET /api/call-queues/gone': () =>
        jsonResponse({ error: { code: 'not_found', message: 'There is no call queue with id "gone". It may have been deleted.' } }, 404),
    });
    renderWithProviders(<CallQueueMembers id="q1" />);
    expect(await screen.findByText('This queue has no members.')).toBeTruthy();
    renderWithProviders(<CallQueueMembers id="gone" />);
    expect((await screen.findByRole('alert')).textContent).toContain('There is no call queue with id "gone". It may have been deleted.');
  });
});
