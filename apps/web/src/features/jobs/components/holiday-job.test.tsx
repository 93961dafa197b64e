// A bulk holiday followed like a copy: one card per extension with its kind,
// failures first (a refusal says why and that nothing was written), the
// counts in extensions, and each card linked to the extension's hours.
import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import type { AddHolidayJob, HolidayJobTargetResult } from '@switchboard/contract/jobs';
import { renderWithProviders } from '@/testing/render';
import { JobList } from './job-list';
import { JobProgress } from './job-progress';

const result = (extensionId: string, name: string, outcome: HolidayJobTargetResult['outcome'], extra: Partial<HolidayJobTargetResult> = {}): HolidayJobTargetResult => ({
  extensionId,
  name,
  type: 'autoReceptionist',
  outcome,
  message: `${name}: ${outcome}`,
  opsApplied: 2,
  opsTotal: 2,
  mismatches: [],
  auditId: null,
  holidayId: outcome === 'applied' ? `h-${extensionId}` : null,
  ...extra,
});

function job(status: AddHolidayJob['status'], results: HolidayJobTargetResult[], extensionIds: string[]): AddHolidayJob {
  return {
    id: '7c0b1c3e-58a4-4e0c-9d0f-6b8f1f1f2a11',
    kind: 'add-holiday',
    status,
    createdAt: '2026-11-30T15:00:00Z',
    updatedAt: '2026-11-30T15:00:00Z',
    createdBy: { id: 'm', email: 'manager@example.com' },
    input: { extensionIds, name: 'Company day off', start: '2026-12-24T00:00', end: '2026-12-24T23:59' },
    progress: { done: results.length, total: extensionIds.length, current: [] },
    results,
    summary: status === 'running' ? null : { counts: {}, elapsedMs: 500, zoomCalls: 9, message: 'Finished — 1 of 3 extensions did not land.' },
  };
}

describe('a bulk holiday job', () => {
  const results = [
    result('syd', 'Main Line – Sydney', 'applied'),
    result('uk', 'UK Sales', 'refused', { type: 'callQueue', opsApplied: 0, opsTotal: 0, message: 'UK Sales: "Company day off" overlaps "Christmas Eve".' }),
    result('ldn', 'Main Line – London', 'applied'),
  ];

  it('lists the extensions, failures first, each with its kind and a link to its hours', () => {
    renderWithProviders(
      <JobProgress job={job('incomplete', results, ['syd', 'uk', 'ldn'])} connection="finished" targetHref={(id) => `/extensions/${id}/hours`} />,
    );
    const list = screen.getByRole('list', { name: 'Outcome per extension' });
    expect(within(list).getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['UK Sales', 'Main Line – Sydney', 'Main Line – London']);
    const uk = within(list).getByRole('link', { name: 'UK Sales' }).closest('li')!;
    expect(uk.getAttribute('data-outcome')).toBe('refused');
    expect(within(uk).getByText('Refused: nothing written').className).toContain('badge--danger');
    expect(within(uk).getByText('Nothing was sent to Zoom.')).toBeTruthy();
    expect(within(uk).getByText('Call queue')).toBeTruthy();
    expect(within(list).getByRole('link', { name: 'Main Line – Sydney' }).getAttribute('href')).toBe('/extensions/syd/hours');
    expect(screen.getByRole('progressbar', { name: 'Holiday progress' }).getAttribute('aria-valuetext')).toBe('3 of 3 extensions (100%)');
    expect(screen.getByText('Finished — 1 of 3 did not land').className).toContain('badge--danger');
  });

  it('names the extensions not reported yet, and waits for them', () => {
    renderWithProviders(
      <JobProgress job={job('running', results.slice(0, 1), ['syd', 'uk', 'ldn'])} connection="live" targetNames={new Map([['uk', 'UK Sales']])} />,
    );
    expect(screen.getByText('1 of 3 extensions · 33%')).toBeTruthy();
    const uk = screen.getByRole('heading', { level: 3, name: 'UK Sales' }).closest('li')!;
    expect(within(uk).getByText('Waiting')).toBeTruthy();
  });

  it('shows in the Jobs list beside copies, by its holiday and days', () => {
    renderWithProviders(<JobList jobs={[job('done', results, ['syd', 'uk', 'ldn'])]} jobHref={(id) => `/jobs/${id}`} />);
    expect(screen.getByRole('link', { name: 'Holiday: Company day off · Thu 24 Dec 2026' })).toBeTruthy();
    expect(screen.getByText('3 of 3 extensions')).toBeTruthy();
  });
});
