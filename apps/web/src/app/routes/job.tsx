// /jobs/:id — a background job's progress: a menu copy or a bulk holiday.
// Leaving does not cancel the job; coming back shows its current state (the
// stream starts with a snapshot).
import { useEffect, useMemo } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router';
import { jobIdParamSchema, type Job } from '@switchboard/contract/jobs';
import { describeHolidaySpan } from '@switchboard/routing-core/schedule/holiday-rules';
import { paths } from '@/config/paths';
import { Breadcrumb, type Crumb } from '@/components/ui/breadcrumb';
import { ErrorState } from '@/components/ui/error-state';
import { Skeleton } from '@/components/ui/skeleton';
import { JobRevert } from '@/features/jobs/components/job-revert';
import { useCan } from '@/features/auth/hooks/use-can';
import { autoReceptionistQueryOptions } from '@/features/auto-receptionists/api/get-auto-receptionist';
import { useAutoReceptionists } from '@/features/auto-receptionists/api/get-auto-receptionists';
import { calendarQueryOptions, useCalendar } from '@/features/calendar/api/get-calendar';
import { holidaysQueryOptions } from '@/features/holidays/api/get-holidays';
import { useJob } from '@/features/jobs/api/get-job';
import { jobsQueryOptions } from '@/features/jobs/api/get-jobs';
import { JobProgress } from '@/features/jobs/components/job-progress';
import { RetryFailedTargets } from '@/features/jobs/components/retry-failed-targets';
import { TrackingIds } from '@/features/jobs/components/tracking-ids';
import { useJobEvents } from '@/features/jobs/hooks/use-job-events';

const HOURS_WORDS = { business: 'business-hours', closed: 'closed-hours' } as const;

export function Component() {
  const { id = '' } = useParams();
  if (jobIdParamSchema.safeParse({ id }).success) return <JobPage id={id} />;
  return (
    <>
      <title>No such job · Switchboard</title>
      <h1>No such job</h1>
      <p>
        “{id}” is not a job id. <Link to={paths.jobs}>Back to the jobs.</Link>
      </p>
    </>
  );
}

/** The job's title, where it came from, and where its targets are shown. */
function describeJob(job: Job, arNames: ReadonlyMap<string, string>): { title: string; trail: Crumb[]; lede: string; retried: { what: string; earlier: string } } {
  if (job.kind === 'copy-ivr') {
    const source = job.input.sourceName ?? arNames.get(job.input.sourceId) ?? 'an auto receptionist';
    return {
      title: `Copy the ${HOURS_WORDS[job.input.hours]} menu of ${source}`,
      trail: [
        { label: 'Auto receptionists', to: paths.autoReceptionists },
        { label: source, to: paths.autoReceptionist(job.input.sourceId) },
        { label: 'Copy job' },
      ],
      lede: 'The copy runs on the server: leaving this page does not stop it, and coming back shows where it is.',
      retried: { what: 'the auto receptionists', earlier: 'an earlier copy' },
    };
  }
  const n = job.input.extensionIds.length;
  return {
    title: `Add “${job.input.name}” to ${n} extension${n === 1 ? '' : 's'}`,
    trail: [{ label: 'Holiday calendar', to: paths.calendar }, { label: 'Holiday job' }],
    lede: `${describeHolidaySpan(job.input)}, on each extension’s own clock. The job runs on the server: leaving this page does not stop it, and coming back shows where it is.`,
    retried: { what: 'the extensions', earlier: 'an earlier holiday job' },
  };
}

function JobPage({ id }: { id: string }) {
  const fetched = useJob(id);
  const live = useJobEvents(id);
  const job = live.job ?? fetched.data;
  const list = useAutoReceptionists();
  // A bulk holiday's extensions are named once each finishes; the calendar of its first day names them all before.
  const day = job?.kind === 'add-holiday' ? job.input.start.slice(0, 10) : '';
  const calendar = useCalendar({ from: day, to: day }, Boolean(day));
  const names = useMemo(() => {
    const out = new Map<string, string>();
    for (const a of list.data?.items ?? []) out.set(a.id, a.name);
    for (const e of calendar.data?.extensions ?? []) out.set(e.extensionId, e.name);
    return out;
  }, [list.data, calendar.data]);
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const can = useCan();
  const finishedJob = live.connection === 'finished' ? live.job : null;

  // Once the job is over, what this browser cached is old: the targets, the calendar and the job lists.
  useEffect(() => {
    if (!finishedJob) return;
    if (finishedJob.kind === 'copy-ivr') {
      for (const arId of finishedJob.input.targets) void queryClient.invalidateQueries({ queryKey: autoReceptionistQueryOptions(arId).queryKey });
    } else {
      for (const ext of finishedJob.input.extensionIds) void queryClient.invalidateQueries({ queryKey: holidaysQueryOptions(ext).queryKey.slice(0, 2) });
      void queryClient.invalidateQueries({ queryKey: calendarQueryOptions({ from: '', to: '' }).queryKey.slice(0, 1) });
    }
    // ['jobs'] is the prefix of both the list's and this job's key.
    void queryClient.invalidateQueries({ queryKey: jobsQueryOptions().queryKey.slice(0, 1) });
  }, [finishedJob, queryClient]);

  if (!job) {
    if (fetched.isError) {
      return (
        <>
          <title>Job · Switchboard</title>
          <h1>Job</h1>
          <ErrorState title="This job could not be loaded" error={fetched.error} onRetry={() => void fetched.refetch()} retrying={fetched.isFetching}>
            <Link className="btn btn--secondary" to={paths.jobs}>
              Back to the jobs
            </Link>
          </ErrorState>
        </>
      );
    }
    return (
      <div aria-busy="true" className="page-loading">
        <title>Job · Switchboard</title>
        <h1>Job</h1>
        <span className="visually-hidden" role="status">
          Loading the job…
        </span>
        <Skeleton width="lg" />
        <Skeleton />
      </div>
    );
  }

  const { title, trail, lede, retried } = describeJob(job, names);
  return (
    <>
      <title>{`${title} · Switchboard`}</title>
      <Breadcrumb trail={trail} />
      <div className="page-header">
        <h1>{title}</h1>
        <p className="page-header__lede">
          Started {new Date(job.createdAt).toLocaleString()} by {job.createdBy.email ?? 'someone'}
          {job.input.retryOf && (
            <>
              {' '}
              to retry {retried.what} that did not land in <Link to={paths.job(job.input.retryOf)}>{retried.earlier}</Link>
            </>
          )}
          . {lede}
        </p>
      </div>
      <JobProgress
        job={job}
        connection={live.connection}
        targetNames={names}
        targetHref={job.kind === 'copy-ivr' ? paths.autoReceptionist : paths.extensionHours}
        renderTracking={(r) => (r.auditId ? <TrackingIds auditId={r.auditId} /> : null)}
        actions={can.job(job.kind) ? <RetryFailedTargets job={job} onStarted={(jobId) => void navigate(paths.job(jobId))} /> : null}
      />
      {can.job(job.kind) && job.status !== 'queued' && job.status !== 'running' && <JobRevert jobId={job.id} />}
    </>
  );
}
