import type { ReactNode } from 'react';
import type { Job } from '@switchboard/contract/jobs';
import { Badge } from '@/components/ui/badge';
import { ProgressBar } from '@/components/ui/progress-bar';
import { cn } from '@/lib/cn';
import type { JobConnection } from '../hooks/use-job-events';
import { failuresFirst, isRunning, jobStatusWords, jobTargets, resultTarget, type TargetResult } from '../utils/outcomes';
import { JobResult } from './job-result';
import './job-progress.css';

const CONNECTION_WORDS: Partial<Record<JobConnection, string>> = {
  connecting: 'Connecting to the live progress…',
  reconnecting: 'Connection lost; reconnecting. The job keeps running on the server.',
  failed: 'Live progress is not available; the state shown is the last one read. Reload to check again.',
};

/** What a job's targets are called: auto receptionists of a copy, extensions of a bulk holiday. */
const NOUN = {
  'copy-ivr': { one: 'auto receptionist', many: 'auto receptionists', bar: 'Copy progress' },
  'add-holiday': { one: 'extension', many: 'extensions', bar: 'Holiday progress' },
} as const;

export interface JobProgressProps {
  job: Job;
  connection: JobConnection;
  /** Tracking ids of one target's requests (rendered by the page: they come from the change history). */
  renderTracking?: (result: TargetResult) => ReactNode;
  /** Names of the targets not reported yet (the job only names those it has finished). */
  targetNames?: ReadonlyMap<string, string>;
  /** Where a target is shown (its name becomes a link). */
  targetHref?: (id: string) => string;
  /** Beside the status, e.g. "Retry failed targets" (the page decides who may). */
  actions?: ReactNode;
}

/** Status, progress bar, the summary when done, and one card per target: failures first, each with its reason. */
export function JobProgress({ job, connection, renderTracking, targetNames, targetHref, actions }: JobProgressProps) {
  const { done, total } = job.progress;
  const percent = total ? Math.round((done / total) * 100) : 0;
  const finished = !isRunning(job);
  const status = jobStatusWords(job);
  const noun = NOUN[job.kind];
  const results: TargetResult[] = job.results;
  const names = new Map([...(targetNames ?? []), ...results.map((r) => [resultTarget(r), r.name ?? resultTarget(r)] as const)]);
  const pending = jobTargets(job).filter((id) => !results.some((r) => resultTarget(r) === id));

  return (
    <div className="job-progress">
      <div className="job-progress__status">
        <Badge tone={status.tone}>{status.label}</Badge>
        <span className="job-progress__numbers">
          {done} of {total} {total === 1 ? noun.one : noun.many} · {percent}%
        </span>
        {actions}
      </div>
      <ProgressBar value={done} max={total} label={noun.bar} valueText={`${done} of ${total} ${total === 1 ? noun.one : noun.many} (${percent}%)`} />
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
        Outcome per {noun.one}
      </h2>
      <ol className="job-results" aria-labelledby="job-results-title">
        {failuresFirst(results).map((r) => (
          <JobResult
            key={resultTarget(r)}
            kind={job.kind}
            result={r}
            href={targetHref?.(resultTarget(r))}
            tracking={r.auditId && renderTracking ? renderTracking(r) : null}
          />
        ))}
        {pending.map((id) => (
          <li key={id} className="job-result" data-target-id={id}>
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
