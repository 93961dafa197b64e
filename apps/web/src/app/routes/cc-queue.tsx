// /contact-center/queues/:id — change one queue's business hours and closure
// set (admins). Composes the queues feature's form with the operating-hours
// feature's sets and occurrences, to warn before a closure set would close a
// queue meant to be open every day.
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { whoMay } from '@switchboard/contract/permissions';
import { paths } from '@/config/paths';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { Card } from '@/components/ui/card';
import { ErrorState } from '@/components/ui/error-state';
import { Skeleton } from '@/components/ui/skeleton';
import { useCan } from '@/features/auth/hooks/use-can';
import { useBusinessHours } from '@/features/cc-hours/api/get-business-hours';
import { useBusinessHoursList } from '@/features/cc-hours/api/get-business-hours-list';
import { useClosureSets } from '@/features/cc-hours/api/get-closure-sets';
import { useOccurrences } from '@/features/cc-hours/api/get-occurrences';
import { CC_HOURS_KEY } from '@/features/cc-hours/api/hours-paths';
import { CC_QUEUES_KEY, queuesQueryOptions, useQueues } from '@/features/cc-queues/api/get-queues';
import { OperatingHoursForm, type Choice } from '@/features/cc-queues/components/operating-hours-form';
import { closureWarning } from '@/features/cc-queues/utils/closure-warning';
import { historyQueryOptions } from '@/features/history/api/get-history';
import { CcSectionNav } from '../layout/cc-section-nav';
import '@/features/cc-hours/components/cc-hours.css';
import '@/features/cc-queues/components/queues.css';

const today = () => new Date().toISOString().slice(0, 10);
const inAYear = (d: string) => `${Number(d.slice(0, 4)) + 1}${d.slice(4)}`;

export function Component() {
  const { id = '' } = useParams();
  const queues = useQueues();
  const hoursList = useBusinessHoursList();
  const closureSets = useClosureSets();
  const can = useCan();
  const queryClient = useQueryClient();
  const queue = queues.data?.items.find((q) => q.id === id);
  const [choice, setChoice] = useState<Choice | null>(null);
  const chosen = choice ?? (queue ? { businessHoursId: queue.businessHoursId ?? '', closureSetId: queue.closureSetId } : null);
  const hours = useBusinessHours(chosen?.businessHoursId ?? '');
  const from = today();
  const occurrences = useOccurrences({ from, to: inAYear(from), ...(chosen?.closureSetId ? { closureSetId: chosen.closureSetId } : {}) }, Boolean(chosen?.closureSetId));
  const setName = closureSets.data?.items.find((c) => c.id === chosen?.closureSetId)?.name ?? null;
  // Only a change of closure set or business hours warns: what the queue already has is not news.
  const isChange = choice !== null && queue !== undefined && (choice.closureSetId !== queue.closureSetId || choice.businessHoursId !== queue.businessHoursId);
  const warning =
    queue && isChange && chosen?.businessHoursId && hours.data
      ? closureWarning(queue.name, hours.data.businessHours.schedule, setName, (occurrences.data?.items ?? []).filter((o) => o.closureSetId === chosen.closureSetId))
      : null;

  const header = (
    <>
      <title>{`${queue?.name ?? 'Queue'} · Operating hours · Switchboard`}</title>
      <CcSectionNav />
      <Breadcrumb trail={[{ label: 'Queues', to: paths.ccQueues }, { label: queue?.name ?? 'Queue' }]} />
      <div className="page-header">
        <h1>{queue ? `${queue.name}: operating hours` : 'Queue'}</h1>
        <p className="page-header__lede">Which business hours open the queue and which closure set closes it.</p>
      </div>
    </>
  );
  if (!can('editContactCenter')) {
    return (
      <>
        {header}
        <p>
          {whoMay('editContactCenter')} <Link to={paths.ccQueues}>Back to the queues.</Link>
        </p>
      </>
    );
  }
  if (queues.isPending || hoursList.isPending || closureSets.isPending) {
    return (
      <>
        {header}
        <Skeleton />
      </>
    );
  }
  const error = queues.error ?? hoursList.error ?? closureSets.error;
  if (error || !queue) {
    return (
      <>
        {header}
        <ErrorState title="This queue could not be loaded" error={error ?? new Error('No such queue')} onRetry={() => void queues.refetch()} />
      </>
    );
  }
  return (
    <>
      {header}
      <Card className="cc-card queue-form">
        <OperatingHoursForm
          queue={queue}
          businessHours={hoursList.data?.items ?? []}
          closureSets={closureSets.data?.items ?? []}
          onChoice={setChoice}
          warning={warning}
          onWritten={() => {
            void queryClient.invalidateQueries({ queryKey: CC_QUEUES_KEY });
            void queryClient.invalidateQueries({ queryKey: CC_HOURS_KEY });
            void queryClient.invalidateQueries({ queryKey: historyQueryOptions(id).queryKey.slice(0, 1) });
          }}
          reload={async () => {
            const list = await queryClient.fetchQuery({ ...queuesQueryOptions(), staleTime: 0 });
            const latest = list.items.find((q) => q.id === id);
            if (!latest) throw new Error('The queue is no longer in Zoom.');
            return latest;
          }}
          href={paths.ccQueue(id)}
          historyHref={paths.historyOf(id)}
        />
      </Card>
    </>
  );
}
