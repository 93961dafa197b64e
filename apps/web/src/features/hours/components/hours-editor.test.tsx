import { describe, expect, it, vi } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { HoursWriteBody } from '@switchboard/contract/hours';
import type { WritePlan, WriteResult } from '@switchboard/contract/write';
import { setCsrfToken } from '@/lib/api-client';
import { jsonResponse, renderWithProviders, stubFetch } from '@/testing/render';
import { sydneyQueue } from '../utils/fixtures.test-support';
import { HoursEditor } from './hours-editor';

const op = {
  description: 'Business hours (Australia/Sydney): Monday closed instead of 09:00–17:00',
  request: { method: 'PATCH', path: '/phone/extension/cq-apac/call_handling/settings/business_hours', body: { sub_setting_type: 'custom_hours' } },
};
const plan: WritePlan = { ops: [op], diff: [{ field: 'Monday', before: '09:00–17:00', after: 'Closed' }] };
const applied: WriteResult = {
  outcome: 'applied',
  ops: [{ ...op, status: 'applied', httpStatus: 204, trackingId: 'trk-1' }],
  mismatches: [],
  version: 'v2',
  auditId: 'a1',
  message: 'The change landed: Zoom read it back as set.',
};

function setup() {
  setCsrfToken('csrf');
  const bodies: { plan: HoursWriteBody[]; put: HoursWriteBody[] } = { plan: [], put: [] };
  const fetch = stubFetch({
    'POST /api/extensions/cq-apac/hours/plan': async (req) => {
      bodies.plan.push((await req.json()) as HoursWriteBody);
      return jsonResponse(plan);
    },
    'PUT /api/extensions/cq-apac/hours': async (req) => {
      bodies.put.push((await req.json()) as HoursWriteBody);
      return jsonResponse(applied);
    },
  });
  const onWritten = vi.fn();
  const { router } = renderWithProviders(
    <HoursEditor
      hours={sydneyQueue()}
      reload={async () => sydneyQueue()}
      onWritten={onWritten}
      renderTarget={({ input }) => <p>target input: {input.kind}</p>}
      href="/extensions/cq-apac/hours"
    />,
  );
  return { fetch, bodies, onWritten, router };
}

const day = (name: string) => screen.getByRole('group', { name: new RegExp(`^${name}`) });

describe('HoursEditor — the week strip', () => {
  it('shows seven days in the extension’s zone, each as Zoom has it', () => {
    setup();
    expect(screen.getByText('Australia/Sydney', { selector: 'strong' })).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Business hours, Australia/Sydney time' })).toBeTruthy();
    expect((screen.getByLabelText('Monday', { selector: 'select' }) as HTMLSelectElement).value).toBe('ranges');
    expect((screen.getByLabelText('Monday opens at') as HTMLInputElement).value).toBe('09:00');
    expect((screen.getByLabelText('Saturday', { selector: 'select' }) as HTMLSelectElement).value).toBe('closed');
    expect(screen.queryByLabelText('Saturday opens at')).toBeNull();
    expect(screen.getByText('No changes yet')).toBeTruthy();
  });

  it('marks a changed day and counts it; a day turned to hours gets one range (Zoom Phone allows one a day)', async () => {
    setup();
    const user = userEvent.setup();
    await user.selectOptions(screen.getByLabelText('Monday', { selector: 'select' }), 'closed');
    expect(within(day('Monday')).getByText('Changed')).toBeTruthy();
    expect(screen.queryByLabelText('Monday opens at')).toBeNull();
    await user.selectOptions(screen.getByLabelText('Saturday', { selector: 'select' }), 'ranges');
    expect(screen.getAllByLabelText('Saturday opens at')).toHaveLength(1);
    expect((screen.getByLabelText('Saturday closes at') as HTMLInputElement).value).toBe('17:00');
    expect(screen.getByText('2 changes, not yet in Zoom')).toBeTruthy();
  });

  it('refuses hours that end before they start, next to the day, before asking the BFF', async () => {
    const { fetch } = setup();
    const user = userEvent.setup();
    const closes = screen.getByLabelText('Tuesday closes at');
    await user.clear(closes);
    await user.type(closes, '08:00');
    await user.click(screen.getByRole('button', { name: 'Review changes' }));
    expect(await within(day('Tuesday')).findByText('Tuesday: 09:00–08:00 ends before it starts.')).toBeTruthy();
    expect(fetch.fn).not.toHaveBeenCalled();
  });
});

describe('HoursEditor — plan, apply, verified outcome', () => {
  it('reviews only the week that changed, applies it, and says what Zoom confirms', async () => {
    const { bodies, onWritten } = setup();
    const user = userEvent.setup();
    await user.selectOptions(screen.getByLabelText('Monday', { selector: 'select' }), 'closed');
    await user.click(screen.getByRole('button', { name: 'Review changes' }));
    expect(await screen.findByRole('heading', { name: 'Review changes' })).toBeTruthy();
    expect(screen.getByText(op.description)).toBeTruthy();
    expect(screen.getByText(/then read the hours back to check each one landed/)).toBeTruthy();
    expect(bodies.plan[0]).toEqual({
      baseVersion: 'v1',
      schedule: expect.objectContaining({ timezone: 'Australia/Sydney', days: expect.objectContaining({ mon: { type: 'closed' } }) }),
    });
    expect(bodies.plan[0]).not.toHaveProperty('closedRouting');
    await user.click(screen.getByRole('button', { name: 'Apply 1 change' }));
    expect(await screen.findByRole('heading', { name: 'Zoom confirms every change' })).toBeTruthy();
    expect(bodies.put[0]).toEqual(bodies.plan[0]);
    await waitFor(() => expect(onWritten).toHaveBeenCalled());
  });

  it('offers the routing options of a call queue in words, with the target input each needs', async () => {
    setup();
    const user = userEvent.setup();
    const routing = screen.getByLabelText('When closed, calls go to') as HTMLSelectElement;
    expect(routing.value).toBe('1');
    const labels = Array.from(routing.options).map((o) => o.text);
    expect(labels).toContain('Forward to a call queue');
    expect(labels).not.toContain("Play the auto receptionist's menu");
    await user.selectOptions(routing, '7');
    expect(screen.getByText('target input: directory')).toBeTruthy();
    await user.selectOptions(routing, '10');
    expect(screen.getByText('target input: phoneNumber')).toBeTruthy();
  });
});

describe('HoursEditor — leaving with changes', () => {
  it('asks before leaving with changes Zoom does not have, and leaves freely without', async () => {
    const { router } = setup();
    const user = userEvent.setup();
    await act(() => router.navigate('/elsewhere'));
    expect(router.state.location.pathname).toBe('/elsewhere');
    await act(() => router.navigate('/'));
    await user.selectOptions(screen.getByLabelText('Monday', { selector: 'select' }), 'closed');
    await act(() => router.navigate('/calendar'));
    const dialog = await screen.findByRole('dialog', { name: 'Discard your changes?' });
    expect(dialog.textContent).toContain('You changed 1 part of these hours');
    await user.click(within(dialog).getByRole('button', { name: 'Keep editing' }));
    expect(router.state.location.pathname).toBe('/');
    expect((screen.getByLabelText('Monday', { selector: 'select' }) as HTMLSelectElement).value).toBe('closed');
    await act(() => router.navigate('/calendar'));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Discard changes and leave' }));
    expect(router.state.location.pathname).toBe('/calendar');
  });
});
