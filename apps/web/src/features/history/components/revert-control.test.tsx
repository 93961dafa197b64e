import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { auditEntrySchema, type AuditEntry } from '@switchboard/contract/audit';
import type { RevertPlan } from '@switchboard/contract/revert';
import { setCsrfToken } from '@/lib/api-client';
import { jsonResponse, renderWithProviders, stubFetch } from '@/testing/render';
import { RevertControl } from './revert-control';

const entry: AuditEntry = auditEntrySchema.parse({
  id: '6f1c3a52-5d43-4a8e-9d55-0b2c1f0e9a11',
  at: '2026-11-30T16:55:00Z',
  finishedAt: '2026-11-30T16:55:02Z',
  actor: { id: 'u1', email: 'admin@example.com' },
  outcome: 'applied',
  zoomCalls: 3,
  ops: [],
  mismatches: [],
  diff: [{ field: 'key:7', before: 'Disabled', after: 'Forward to Sam' }],
  message: 'Applied and verified.',
  jobId: null,
  revertOf: null,
  subject: 'business hours menu',
  kind: 'ivr',
  action: 'ivr.apply',
  target: { type: 'autoReceptionist', id: 'ar1', name: 'Main Line' },
  scope: { hours: 'business', holidayId: null },
  before: null,
  after: null,
});
const op = { description: 'Set key 7 to Disabled', field: 'key:7', request: { method: 'PATCH', path: '/phone/auto_receptionists/ar1/ivr', body: {} } };
const plan: RevertPlan = {
  ops: [op],
  diff: [{ field: 'key:7', before: 'Forward to Sam', after: 'Disabled' }],
  version: 'v2',
  revertOf: entry.id,
  words: 'Put back the business hours menu of Main Line as it was before admin@example.com’s change on 30 Nov 2026, 16:55 UTC.',
};

describe('RevertControl', () => {
  it('reviews in words, then reverts and shows the verified outcome', async () => {
    setCsrfToken('csrf');
    const sent: string[] = [];
    stubFetch({
      [`POST /api/history/${entry.id}/revert/plan`]: () => jsonResponse(plan),
      [`POST /api/history/${entry.id}/revert`]: () => {
        sent.push('revert');
        return jsonResponse({ outcome: 'applied', ops: [{ ...op, status: 'applied', httpStatus: 204, trackingId: 't1' }], mismatches: [], auditId: 'a2', message: 'Reverted: Zoom read it back as it was.' });
      },
    });
    renderWithProviders(<RevertControl entry={entry} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: /^Revert: Main Line, business hours menu/ }));
    expect(await screen.findByText(plan.words)).toBeTruthy();
    expect(sent).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Revert: send 1 request' }));
    expect(await screen.findByRole('heading', { name: 'Zoom confirms every change' })).toBeTruthy();
    expect(sent).toEqual(['revert']);
  });

  it('a change made since: says what changed, offers no revert', async () => {
    setCsrfToken('csrf');
    stubFetch({
      [`POST /api/history/${entry.id}/revert/plan`]: () =>
        jsonResponse(
          { error: { code: 'conflict', message: 'This menu was changed in Zoom after you loaded it, so nothing was written.', details: { diff: [{ field: 'key:2', before: 'Forward to Sales', after: 'Disabled' }] } } },
          409,
        ),
    });
    renderWithProviders(<RevertControl entry={entry} />);
    await userEvent.setup().click(screen.getByRole('button', { name: /^Revert: / }));
    expect(await screen.findByRole('alert')).toBeTruthy();
    expect(screen.getByText('Forward to Sales')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /send/ })).toBeNull();
  });
});
