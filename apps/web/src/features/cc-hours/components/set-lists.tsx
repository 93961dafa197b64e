// The business-hours sets and closure sets side by side (stacked on a phone),
// each linked to its page; the account's defaults marked.
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { Badge } from '@/components/ui/badge';
import { Card, CardHeader } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { Skeleton } from '@/components/ui/skeleton';
import { useBusinessHoursList } from '../api/get-business-hours-list';
import { useClosureSets } from '../api/get-closure-sets';
import './cc-hours.css';

export function SetLists() {
  const hours = useBusinessHoursList();
  const closures = useClosureSets();
  return (
    <div className="cc-sets">
      <Card className="cc-card">
        <CardHeader title="Business hours" />
        {hours.isPending ? (
          <Skeleton />
        ) : hours.isError ? (
          <ErrorState title="The business hours could not be loaded" error={hours.error} onRetry={() => void hours.refetch()} />
        ) : hours.data.items.length === 0 ? (
          <EmptyState title="No business hours yet." />
        ) : (
          <ul className="cc-sets__list" aria-label="Business hours">
            {hours.data.items.map((b) => (
              <li key={b.id} className="cc-sets__item">
                <Link to={paths.ccBusinessHours(b.id)}>{b.name}</Link>
                <span className="cc-sets__meta">
                  {b.timezone}
                  {b.accountDefault && <Badge tone="info">Account default</Badge>}
                </span>
                {b.description && <span className="muted">{b.description}</span>}
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card className="cc-card">
        <CardHeader title="Closure sets" />
        {closures.isPending ? (
          <Skeleton />
        ) : closures.isError ? (
          <ErrorState title="The closure sets could not be loaded" error={closures.error} onRetry={() => void closures.refetch()} />
        ) : closures.data.items.length === 0 ? (
          <EmptyState title="No closure sets yet." />
        ) : (
          <ul className="cc-sets__list" aria-label="Closure sets">
            {closures.data.items.map((c) => (
              <li key={c.id} className="cc-sets__item">
                <Link to={paths.ccClosureSet(c.id)}>{c.name}</Link>
                <span className="cc-sets__meta">
                  {c.timezone} · {c.closuresCount === 1 ? '1 closure' : `${c.closuresCount} closures`}
                  {c.accountDefault && <Badge tone="info">Account default</Badge>}
                </span>
                {c.description && <span className="muted">{c.description}</span>}
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
