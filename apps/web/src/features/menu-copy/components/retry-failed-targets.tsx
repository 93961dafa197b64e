import type { CopyIvrJob as Job } from '@switchboard/contract/jobs';
import { Banner } from '@/components/ui/banner';
import { Button } from '@/components/ui/button';
import { errorMessage } from '@/lib/api-client';
import { useRetryJob } from '../api/retry-job';
import { isRunning, notLanded } from '../utils/outcomes';

/**
 * "Retry failed targets": a new job for exactly the auto receptionists of this
 * one that did not land. Shown only once the job has finished with some; the
 * page decides who may see it (admins).
 */
export function RetryFailedTargets({ job, onStarted }: { job: Job; onStarted: (jobId: string) => void }) {
  const retry = useRetryJob();
  const failed = notLanded(job);
  if (isRunning(job) || failed === 0) return null;
  return (
    <>
      <Button variant="primary" busy={retry.isPending} onClick={() => retry.mutate(job.id, { onSuccess: ({ jobId }) => onStarted(jobId) })}>
        Retry failed targets
      </Button>
      {retry.isError && (
        <div className="job-progress__retry-error">
          <Banner tone="danger" live>
            {errorMessage(retry.error)}
          </Banner>
        </div>
      )}
    </>
  );
}
