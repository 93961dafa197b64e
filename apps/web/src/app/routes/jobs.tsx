// /jobs — recent background jobs (menu copies, bulk holidays), the way back to one after leaving its page.
import { paths } from '@/config/paths';
import { ErrorState } from '@/components/ui/error-state';
import { Skeleton } from '@/components/ui/skeleton';
import { useCan } from '@/features/auth/hooks/use-can';
import { NotAllowed } from '@/features/auth/components/not-allowed';
import { useJobs } from '@/features/jobs/api/get-jobs';
import { JobList } from '@/features/jobs/components/job-list';

export function Component() {
  const can = useCan();
  return (
    <>
      <title>Jobs · Switchboard</title>
      <div className="page-header">
        <h1>Jobs</h1>
        <p className="page-header__lede">
          Menus copied to other auto receptionists and holidays added to many extensions run here in the background, newest first.
        </p>
      </div>
      {can('startJobs') ? <Jobs /> : <NotAllowed permission="startJobs" />}
    </>
  );
}

function Jobs() {
  const jobs = useJobs();
  if (jobs.isPending) {
    return (
      <div aria-busy="true" className="page-narrow">
        <span className="visually-hidden" role="status">
          Loading jobs…
        </span>
        <Skeleton />
        <Skeleton />
      </div>
    );
  }
  if (jobs.isError) return <ErrorState title="Jobs could not be loaded" error={jobs.error} onRetry={() => void jobs.refetch()} retrying={jobs.isFetching} />;
  return <JobList jobs={jobs.data.items} jobHref={paths.job} />;
}
