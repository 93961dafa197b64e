// /jobs — recent copy jobs, the way back to one after leaving its page.
import { paths } from '@/config/paths';
import { Banner } from '@/components/ui/banner';
import { ErrorState } from '@/components/ui/error-state';
import { Skeleton } from '@/components/ui/skeleton';
import { useSession } from '@/features/auth/api/get-session';
import { useJobs } from '@/features/menu-copy/api/get-jobs';
import { JobList } from '@/features/menu-copy/components/job-list';

export function Component() {
  const role = useSession().data?.role;
  return (
    <>
      <title>Copy jobs · Switchboard</title>
      <div className="page-header">
        <h1>Copy jobs</h1>
        <p className="page-header__lede">Menus copied to other auto receptionists run here in the background, newest first.</p>
      </div>
      {role === 'support' ? <Banner tone="info">Copy jobs are shown to admins and managers.</Banner> : <Jobs />}
    </>
  );
}

function Jobs() {
  const jobs = useJobs();
  if (jobs.isPending) {
    return (
      <div aria-busy="true" className="page-narrow">
        <span className="visually-hidden" role="status">
          Loading copy jobs…
        </span>
        <Skeleton />
        <Skeleton />
      </div>
    );
  }
  if (jobs.isError) return <ErrorState title="Copy jobs could not be loaded" error={jobs.error} onRetry={() => void jobs.refetch()} retrying={jobs.isFetching} />;
  return <JobList jobs={jobs.data.items} jobHref={paths.job} />;
}
