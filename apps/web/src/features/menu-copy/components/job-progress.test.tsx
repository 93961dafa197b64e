import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import type { CopyIvrJob as Job, JobTargetResult } from '@switchboard/contract/jobs';
import { useJobEvents, type ConnectJobEvents, type JobEventSourceLike } from '../hooks/use-job-events';
import { JobProgress } from './job-progress';

/** An EventSource the test drives by hand. */
class FakeEventSource implements JobEventSourceLike {
  readyState = 0;
  closed = false;
  onerror: ((event: Event) => void) | null = null;
  private listeners = new Map<string, ((event: MessageEvent<string>) => void)[]>();
  constructor(readonly url: string) {}
  addEventListener(type: string, listener: (event: MessageEvent<string>) => void) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  close() {
    this.closed = true;
    this.readyState = 2;
  }
  emit(type: string, data: unknown) {
    this.readyState = 1;
    act(() => {
      for (const l of this.listeners.get(type) ?? []) l(new MessageEvent(type, { data: JSON.stringify(data) }));
    });
  }
  fail(readyState: number) {
    this.readyState = readyState;
    act(() => this.onerror?.(new Event('error')));
  }
}

const JOB: Job = {
  id: '0b7c1c3e-58a4-4e0c-9d0f-6b8f1f1f2a11',
  kind: 'copy-ivr',
  status: 'running',
  createdAt: '2026-11-21T15:00:00Z',
  updatedAt: '2026-11-21T15:00:00Z',
  createdBy: { id: 'u1', email: 'admin@example.com' },
  input: { sourceId: 'main', sourceName: 'Main line', hours: 'business', targets: ['london', 'sydney', 'paris'] },
  progress: { done: 0, total: 3, current: [] },
  results: [],
  summary: null,
};

const result = (arId: string, name: string, outcome: JobTargetResult['outcome'], extra: Partial<JobTargetResult> = {}): JobTargetResult => ({
  arId,
  name,
  outcome,
  message: `${name}: ${outcome}`,
  opsApplied: 2,
  opsTotal: 2,
  mismatches: [],
  auditId: null,
  ...extra,
});

function Harness({ connect }: { connect: ConnectJobEvents }) {
  const { job, connection } = useJobEvents(JOB.id, connect);
  if (!job) return <p>waiting</p>;
  return <JobProgress job={job} connection={connection} arNames={new Map([['paris', 'Paris line']])} renderTracking={(r) => `audit ${r.auditId}`} />;
}

function setup() {
  const sources: FakeEventSource[] = [];
  const connect: ConnectJobEvents = (url) => {
    const s = new FakeEventSource(url);
    sources.push(s);
    return s;
  };
  render(<Harness connect={connect} />);
  return { source: sources[0]!, sources };
}

const bar = () => screen.getByRole('progressbar', { name: 'Copy progress' });
/** One auto receptionist's card. */
const row = (name: string) => screen.getByRole('heading', { level: 3, name }).closest('li')!;
/** The cards' names, top to bottom. */
const order = () => within(screen.getByRole('list', { name: 'Outcome per auto receptionist' })).getAllByRole('heading', { level: 3 }).map((h) => h.textContent);

