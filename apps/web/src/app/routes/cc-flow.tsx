// /contact-center/flows/:id — one flow: entry points, versions, export (read-only).
import { useParams } from 'react-router';
import { paths } from '@/config/paths';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { ErrorState } from '@/components/ui/error-state';
import { Skeleton } from '@/components/ui/skeleton';
import { flowExportHref, useFlow } from '@/features/cc-flows/api/get-flow';
import { FlowDetail } from '@/features/cc-flows/components/flow-detail';
import { CcSectionNav } from '../layout/cc-section-nav';

export function Component() {
  const { id = '' } = useParams();
  const flow = useFlow(id);
  const name = flow.data?.flow.name ?? 'Flow';
  return (
    <>
      <title>{`${name} · Flows · Switchboard`}</title>
      <CcSectionNav />
      <Breadcrumb trail={[{ label: 'Flows', to: paths.ccFlows }, { label: name }]} />
      <div className="page-header">
        <h1>{name}</h1>
        {flow.data?.flow.description && <p className="page-header__lede">{flow.data.flow.description}</p>}
      </div>
      {flow.isPending ? (
        <Skeleton />
      ) : flow.isError ? (
        <ErrorState title="This flow could not be loaded" error={flow.error} onRetry={() => void flow.refetch()} retrying={flow.isFetching} />
      ) : (
        <FlowDetail flow={flow.data.flow} exportHref={flowExportHref(id)} />
      )}
    </>
  );
}
