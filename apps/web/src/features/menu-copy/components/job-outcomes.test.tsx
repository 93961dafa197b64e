// The job page's verdicts: failures listed first and in red, a job with any
// target that did not land never reads as a green "Finished", counts that
// count the same things, and "Retry failed targets" only when there is
// something to retry in a finished job.
import { describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CopyIvrJob as Job, JobTargetResult } from '@switchboard/contract/jobs';
import { setCsrfToken } from '@/lib/api-client';
import { jsonResponse, renderWithProviders, stubFetch } from '@/testing/render';
import { JobProgress } from './job-progress';
import { RetryFailedTargets } from './retry-failed-targets';

const result = (arId: string, outcome: JobTargetResult['outcome'], extra: Partial<JobTargetResult> = {}): JobTargetResult => ({
  arId,
  name: `AR ${arId}`,
  outcome,
  message: `${arId} message`,
  opsApplied: 3,
  opsTotal: 3,
  mismatches: [],
  auditId: null,
  ...extra,
});

function job(status: Job['status'], results: JobTargetResult[], targets = results.map((r) => r.arId)): Job {
  return {
    id: '0b7c1c3e-58a4-4e0c-9d0f-6b8f1f1f2a11',
    kind: 'copy-ivr',
    status,
    createdAt: '2026-11-21T15:00:00Z',
    updatedAt: '2026-11-21T15:00:00Z',
    createdBy: { id: 'u1', email: 'admin@example.com' },
    input: { sourceId: 'main', sourceName: 'Main line', hours: 'business', targets, sourceVersion: 'v1' },
    progress: { done: results.length, total: targets.length, current: [] },
    results,
    summary: status === 'running' ? null : { counts: {}, elapsedMs: 2000, zoomCalls: 20, message: 'Summary.' },
  };
}

const card = (arId: string) => screen.getByRole('heading', { level: 3, name: `AR ${arId}` }).closest('li')!;
const names = () =>
  within(screen.getByRole('list', { name: 'Outcome per auto receptionist' }))
    .getAllByRole('heading', { level: 3 })
    .map((h) => h.textContent);

describe('job outcomes', () => {
  const mixed = [
    result('ok', 'applied'),
    result('same', 'no_change', { opsApplied: 0, opsTotal: 0 }),
    result('unsure', 'unverified'),
    result('dropped', 'not_persisted', {
      opsApplied: 11,
      opsTotal: 11,
      message: 'Zoom answered all 11 requests with success but did not keep 12 of the changes they asked for.',
      mismatches: [{ field: 'key:1', expected: 'Forward to call queue Sales', actual: 'Disabled' }],
    }),
    result('nothing', 'partial', { opsApplied: 0, opsTotal: 3, message: 'None of the 3 requests landed: Zoom refused "Key 1…" (HTTP 500).' }),
    result('trap', 'refused', { opsApplied: 0, opsTotal: 0, message: 'AR trap would forward callers to itself on key 2.' }),
  ];

  it('lists failures first, each in red with its reason; what landed last', () => {
    renderWithProviders(<JobProgress job={job('incomplete', mixed)} connection="finished" />);
    expect(names()).toEqual(['AR nothing', 'AR trap', 'AR dropped', 'AR unsure', 'AR ok', 'AR same']);
    for (const id of ['nothing', 'trap', 'dropped']) expect(card(id).className, id).toContain('job-result--bad');
    expect(card('unsure').className).toContain('job-result--unsure');
    for (const id of ['ok', 'same']) expect(card(id).className, id).toBe('job-result');
    expect(within(card('trap')).getByText('Refused: would trap callers').className).toContain('badge--danger');
    expect(within(card('trap')).getByText('AR trap would forward callers to itself on key 2.')).toBeTruthy();
    expect(within(card('ok')).getByText('Applied and verified').className).toContain('badge--success');
  });

  it('a target whose writes all failed reads as a failure, not "partly applied" with "0 of 3"', () => {
    renderWithProviders(<JobProgress job={job('incomplete', mixed)} connection="finished" />);
    const nothing = card('nothing');
    expect(within(nothing).getByText('Failed: nothing landed').className).toContain('badge--danger');
    expect(within(nothing).queryByText(/Partly applied/)).toBeNull();
    expect(within(nothing).getByText('Zoom accepted 0 of 3 requests.')).toBeTruthy();
  });

  it('a target Zoom did not keep counts requests as requests and changes as changes', () => {
    renderWithProviders(<JobProgress job={job('incomplete', mixed)} connection="finished" />);
    const dropped = card('dropped');
    expect(within(dropped).getByText('Zoom accepted 11 of 11 requests.')).toBeTruthy();
    expect(within(dropped).getByText(/did not keep 12 of the changes they asked for/)).toBeTruthy();
    expect(within(dropped).queryByText(/11 of 11 writes/)).toBeNull();
    expect(within(dropped).getByRole('list', { name: 'What Zoom did not keep' }).textContent).toBe(
      'Key 1: expected Forward to call queue Sales; Zoom has Disabled',
    );
  });

  it('the job status is red and counts what did not land (never-started targets too); green only when all landed', () => {
    const { unmount } = renderWithProviders(<JobProgress job={job('incomplete', mixed)} connection="finished" />);
    expect(screen.getByText('Finished — 4 of 6 did not land').className).toContain('badge--danger');
    expect(screen.getByRole('status').className).toContain('job-progress__summary--danger');
    unmount();
    const cut = renderWithProviders(<JobProgress job={job('interrupted', [result('a', 'applied')], ['a', 'b'])} connection="finished" />);
    expect(screen.getByText('Stopped when the server shut down — 1 of 2 did not land').className).toContain('badge--danger');
    cut.unmount();
    renderWithProviders(<JobProgress job={job('done', [result('a', 'applied'), result('b', 'no_change')])} connection="finished" />);
    expect(screen.getByText('Finished').className).toContain('badge--success');
    expect(screen.getByRole('status').className).toContain('job-progress__summary--success');
  });
});

