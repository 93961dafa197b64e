import { Link } from 'react-router';
import type { Job } from '@switchboard/contract/jobs';
import { Badge } from '@/components/ui/badge';
import { EmptyState } from '@/components/ui/empty-state';
import { Table } from '@/components/ui/table';
import { JOB_STATUS_WORDS } from '../utils/outcomes';

const HOURS = { business: 'Business hours', closed: 'Closed hours' } as const;

/** Recent copy jobs with where each one stands; each links to its page. */
export function JobList({ jobs, jobHref }: { jobs: Job[]; jobHref: (id: string) => string }) {
  if (jobs.length === 0) {
    return <EmptyState title="No copy jobs yet.">Copy a menu from an auto receptionist’s page; the job shows up here.</EmptyState>;
  }
  return (
    <Table caption="Recent copy jobs">
      <thead>
        <tr>
          <th scope="col">Menu copied</th>
          <th scope="col">Started</th>
          <th scope="col">By</th>
          <th scope="col">Status</th>
          <th scope="col">Progress</th>
        </tr>
      </thead>
      <tbody>
        {jobs.map((job) => {
          const problems = job.results.filter((r) => r.outcome !== 'applied' && r.outcome !== 'no_change').length;
          const running = job.status === 'queued' || job.status === 'running';
          return (
            <tr key={job.id}>
              <th scope="row">
                <Link to={jobHref(job.id)}>
                  {job.input.sourceName ?? job.input.sourceId} · {HOURS[job.input.hours]}
                </Link>
              </th>
              <td>{new Date(job.createdAt).toLocaleString()}</td>
              <td>{job.createdBy.email ?? 'Unknown'}</td>
              <td>
                <Badge tone={running ? 'info' : job.status === 'done' && problems === 0 ? 'success' : problems > 0 || job.status !== 'done' ? 'warning' : 'neutral'}>
                  {JOB_STATUS_WORDS[job.status] ?? job.status}
                  {problems > 0 ? ` · ${problems} not landed` : ''}
                </Badge>
              </td>
              <td className="num">
                {job.progress.done} of {job.progress.total}
              </td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
