// /zendesk/ivrs/:ivrId/menus/:menuId/edit — a Zendesk Talk menu in the same
// keypad editor as Zoom's menus, the keys and kinds from Zendesk's capability
// row; the same review and verified outcome. Admins only.
import { Link, useParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { zendeskMenuParamsSchema } from '@switchboard/contract/zendesk';
import { CAPABILITIES } from '@switchboard/routing-core/menu-model/capabilities';
import { paths } from '@/config/paths';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { ErrorState } from '@/components/ui/error-state';
import { Skeleton } from '@/components/ui/skeleton';
import { ZENDESK_MENU_WORDS } from '@/lib/write/write-words';
import { useSession } from '@/features/auth/api/get-session';
import { NotAllowed } from '@/features/auth/components/not-allowed';
import { useCan } from '@/features/auth/hooks/use-can';
import { ProviderMenuEditor } from '@/features/ivr-editor/components/provider-menu-editor';
import { applyZendeskMenu } from '@/features/zendesk-ivrs/api/apply-zendesk-menu';
import { useZendeskChoices } from '@/features/zendesk-ivrs/api/get-zendesk-choices';
import { useZendeskIvr } from '@/features/zendesk-ivrs/api/get-zendesk-ivr';
import { useZendeskMenu, zendeskMenuQueryOptions } from '@/features/zendesk-ivrs/api/get-zendesk-menu';
import { planZendeskMenu } from '@/features/zendesk-ivrs/api/plan-zendesk-menu';
import './ivr-editor.css';

function Crumbs({ ivrId, ivrName }: { ivrId: string; ivrName: string | null }) {
  return (
    <Breadcrumb
      trail={[
        { label: 'Auto receptionists', to: `${paths.autoReceptionists}?provider=zendesk` },
        ...(ivrName ? [{ label: ivrName, to: paths.zendeskIvr(ivrId) }] : []),
        { label: 'Edit menu' },
      ]}
    />
  );
}

export function Component() {
  const { ivrId = '', menuId = '' } = useParams();
  const session = useSession();
  const can = useCan();
  if (!zendeskMenuParamsSchema.safeParse({ ivrId, menuId }).success) {
    return (
      <>
        <Crumbs ivrId={ivrId} ivrName={null} />
        <h1>No such Zendesk Talk menu</h1>
      </>
    );
  }
  if (session.data && !can('editMenus')) {
    return (
      <>
        <title>Edit menu · Switchboard</title>
        <Crumbs ivrId={ivrId} ivrName={null} />
        <h1>Edit menu</h1>
        <NotAllowed permission="editMenus">
          <Link to={paths.zendeskIvr(ivrId)}>See the menus in words.</Link>
        </NotAllowed>
      </>
    );
  }
  if (!session.data) return null;
  return <Editor ivrId={ivrId} menuId={menuId} />;
}

function Editor({ ivrId, menuId }: { ivrId: string; menuId: string }) {
  const ivr = useZendeskIvr(ivrId);
  const menu = useZendeskMenu(ivrId, menuId);
  const choices = useZendeskChoices();
  const queryClient = useQueryClient();
  const failed = ivr.error ?? menu.error ?? choices.error;
  if (failed) {
    return (
      <>
        <Crumbs ivrId={ivrId} ivrName={ivr.data?.name ?? null} />
        <h1>Edit menu</h1>
        <ErrorState title="This menu could not be loaded" error={failed} onRetry={() => void menu.refetch()} retrying={menu.isFetching} />
      </>
    );
  }
  if (!ivr.data || !menu.data || !choices.data) {
    return (
      <div aria-busy="true" className="ivr-edit__loading">
        <Crumbs ivrId={ivrId} ivrName={null} />
        <span className="visually-hidden" role="status">
          Loading the menu…
        </span>
        <Skeleton width="lg" />
        <Skeleton width="full" />
      </div>
    );
  }
  const name = ivr.data.menus.find((m) => m.id === menuId)?.name ?? 'menu';
  const href = paths.zendeskMenuEditor(ivrId, menuId);
  return (
    <>
      <title>{`Edit ${name} · ${ivr.data.name} · Switchboard`}</title>
      <Crumbs ivrId={ivrId} ivrName={ivr.data.name} />
      <h1 className="ivr-edit__title">
        {ivr.data.name}: edit “{name}”
      </h1>
      <p className="muted">Zendesk Talk menu. A key with no route does nothing; “Any other key” answers every key the menu does not use.</p>
      <ProviderMenuEditor
        key={menuId}
        capabilities={CAPABILITIES.zendesk}
        menu={menu.data.menu}
        version={menu.data.version}
        choices={{
          targets: { group: choices.data.groups },
          menus: ivr.data.menus.filter((m) => m.id !== menuId),
          greetings: choices.data.greetings,
        }}
        plan={(body) => planZendeskMenu({ ivrId, menuId, body })}
        apply={(body, onProgress) => applyZendeskMenu({ ivrId, menuId, body, onProgress })}
        reload={() => queryClient.fetchQuery({ ...zendeskMenuQueryOptions(ivrId, menuId), staleTime: 0 })}
        onWritten={() => void queryClient.invalidateQueries({ queryKey: ['zendesk', 'ivrs', ivrId] })}
        words={ZENDESK_MENU_WORDS}
        subject={`${ivr.data.name}, menu “${name}”`}
        href={href}
        historyHref={paths.history}
        outcomeExtra={<Link to={paths.zendeskIvr(ivrId)}>See the IVR’s menus in words</Link>}
      />
    </>
  );
}
