import type { ReactNode } from 'react';
import type { Job, JobTargetResult } from '@switchboard/contract/jobs';
import { Badge } from '@/components/ui/badge';
import { ProgressBar } from '@/components/ui/progress-bar';
import { Table } from '@/components/ui/table';
import type { JobConnection } from '../hooks/use-job-events';
import { fieldLabel, JOB_STATUS_WORDS, OUTCOME_WORDS } from '../utils/outcomes';
import './job-progress.css';

const CONNECTION_WORDS: Partial<Record<JobConnection, string>> = {
  connecting: 'Connecting to the live progress…',
  reconnecting: 'Connection lost; reconnecting. The job keeps running on the server.',
  failed: 'Live progress is not available; the state shown is the last one read. Reload to check again.',
};

export interface JobProgressProps {
  job: Job;
  connection: JobConnection;
  /** Tracking ids of one target's requests (rendered by the page: they come from the change history). */
  renderTracking?: (result: JobTargetResult) => ReactNode;
  /** Names of the auto receptionists not reported yet (the job only names those it has finished). */
  arNames?: ReadonlyMap<string, string>;
}

/** Progress bar, one row per auto receptionist with its verified outcome, and the summary when done. */
export function JobProgress({ job, connection, renderTracking, arNames }: JobProgressProps) {
  const { done, total } = job.progress;
  const percent = total ? Math.round((done / total) * 100) : 0;
  const finished = job.status !== 'queued' && job.status !== 'running';
  const names = new Map([...(arNames ?? []), ...job.results.map((r) => [r.arId, r.name ?? r.arId] as const)]);
  const pending = job.input.targets.filter((id) => !job.results.some((r) => r.arId === id));

  return (
    <div className="job-progress">
      <div className="job-progress__status">
        <Badge tone={finished ? (job.status === 'done' ? 'success' : 'danger') : 'info'}>{JOB_STATUS_WORDS[job.status] ?? job.status}</Badge>
        <span className="job-progress__numbers">
          {done} of {total} auto receptionists · {percent}%
        </span>
      </div>
      <ProgressBar value={done} max={total} label="Copy progress" valueText={`${done} of ${total} auto receptionists (${percent}%)`} />
      {CONNECTION_WORDS[connection] && !finished && <p className="muted">{CONNECTION_WORDS[connection]}</p>}
      {job.progress.current.length > 0 && (
        <p className="muted">Writing now: {job.progress.current.map((id) => names.get(id) ?? id).join(', ')}</p>
      )}
      {job.summary && (
        <p className="job-progress__summary" role="status">
          {job.summary.message} {job.summary.zoomCalls} Zoom requests in {(job.summary.elapsedMs / 1000).toFixed(1)} s.
        </p>
      )}
      <Table caption="Outcome per auto receptionist" className="job-progress__table">
        <thead>
          <tr>
            <th scope="col">Auto receptionist</th>
            <th scope="col">Outcome</th>
            <th scope="col">Writes</th>
            <th scope="col">What happened</th>
            <th scope="col">Zoom tracking ids</th>
          </tr>
        </thead>
        <tbody>
          {job.results.map((r) => (
            <ResultRow key={r.arId} result={r} tracking={r.auditId && renderTracking ? renderTracking(r) : null} />
          ))}
          {pending.map((id) => (
            <tr key={id} data-ar-id={id}>
              <th scope="row">{names.get(id) ?? id}</th>
              <td>
                <Badge>{job.progress.current.includes(id) ? 'Writing…' : finished ? 'Not started' : 'Waiting'}</Badge>
              </td>
              <td className="num">—</td>
              <td />
              <td />
            </tr>
          ))}
        </tbody>
      </Table>
    </div>
  );
}

function ResultRow({ result, tracking }: { result: JobTargetResult; tracking: ReactNode }) {
  const words = OUTCOME_WORDS[result.outcome];
  const bad = result.outcome === 'not_persisted' || result.outcome === 'error';
  return (
    <tr data-ar-id={result.arId} data-outcome={result.outcome} className={bad ? 'job-progress__row--bad' : undefined}>
      <th scope="row">{result.name ?? result.arId}</th>
      <td>
        <Badge tone={words.tone}>{words.label}</Badge>
      </td>
      <td className="num">
        {result.opsApplied} of {result.opsTotal}
      </td>
      <td>
        {result.message}
        {result.mismatches.length > 0 && (
          <ul className="job-progress__mismatches" aria-label="What Zoom did not keep">
            {result.mismatches.map((m) => (
              <li key={m.field}>
                <strong>{fieldLabel(m.field)}</strong>: expected {m.expected}; Zoom has {m.actual}
              </li>
            ))}
          </ul>
        )}
      </td>
      <td>{tracking}</td>
    </tr>
  );
}
