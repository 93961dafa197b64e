// The routing explorer page with the BFF stubbed: a search shows the hit and its
// tree; "Trace this number" fills the form; tracing puts the form in the
// address (the shareable link) and shows the steps and the end; a link with a
// trace in it traces at once, at the instant its wall clock and zone mean.
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { jsonResponse, renderWithProviders, stubFetch } from '@/testing/render';
import { Component as RoutingExplorer } from './routing-explorer';

const refreshedAt = '2026-12-01T00:00:00.000Z';
const tree = { kind: 'auto_receptionist', label: 'Main Line – Sydney (ext 8006)', children: [{ kind: 'menu', label: 'The business-hours menu', children: [] }] };
const traced = {
  steps: [{ kind: 'holiday', id: 'h', name: 'Christmas Day', reason: "10:00 AEDT on Fri 25 Dec is inside the holiday 'Christmas Day'." }],
  end: { kind: 'call_queue', id: 'q', name: 'Technical Support', reason: "Call queue 'Technical Support' takes the call." },
  outcome: 'rings',
  at: '2026-12-24T23:00:00.000Z',
  refreshedAt,
};

afterEach(() => vi.unstubAllGlobals());

function stub() {
  return stubFetch({
    'GET /api/routing/search': () =>
      jsonResponse({ items: [{ matched: '+61 2 5550 1001 (phone number)', number: '+61255501001', name: 'Main Line – Sydney', type: 'auto receptionist', timezone: 'Australia/Sydney', diagramHref: '/auto-receptionists/ar-1/diagram', tree }], refreshedAt }),
    'GET /api/routing/trace': () => jsonResponse(traced),
  });
}

describe('routing explorer page', () => {
  test('search → the hit with its tree and diagram; trace this number → the form; trace → the address and the end', async () => {
    const { calls } = stub();
    const { router } = renderWithProviders(<RoutingExplorer />, { route: '/routing' });
    await userEvent.type(screen.getByLabelText('Phone number, extension number or name'), '(02) 5550 1001');
    await userEvent.click(screen.getByRole('button', { name: 'Search' }));
    expect(await screen.findByRole('heading', { name: 'Main Line – Sydney' })).toBeTruthy();
    expect(screen.getByText('The business-hours menu')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Diagram' }).getAttribute('href')).toBe('/auto-receptionists/ar-1/diagram');
    expect(new URL(calls[0]!.url).searchParams.get('q')).toBe('(02) 5550 1001');

    await userEvent.click(screen.getByRole('button', { name: 'Trace this number' }));
    expect((screen.getByLabelText('Number called') as HTMLInputElement).value).toBe('+61255501001');
    // the form starts on the clock of the zone the entry point's hours are kept in
    expect((screen.getByLabelText('Time zone') as HTMLSelectElement).value).toBe('Australia/Sydney');
    const date = screen.getByLabelText('Date');
    await userEvent.clear(date);
    await userEvent.type(date, '2026-12-25');
    const time = screen.getByLabelText('Time');
    await userEvent.clear(time);
    await userEvent.type(time, '10:00');
    await userEvent.type(screen.getByLabelText('Keys pressed'), '1');
    await userEvent.click(screen.getByRole('button', { name: 'Trace the call' }));

    expect((await screen.findByTestId('trace-end')).textContent).toContain('Rings: Technical Support');
    const q = new URLSearchParams(router.state.location.search);
    expect(Object.fromEntries(q)).toEqual({ q: '(02) 5550 1001', number: '+61255501001', when: '2026-12-25T10:00', zone: 'Australia/Sydney', keys: '1' });
    const traceCall = calls.find((c) => c.url.includes('/api/routing/trace'))!;
    expect(Object.fromEntries(new URL(traceCall.url).searchParams)).toEqual({ number: '+61255501001', at: '2026-12-24T23:00:00Z', keys: '1' });
  });

  test('a shared link traces at once', async () => {
    const { calls } = stub();
    renderWithProviders(<RoutingExplorer />, { route: '/routing?number=8006&when=2026-12-25T10:00&zone=Australia/Sydney&keys=1' });
    expect((await screen.findByTestId('trace-end')).textContent).toContain('Technical Support');
    expect(new URL(calls.find((c) => c.url.includes('/trace'))!.url).searchParams.get('at')).toBe('2026-12-24T23:00:00Z');
    expect(screen.getByRole('link', { name: 'Link to this trace' }).getAttribute('href')).toContain('when=2026-12-25T10%3A00');
  });

  test('a number left out is refused by the form, before the BFF', async () => {
    const { calls } = stub();
    renderWithProviders(<RoutingExplorer />, { route: '/routing' });
    await userEvent.click(screen.getByRole('button', { name: 'Trace the call' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/Enter the number that was called/);
    expect(calls).toEqual([]);
  });
});