describe('Retry failed targets', () => {
  const failed = job('incomplete', [result('ok', 'applied'), result('bad', 'error')]);

  it('starts a new job for the failed targets (POST …/retry with the CSRF token) and hands over its id', async () => {
    setCsrfToken('csrf-9');
    const api = stubFetch({ [`POST /api/jobs/${failed.id}/retry`]: () => jsonResponse({ jobId: 'job-2' }, 202) });
    const onStarted = vi.fn();
    renderWithProviders(<RetryFailedTargets job={failed} onStarted={onStarted} />);
    await userEvent.click(screen.getByRole('button', { name: 'Retry failed targets' }));
    await vi.waitFor(() => expect(onStarted).toHaveBeenCalledWith('job-2'));
    expect(api.calls[0]!.headers.get('x-csrf-token')).toBe('csrf-9');
  });

  it('says why when the server refuses (e.g. the source changed)', async () => {
    stubFetch({
      [`POST /api/jobs/${failed.id}/retry`]: () =>
        jsonResponse({ error: { code: 'conflict', message: 'The menu being copied was changed in Zoom after this job copied it.' } }, 409),
    });
    renderWithProviders(<RetryFailedTargets job={failed} onStarted={vi.fn()} />);
    await userEvent.click(screen.getByRole('button', { name: 'Retry failed targets' }));
    expect(await screen.findByText('The menu being copied was changed in Zoom after this job copied it.')).toBeTruthy();
  });

  it('is not offered while the job runs, nor when every target landed', () => {
    const running = renderWithProviders(<RetryFailedTargets job={{ ...failed, status: 'running' }} onStarted={vi.fn()} />);
    expect(screen.queryByRole('button')).toBeNull();
    running.unmount();
    renderWithProviders(<RetryFailedTargets job={job('done', [result('ok', 'applied')])} onStarted={vi.fn()} />);
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('sits beside the status of a finished job with failures', () => {
    renderWithProviders(
      <JobProgress job={failed} connection="finished" actions={<RetryFailedTargets job={failed} onStarted={vi.fn()} />} />,
    );
    const status = screen.getByText('Finished — 1 of 2 did not land').parentElement!;
    expect(within(status).getByRole('button', { name: 'Retry failed targets' })).toBeTruthy();
  });
});
