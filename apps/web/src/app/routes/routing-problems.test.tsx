// The problems page with the BFF stubbed: every problem with its words and
// link, errors and warnings filtered, a long report drawn a window at a time.
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { jsonResponse, renderWithProviders, stubFetch } from '@/testing/render';
import { PAGE } from '@/features/routing-explorer/components/problem-list';
import { Component as RoutingProblems } from './routing-problems';

afterEach(() => vi.unstubAllGlobals());

const problem = (i: number, severity: 'error' | 'warning') => ({
  kind: severity === 'error' ? 'target_deleted' : 'queue_without_members',
  severity,
  object: { type: 'callQueue', id: `q${i}`, name: `Queue ${i}` },
  message: `Problem number ${i}.`,
  href: `/extensions/e${i}/hours`,
});

function stub(items: ReturnType<typeof problem>[]) {
  const errors = items.filter((p) => p.severity === 'error').length;
  return stubFetch({ 'GET /api/routing/problems': () => jsonResponse({ items, counts: { errors, warnings: items.length - errors }, refreshedAt: '2026-12-01T00:00:00.000Z' }) });
}

describe('routing problems page', () => {
  test('each problem in words with the page that fixes it; the severity filter', async () => {
    stub([problem(1, 'error'), problem(2, 'warning'), problem(3, 'warning')]);
    renderWithProviders(<RoutingProblems />, { route: '/routing/problems' });
    expect(await screen.findByText('Problem number 1.')).toBeTruthy();
    expect(screen.getByText('Goes to something deleted')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Open Queue 1' }).getAttribute('href')).toBe('/extensions/e1/hours');
    await userEvent.click(screen.getByRole('button', { name: 'May lose calls (2)' }));
    expect(screen.queryByText('Problem number 1.')).toBeNull();
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
  });

  test('a long report is drawn a window at a time', async () => {
    stub(Array.from({ length: PAGE * 2 + 5 }, (_, i) => problem(i, 'warning')));
    renderWithProviders(<RoutingProblems />, { route: '/routing/problems' });
    await screen.findByText('Problem number 0.');
    expect(screen.getAllByRole('listitem')).toHaveLength(PAGE);
    await userEvent.click(screen.getByRole('button', { name: `Show more (${PAGE + 5} left)` }));
    expect(screen.getAllByRole('listitem')).toHaveLength(PAGE * 2);
  });
});