describe('job progress from server-sent events', () => {
  it('subscribes to the job, starts from the snapshot and follows progress, outcomes and done', () => {
    const { source } = setup();
    expect(source.url).toBe(`/api/jobs/${JOB.id}/events`);
    expect(screen.getByText('waiting')).toBeTruthy();

    source.emit('snapshot', JOB);
    expect(bar().getAttribute('aria-valuenow')).toBe('0');
    expect(bar().getAttribute('aria-valuemax')).toBe('3');
    expect(within(row('Paris line')).getByText('Waiting')).toBeTruthy();

    source.emit('progress', { done: 0, total: 3, current: ['london'] });
    expect(within(row('london')).getByText('Writing…')).toBeTruthy();

    source.emit('target', result('london', 'London line', 'applied', { auditId: 'a-1' }));
    source.emit('progress', { done: 1, total: 3, current: ['sydney'] });
    expect(bar().getAttribute('aria-valuenow')).toBe('1');
    expect(within(row('London line')).getByText('Applied and verified')).toBeTruthy();
    expect(within(row('London line')).getByText('audit a-1')).toBeTruthy();

    source.emit(
      'target',
      result('sydney', 'Sydney line', 'not_persisted', {
        opsApplied: 2,
        mismatches: [{ field: 'key:1', expected: 'Forward to call queue Sales (ext 6001)', actual: 'Disabled' }],
        auditId: 'a-2',
      }),
    );
    const sydney = row('Sydney line');
    expect(within(sydney).getByText('Not kept by Zoom')).toBeTruthy();
    expect(sydney.className).toContain('job-result--bad');
    // Failures come first, even when they finish later.
    expect(order()).toEqual(['Sydney line', 'London line', 'Paris line']);
    expect(within(sydney).getByRole('list', { name: 'What Zoom did not keep' }).textContent).toBe(
      'Key 1: expected Forward to call queue Sales (ext 6001); Zoom has Disabled',
    );

    source.emit('target', result('paris', 'Paris line', 'no_change', { opsApplied: 0, opsTotal: 0 }));
    source.emit('progress', { done: 3, total: 3, current: [] });
    expect(source.closed).toBe(false);
    source.emit('done', {
      status: 'incomplete',
      summary: { counts: { applied: 1, not_persisted: 1, no_change: 1 }, elapsedMs: 1500, zoomCalls: 12, message: 'Finished — 1 of 3 auto receptionists did not land.' },
    });
    expect(bar().getAttribute('aria-valuenow')).toBe('3');
    // Never a green "Finished" while a target did not land: the badge and the summary are red.
    expect(screen.getByText('Finished — 1 of 3 did not land').className).toContain('badge--danger');
    expect(screen.getByRole('status').textContent).toContain('Finished — 1 of 3 auto receptionists did not land. 12 Zoom requests in 1.5 s.');
    expect(screen.getByRole('status').className).toContain('job-progress__summary--danger');
    // done ends the subscription, so the browser does not reconnect to a finished job
    expect(source.closed).toBe(true);
  });

  it('a late visitor sees the current state from the snapshot alone', () => {
    const { source } = setup();
    source.emit('snapshot', {
      ...JOB,
      status: 'done',
      progress: { done: 3, total: 3, current: [] },
      results: [result('london', 'London line', 'applied'), result('sydney', 'Sydney line', 'partial'), result('paris', 'Paris line', 'conflict')],
    });
    expect(bar().getAttribute('aria-valuenow')).toBe('3');
    expect(within(row('Sydney line')).getByText('Partly applied')).toBeTruthy();
    expect(within(row('Paris line')).getByText('Changed in Zoom meanwhile')).toBeTruthy();
  });

  it('says when the connection drops and the browser reconnects, and ignores events that break the contract', () => {
    const { source } = setup();
    source.emit('snapshot', JOB);
    source.fail(0);
    expect(screen.getByText(/Connection lost; reconnecting/)).toBeTruthy();
    source.emit('progress', { done: 'many' });
    expect(bar().getAttribute('aria-valuenow')).toBe('0');
    source.emit('snapshot', { ...JOB, progress: { done: 1, total: 3, current: [] }, results: [result('london', 'London line', 'applied')] });
    expect(screen.queryByText(/Connection lost/)).toBeNull();
    expect(bar().getAttribute('aria-valuenow')).toBe('1');
    // the browser gave up (e.g. signed out): the last state stays, with a sentence saying so
    source.fail(2);
    expect(screen.getByText(/Live progress is not available/)).toBeTruthy();
    expect(bar().getAttribute('aria-valuenow')).toBe('1');
  });
});
