// The home page's count of routing problems, linking to the report.
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { useRoutingProblems } from '../api/get-routing-problems';

export function ProblemCounts() {
  const problems = useRoutingProblems();
  if (!problems.data) return null;
  const { errors, warnings } = problems.data.counts;
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
  return (
    <div className={`banner ${errors ? 'banner--danger' : warnings ? 'banner--warning' : 'banner--info'} problem-counts`} role="status">
      {errors + warnings === 0 ? (
        <span>No routing problems found.</span>
      ) : (
        <span>
          Routing problems: <strong>{plural(errors, 'error')}</strong> that lose calls, <strong>{plural(warnings, 'warning')}</strong>.{' '}
          <Link to={paths.routingProblems}>See the problems</Link>
        </span>
      )}
    </div>
  );
}
