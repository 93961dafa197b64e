import { describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import type { IvrApplyResponse, OpResult } from '@switchboard/contract/ivr';
import { ApplyOutcome } from './apply-outcome';

const op = (key: string, status: OpResult['status'], extra: Partial<OpResult> = {}): OpResult => ({
  description: `Key ${key}: disabled instead of repeat menu greeting`,
  field: `key:${key}`,
  request: {
    method: 'PATCH',
    path: '/phone/auto_receptionists/ar1/ivr',
    body: { key_action: { key, action: -1 } },
  },
  status,
  trackingId: status === 'skipped' ? null : `trk-${key}`,
  ...extra,
});

describe('ApplyOutcome', () => {
  it('unverified: Zoom accepted the writes but the read-back failed — amber, never "did not keep", never success', () => {
    const result: IvrApplyResponse = {
      outcome: 'unverified',
      ops: [op('1', 'applied', { httpStatus: 204 }), op('2', 'applied', { httpStatus: 204 })],
      mismatches: [],
      auditId: 'a1',
      message: 'Zoom accepted 2 changes, but reading them back failed (Zoom could not be reached), so nobody knows yet whether Zoom kept them. Reload to see what Zoom holds.',
    };
    const { container } = render(<ApplyOutcome result={result} onBack={vi.fn()} onReloadAndReapply={vi.fn()} reloading={false} />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Zoom accepted 2 changes, but reading the menu back failed');
    expect(container.querySelector('.outcome--warning')).not.toBeNull();
    expect(screen.queryByText(/did not keep|confirms/i)).toBeNull();
    expect(screen.getByText(/nobody knows yet whether Zoom kept them/)).toBeTruthy();
  });

  it('partial: which changes landed, which Zoom refused with its message, which were not sent', () => {
    const result: IvrApplyResponse = {
      outcome: 'partial',
      ops: [
        op('1', 'applied', { httpStatus: 204 }),
        op('2', 'applied', { httpStatus: 204 }),
        op('3', 'failed', { httpStatus: 500, error: 'Internal server error.', retries: [500, 500, 500] }),
        op('4', 'skipped'),
        op('5', 'skipped'),
      ],
      mismatches: [],
      auditId: 'a1',
      message: '2 of 5 changes landed.',
    };
    render(
      <ApplyOutcome
        result={result}
        onBack={vi.fn()}
        onReloadAndReapply={vi.fn()}
        reloading={false}
      />,
    );
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(
      'Only 2 of 5 changes reached Zoom',
    );
    const list = (name: string) =>
      within(screen.getByRole('list', { name })).getAllByRole('listitem');
    expect(list('Landed').map((li) => li.textContent)).toEqual([
      expect.stringContaining('Key 1:'),
      expect.stringContaining('Key 2:'),
    ]);
    const [failed] = list('Failed');
    expect(failed!.textContent).toContain('Refused by Zoom (HTTP 500)');
    expect(failed!.textContent).toContain('Zoom said: Internal server error.');
    expect(failed!.textContent).toContain('trk-3');
    expect(failed!.textContent).toContain('Sent 4 times: retried after HTTP 500 three times.');
    // a request sent once says nothing about retries
    expect(list('Landed')[0]!.textContent).not.toContain('Sent');
    expect(list('Not sent (stopped after the failure)')).toHaveLength(2);
    expect(screen.queryByRole('button', { name: /reload/i })).toBeNull();
  });

  it('no_change says so and lists no requests', () => {
    render(
      <ApplyOutcome
        result={{
          outcome: 'no_change',
          ops: [],
          mismatches: [],
          auditId: 'a2',
          message: 'Nothing to change: Zoom already has exactly this.',
        }}
        onBack={vi.fn()}
        onReloadAndReapply={vi.fn()}
        reloading={false}
      />,
    );
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Nothing to change');
    expect(screen.queryByRole('list')).toBeNull();
  });

  const conflict = (changedBy: IvrApplyResponse['changedBy']): IvrApplyResponse => ({
    outcome: 'conflict',
    ops: [],
    mismatches: [],
    diff: [{ field: 'key:7', before: 'Disabled', after: 'Forward to user → Ada Admin (ext 100)' }],
    ...(changedBy === undefined ? {} : { changedBy }),
    auditId: null,
    message: 'This menu was changed in Zoom after you loaded it, so nothing was written. Reload to see the current menu, then apply your change again.',
  });
  const renderConflict = (result: IvrApplyResponse) =>
    render(
      <MemoryRouter>
        <ApplyOutcome result={result} onBack={vi.fn()} onReloadAndReapply={vi.fn()} reloading={false} historyHref="/history?object=ar1" />
      </MemoryRouter>,
    );

  it('conflict: names who changed it in Switchboard, links to the history, and says each thing once', () => {
    const { container } = renderConflict(
      conflict({ auditId: 'a9', email: 'ada@example.com', at: '2026-11-30T14:05:00.000Z' }),
    );
    expect(screen.getByTestId('conflict-changed-by').textContent).toMatch(/^ada@example\.com changed it in Switchboard on .+\./);
    expect(screen.getByRole('link', { name: 'See that change in the history' }).getAttribute('href')).toBe('/history?object=ar1');
    // the server's sentence repeats the headline and the advice below it: shown once, not twice
    expect(screen.queryByText(/so nothing was written/)).toBeNull();
    expect(container.textContent!.match(/Nothing was written/g)).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Reload and re-apply my changes' })).toBeTruthy();
  });

  it('conflict: a change from outside Switchboard is said to be so; an unknown author is not guessed', () => {
    const { unmount } = renderConflict(conflict(null));
    expect(screen.getByText(/changed outside Switchboard/)).toBeTruthy();
    unmount();
    renderConflict(conflict(undefined));
    expect(screen.queryByText(/changed outside Switchboard|changed it in Switchboard/)).toBeNull();
  });
});
