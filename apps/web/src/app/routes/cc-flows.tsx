// /contact-center/flows — every flow with its entry points (read-only).
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { Skeleton } from '@/components/ui/skeleton';
import { useFlows } from '@/features/cc-flows/api/get-flows';
import { FlowTable } from '@/features/cc-flows/components/flow-table';
import { CcSectionNav } from '../layout/cc-section-nav';

export function Component() {
  const flows = useFlows();
  return (
    <>
      <title>Flows · Contact Center · Switchboard</title>
      <CcSectionNav />
      <div className="page-header">
        <h1>Flows</h1>
        <p className="page-header__lede">How Contact Center routes each call, chat or message, and where it enters. Read-only: flows are built in Zoom.</p>
      </div>
      {flows.isPending ? (
        <div className="page-loading" aria-busy="true">
          <span className="visually-hidden" role="status">
            Loading the flows…
          </span>
          <Skeleton width="lg" />
          <Skeleton />
        </div>
      ) : flows.isError ? (
        <ErrorState title="The flows could not be loaded" error={flows.error} onRetry={() => void flows.refetch()} retrying={flows.isFetching} />
      ) : flows.data.items.length === 0 ? (
        <EmptyState title="This Zoom account has no Contact Center flows." />
      ) : (
        <FlowTable flows={flows.data.items} />
      )}
    </>
  );
}
