import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { jsonResponse, renderWithProviders, stubFetch } from '@/testing/render';
import { OpenNowBadge } from './open-now-badge';

describe('OpenNowBadge', () => {
  it('asks for the status now and says the state, the reason and the next change on the extension’s clock', async () => {
    const { calls } = stubFetch({
      'GET /api/extensions/cq-apac/status': () =>
        jsonResponse({
          state: 'holiday',
          reason: 'Closed — Christmas Day',
          until: '2026-12-25T13:00:00Z',
          untilWords: 'until Sat 26 Dec 00:00 AEDT',
          timezone: 'Australia/Sydney',
        }),
    });
    const before = Date.now();
    renderWithProviders(<OpenNowBadge extensionId="cq-apac" />);
    expect(await screen.findByText('Closed — Christmas Day until Sat 26 Dec 00:00 AEDT')).toBeTruthy();
    expect(screen.getByText('Closed for a holiday').className).toContain('badge--warning');
    const at = new URL(calls[0]!.url).searchParams.get('at')!;
    expect(Date.parse(at)).toBeGreaterThanOrEqual(before - 1000);
  });

  it('says the status is not known when the BFF cannot tell', async () => {
    stubFetch({ 'GET /api/extensions/cq-apac/status': () => jsonResponse({ error: { code: 'zoom_unavailable', message: 'Zoom is not answering.' } }, 503) });
    renderWithProviders(<OpenNowBadge extensionId="cq-apac" />);
    expect(await screen.findByText('Not known: Zoom is not answering.')).toBeTruthy();
  });
});
