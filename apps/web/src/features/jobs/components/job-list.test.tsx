import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import type { Job } from '@switchboard/contract/jobs';
import { renderWithProviders } from '@/testing/render';
import { JobList } from './job-list';

const job = (id: string, status: Job['status'], outcomes: Job['results'][number]['outcome'][]): Job => ({
  id,
  kind: 'copy-ivr',
  status,
  createdAt: '2026-11-21T15:00:00Z',
  updatedAt: '2026-11-21T15:00:00Z',
  createdBy: { id: 'u', email: 'admin@example.com' },
  input: { sourceId: 'main', sourceName: 'Main line', hours: 'closed', targets: outcomes.map((_, i) => `t${i}`) },
  progress: { done: outcomes.length, total: outcomes.length, current: [] },
  results: outcomes.map((outcome, i) => ({ arId: `t${i}`, name: null, outcome, message: '', opsApplied: 0, opsTotal: 0, mismatches: [], auditId: null })),
  summary: null,
});

describe('JobList', () => {
  it('links each job and says, in red, how many targets did not land', () => {
    renderWithProviders(
      <JobList
        jobs={[job('j1', 'incomplete', ['applied', 'not_persisted', 'refused']), job('j2', 'done', ['applied', 'no_change'])]}
        jobHref={(id) => `/jobs/${id}`}
      />,
    );
    const [first, second] = screen.getAllByRole('listitem');
    expect(within(first!).getByRole('link', { name: 'Copy: Main line · Closed hours' }).getAttribute('href')).toBe('/jobs/j1');
    expect(within(first!).getByText('Finished — 2 of 3 did not land').className).toContain('badge--danger');
    expect(first!.className).toContain('job-list__item--danger');
    expect(within(first!).getByText('3 of 3 auto receptionists')).toBeTruthy();
    expect(within(second!).getByText('Finished').className).toContain('badge--success');
  });

  it('says when there is none yet', () => {
    renderWithProviders(<JobList jobs={[]} jobHref={(id) => id} />);
    expect(screen.getByText('No jobs yet.')).toBeTruthy();
  });
});
