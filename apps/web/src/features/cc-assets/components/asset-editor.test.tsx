import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { AssetResponse } from '@switchboard/contract/cc-assets';
import { setCsrfToken } from '@/lib/api-client';
import { jsonResponse, renderWithProviders, stubFetch } from '@/testing/render';
import { AssetEditor } from './asset-editor';

const data: AssetResponse = {
  asset: {
    id: 'a1',
    name: 'Chat greeting',
    description: '',
    type: 'text',
    categoryId: 'c2',
    categoryName: 'Chat Replies',
    language: 'en-US',
    modifiedBy: null,
    lastModified: null,
    items: [{ id: 'i1', name: 'en', language: 'en-US', isDefault: true, content: 'Hi!', voice: null, fileUrl: null }],
  },
  usedBy: { queues: [], flows: [] },
  version: 'v1',
};

describe('AssetEditor', () => {
  it('shows the asset’s own category once the categories arrive, and plans only what changed', async () => {
    setCsrfToken('csrf');
    const planned: unknown[] = [];
    stubFetch({
      'GET /api/cc/asset-categories': () =>
        jsonResponse({ items: [{ id: 'c1', name: 'Greetings', version: 'x' }, { id: 'c2', name: 'Chat Replies', version: 'y' }] }),
      'POST /api/cc/assets/a1/plan': async (req) => {
        planned.push(await req.json());
        return jsonResponse({ ops: [{ description: 'Rename “Chat greeting” to “Chat hello”', request: { method: 'PATCH', path: '/contact_center/asset_library/assets/a1', body: {} } }], diff: [] });
      },
    });
    renderWithProviders(<AssetEditor data={data} reload={async () => data} onWritten={vi.fn()} onDone={vi.fn()} href="/contact-center/assets/a1" historyHref="/history?object=a1" />);
    const category = screen.getByLabelText('Category') as HTMLSelectElement;
    await waitFor(() => expect(category.selectedOptions[0]?.textContent).toBe('Chat Replies'));
    await waitFor(() => expect(screen.getAllByRole('option', { name: 'Greetings' })).toHaveLength(1));

    const user = userEvent.setup();
    const name = screen.getByLabelText('Name');
    await user.clear(name);
    await user.type(name, 'Chat hello');
    await user.click(screen.getByRole('button', { name: 'Review changes' }));
    await screen.findByRole('heading', { name: 'Review changes' });
    expect(planned).toEqual([{ baseVersion: 'v1', name: 'Chat hello' }]);
  });
});
