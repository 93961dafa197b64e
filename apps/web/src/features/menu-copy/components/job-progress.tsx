import type { ReactNode } from 'react';
import type { CopyIvrJob as Job } from '@switchboard/contract/jobs';
import { Badge } from '@/components/ui/badge';
import { ProgressBar } from '@/components/ui/progress-bar';
import { cn } from '@/lib/cn';
import type { JobConnection } from '../hooks/use-job-events';
import { failuresFirst, isRunning, jobStatusWords } from '../utils/outcomes';
import { JobResult } from './job-result';
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
  renderTracking?: (result: Job['results'][number]) => ReactNode;
  /** Names of the auto receptionists not reported yet (the job only names those it has finished). */
  arNames?: ReadonlyMap<string, string>;
  /** Beside the status, e.g. "Retry failed targets" (the page decides who may). */
  actions?: ReactNode;
}

/** Status, progress bar, the summary when done, and one card per auto receptionist: failures first, each with its reason. */
export function JobProgress({ job, connection, renderTracking, arNames, actions }: JobProgressProps) {
  const { done, total } = job.progress;
  const percent = total ? Math.round((done / total) * 100) : 0;
  const finished = !isRunning(job);
  const status = jobStatusWords(job);
  const names = new Map([...(arNames ?? []), ...job.results.map((r) => [r.arId, r.name ?? r.arId] as const)]);
  const pending = job.input.targets.filter((id) => !job.results.some((r) => r.arId === id));

  return (
    <div className="job-progress">
      <div className="job-progress__status">
        <Badge tone={status.tone}>{status.label}</Badge>
        <span className="job-progress__numbers">
          {done} of {total} auto receptionists · {percent}%
        </span>
        {actions}
      </div>
      <ProgressBar value={done} max={total} label="Copy progress" valueText={`${done} of ${total} auto receptionists (${percent}%)`} />
      {CONNECTION_WORDS[connection] && !finished && <p className="muted">{CONNECTION_WORDS[connection]}</p>}
      {job.progress.current.length > 0 && (
        <p className="muted">Writing now: {job.progress.current.map((id) => names.get(id) ?? id).join(', ')}</p>
      )}
      {job.summary && (
        <p className={cn('job-progress__summary', `job-progress__summary--${status.tone}`)} role="status">
          {job.summary.message} {job.summary.zoomCalls} Zoom requests in {(job.summary.elapsedMs / 1000).toFixed(1)} s.
        </p>
      )}
      <h2 className="job-progress__heading" id="job-results-title">
        Outcome per auto receptionist
      </h2>
      <ol className="job-results" aria-labelledby="job-results-title">
        {failuresFirst(job.results).map((r) => (
          <JobResult key={r.arId} result={r} tracking={r.auditId && renderTracking ? renderTracking(r) : null} />
        ))}
        {pending.map((id) => (
          <li key={id} className="job-result" data-ar-id={id}>
            <div className="job-result__head">
              <h3 className="job-result__name">{names.get(id) ?? id}</h3>
              <Badge>{job.progress.current.includes(id) ? 'Writing…' : finished ? 'Not started' : 'Waiting'}</Badge>
            </div>
          </li>
        ))}
      </ol>
    </div>
  );
}
