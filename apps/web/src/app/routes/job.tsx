// /jobs/:id — a background job's progress. Leaving does not cancel the job;
// coming back shows its current state (the stream starts with a snapshot).
import { useEffect, useMemo } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router';
import { jobIdParamSchema } from '@switchboard/contract/jobs';
import { paths } from '@/config/paths';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { ErrorState } from '@/components/ui/error-state';
import { Skeleton } from '@/components/ui/skeleton';
import { useSession } from '@/features/auth/api/get-session';
import { autoReceptionistQueryOptions } from '@/features/auto-receptionists/api/get-auto-receptionist';
import { useAutoReceptionists } from '@/features/auto-receptionists/api/get-auto-receptionists';
import { useJob } from '@/features/menu-copy/api/get-job';
import { jobsQueryOptions } from '@/features/menu-copy/api/get-jobs';
import { JobProgress } from '@/features/menu-copy/components/job-progress';
import { RetryFailedTargets } from '@/features/menu-copy/components/retry-failed-targets';
import { TrackingIds } from '@/features/menu-copy/components/tracking-ids';
import { useJobEvents } from '@/features/menu-copy/hooks/use-job-events';

const HOURS_WORDS = { business: 'business-hours', closed: 'closed-hours' } as const;

export function Component() {
  const { id = '' } = useParams();
  if (jobIdParamSchema.safeParse({ id }).success) return <JobPage id={id} />;
  return (
    <>
      <title>No such job · Switchboard</title>
      <h1>No such job</h1>
      <p>
        “{id}” is not a job id. <Link to={paths.autoReceptionists}>Back to auto receptionists.</Link>
      </p>
    </>
  );
}

function JobPage({ id }: { id: string }) {
  const fetched = useJob(id);
  const live = useJobEvents(id);
  const list = useAutoReceptionists();
  const job = live.job ?? fetched.data;
  const arNames = useMemo(() => new Map((list.data?.items ?? []).map((a) => [a.id, a.name])), [list.data]);
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const isAdmin = useSession().data?.role === 'admin';
  const targets = live.job?.input.targets;

  // Once the job is over, what this browser cached is old: the targets' menus and the job lists.
  useEffect(() => {
    if (live.connection !== 'finished' || !targets) return;
    for (const arId of targets) void queryClient.invalidateQueries({ queryKey: autoReceptionistQueryOptions(arId).queryKey });
    // ['jobs'] is the prefix of both the list's and this job's key.
    void queryClient.invalidateQueries({ queryKey: jobsQueryOptions().queryKey.slice(0, 1) });
  }, [live.connection, targets, queryClient]);

  if (!job) {
    if (fetched.isError) {
      return (
        <>
          <title>Job · Switchboard</title>
          <h1>Copy job</h1>
          <ErrorState title="This job could not be loaded" error={fetched.error} onRetry={() => void fetched.refetch()} retrying={fetched.isFetching}>
            <Link className="btn btn--secondary" to={paths.autoReceptionists}>
              Back to auto receptionists
            </Link>
          </ErrorState>
        </>
      );
    }
    return (
      <div aria-busy="true" className="page-loading">
        <title>Job · Switchboard</title>
        <h1>Copy job</h1>
        <span className="visually-hidden" role="status">
          Loading the job…
        </span>
        <Skeleton width="lg" />
        <Skeleton />
      </div>
    );
  }

  const sourceName = job.input.sourceName ?? arNames.get(job.input.sourceId) ?? 'an auto receptionist';
  return (
    <>
      <title>{`Copying the ${HOURS_WORDS[job.input.hours]} menu of ${sourceName} · Switchboard`}</title>
      <Breadcrumb
        trail={[
          { label: 'Auto receptionists', to: paths.autoReceptionists },
          { label: sourceName, to: paths.autoReceptionist(job.input.sourceId) },
          { label: 'Copy job' },
        ]}
      />
      <div className="page-header">
        <h1>
          Copy the {HOURS_WORDS[job.input.hours]} menu of {sourceName}
        </h1>
        <p className="page-header__lede">
          Started {new Date(job.createdAt).toLocaleString()} by {job.createdBy.email ?? 'someone'}
          {job.input.retryOf && (
            <>
              {' '}
              to retry the auto receptionists that did not land in <Link to={paths.job(job.input.retryOf)}>an earlier copy</Link>
            </>
          )}
          . The copy runs on the server: leaving this page does not stop it, and coming back shows where it is.
        </p>
      </div>
      <JobProgress
        job={job}
        connection={live.connection}
        arNames={arNames}
        renderTracking={(r) => (r.auditId ? <TrackingIds auditId={r.auditId} /> : null)}
        actions={isAdmin ? <RetryFailedTargets job={job} onStarted={(jobId) => void navigate(paths.job(jobId))} /> : null}
      />
    </>
  );
}
