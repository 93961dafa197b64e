// /zendesk/ivrs/:ivrId — one Zendesk Talk IVR: its numbers and its menus as a
// map from the default menu, following "menu" routes, each key in words;
// admins open a menu in the editor from here.
import { useParams } from 'react-router';
import { zendeskIvrParamsSchema } from '@switchboard/contract/zendesk';
import type { NeutralMenu } from '@switchboard/routing-core/menu-model/neutral-menu';
import { paths } from '@/config/paths';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { ErrorState } from '@/components/ui/error-state';
import { Skeleton } from '@/components/ui/skeleton';
import { useCan } from '@/features/auth/hooks/use-can';
import { useZendeskIvr } from '@/features/zendesk-ivrs/api/get-zendesk-ivr';
import { useZendeskMenus } from '@/features/zendesk-ivrs/api/get-zendesk-menu';
import { MenuMap } from '@/features/zendesk-ivrs/components/menu-map';
import { menuTree } from '@/features/zendesk-ivrs/utils/menu-tree';

const crumbs = (current: string) => <Breadcrumb trail={[{ label: 'Auto receptionists', to: `${paths.autoReceptionists}?provider=zendesk` }, { label: current }]} />;

export function Component() {
  const { ivrId = '' } = useParams();
  if (!zendeskIvrParamsSchema.safeParse({ ivrId }).success) {
    return (
      <>
        {crumbs('Not found')}
        <h1>No such Zendesk Talk IVR</h1>
        <p>“{ivrId}” is not a Zendesk IVR id.</p>
      </>
    );
  }
  return <IvrPage ivrId={ivrId} />;
}

function IvrPage({ ivrId }: { ivrId: string }) {
  const ivr = useZendeskIvr(ivrId);
  const menus = useZendeskMenus(ivrId, ivr.data?.menus.map((m) => m.id) ?? []);
  const can = useCan();
  if (ivr.isPending || menus.some((m) => m.isPending)) {
    return (
      <div aria-busy="true">
        {crumbs('Loading…')}
        <span className="visually-hidden" role="status">
          Loading the IVR…
        </span>
        <Skeleton width="lg" />
        <Skeleton width="full" />
      </div>
    );
  }
  const failed = ivr.error ?? menus.find((m) => m.isError)?.error;
  if (failed || !ivr.data) {
    return (
      <>
        {crumbs('Zendesk Talk IVR')}
        <h1>Zendesk Talk IVR</h1>
        <ErrorState title="This IVR could not be loaded" error={failed} onRetry={() => void ivr.refetch()} retrying={ivr.isFetching} />
      </>
    );
  }
  const loaded = new Map<string, NeutralMenu>(ivr.data.menus.flatMap((m, i) => (menus[i]?.data ? [[m.id, menus[i].data.menu] as const] : [])));
  return (
    <>
      <title>{`${ivr.data.name} · Zendesk Talk · Switchboard`}</title>
      {crumbs(ivr.data.name)}
      <div className="page-header">
        <h1>{ivr.data.name}</h1>
        <p className="page-header__lede">
          Zendesk Talk IVR{ivr.data.phoneNumbers.length ? ` answering ${ivr.data.phoneNumbers.join(', ')}` : ''}. Where each key goes, starting from the
          default menu; a key that leads to another menu opens it beneath.
        </p>
      </div>
      <MenuMap roots={menuTree(ivr.data.menus, loaded)} editHref={can('editMenus') ? (menuId) => paths.zendeskMenuEditor(ivrId, menuId) : undefined} />
    </>
  );
}
