import { Link } from 'react-router';
import type { Job } from '@switchboard/contract/jobs';
import { Badge } from '@/components/ui/badge';
import { EmptyState } from '@/components/ui/empty-state';
import { jobStatusWords } from '../utils/outcomes';
import './job-list.css';

const HOURS = { business: 'Business hours', closed: 'Closed hours' } as const;

/** Recent jobs (menu copies, bulk holidays), each a card with where it stands (red when a target did not land); each links to its page. */
export function JobList({ jobs, jobHref }: { jobs: Job[]; jobHref: (id: string) => string }) {
  if (jobs.length === 0) {
    return <EmptyState title="No copy jobs yet.">Copy a menu from an auto receptionist’s page; the job shows up here.</EmptyState>;
  }
  return (
    <ul className="job-list" aria-label="Recent copy jobs">
      {jobs.map((job) => {
        const status = jobStatusWords(job);
        return (
          <li key={job.id} className={`job-list__item job-list__item--${status.tone}`}>
            <Link className="job-list__title" to={jobHref(job.id)}>
              {job.kind === 'copy-ivr'
                ? `${job.input.sourceName ?? job.input.sourceId} · ${HOURS[job.input.hours]}`
                : `Holiday “${job.input.name}” · ${job.input.extensionIds.length} extension${job.input.extensionIds.length === 1 ? '' : 's'}`}
            </Link>
            <span className="job-list__meta">
              {job.input.retryOf ? 'Retry started ' : 'Started '}
              {new Date(job.createdAt).toLocaleString()} by {job.createdBy.email ?? 'someone'}
            </span>
            <span className="job-list__status">
              <Badge tone={status.tone}>{status.label}</Badge>
              <span className="job-list__progress">
                {job.progress.done} of {job.progress.total} {job.kind === 'copy-ivr' ? 'auto receptionist' : 'extension'}
                {job.progress.total === 1 ? '' : 's'}
              </span>
            </span>
          </li>
        );
      })}
    </ul>
  );
}
