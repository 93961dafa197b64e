// /auto-receptionists/:id/edit?menu=business|closed|holiday:<id>[&key=3|&part=greeting|no-key] — the IVR
// editor. Composes the session (admins only; the CSRF token for the write),
// the auto receptionist (name, holidays), the menu query (ivr feature) and the
// editor (ivr-editor feature).
import type { ReactNode } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { idParamSchema } from '@switchboard/contract/auto-receptionists';
import { paths } from '@/config/paths';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { ErrorState } from '@/components/ui/error-state';
import { Skeleton } from '@/components/ui/skeleton';
import { ApiError } from '@/lib/api-client';
import { parseMenuPart, type ParsedMenuPart } from '@/lib/menu-part';
import { useSession } from '@/features/auth/api/get-session';
import { InvalidAutoReceptionistId } from '@/features/auto-receptionists/components/invalid-auto-receptionist-id';
import { UnknownHolidayBanner } from '@/features/auto-receptionists/components/unknown-holiday-banner';
import { roleLabel } from '@/features/auth/utils/roles';
import { useAutoReceptionist } from '@/features/auto-receptionists/api/get-auto-receptionist';
import {
  ivrParams,
  menuParam,
  menuPhrase,
  parseMenuSelection,
  unknownHolidayParam,
} from '@/features/auto-receptionists/utils/menu-selection';
import {
  ivrMenuQueryOptions,
  useIvrMenu,
  type IvrMenuParams,
} from '@/features/ivr/api/get-ivr-menu';
import { IvrEditor } from '@/features/ivr-editor/components/ivr-editor';
import { MenuSwitcher, type MenuOption } from '@/features/ivr-editor/components/menu-switcher';
import './ivr-editor.css';

function EditorBreadcrumb({ id, name }: { id: string; name: string | null }) {
  return (
    <Breadcrumb
      trail={[
        { label: 'Auto receptionists', to: paths.autoReceptionists },
        ...(name ? [{ label: name, to: paths.autoReceptionist(id) }] : []),
        { label: 'Edit menu' },
      ]}
    />
  );
}

export function Component() {
  const { id = '' } = useParams();
  const session = useSession();
  if (!idParamSchema.safeParse({ id }).success) return <InvalidAutoReceptionistId id={id} />;
  if (session.data && session.data.role !== 'admin') {
    return (
      <>
        <title>Edit menu · Switchboard</title>
        <EditorBreadcrumb id={id} name={null} />
        <h1>Edit menu</h1>
        <p>
          Only admins edit menus. You are signed in as {roleLabel(session.data.role)}.{' '}
          <Link to={paths.autoReceptionist(id)}>See the menu in words.</Link>
        </p>
      </>
    );
  }
  if (!session.data) return null; // the app shell shows the session check
  return <Editor id={id} />;
}

function Loading({ label }: { label: string }) {
  return (
    <div aria-busy="true" className="ivr-edit__loading">
      <span className="visually-hidden" role="status">
        {label}
      </span>
      <Skeleton width="lg" />
      <Skeleton width="md" />
      <Skeleton width="full" />
    </div>
  );
}

function Editor({ id }: { id: string }) {
  const ar = useAutoReceptionist(id);
  const [search] = useSearchParams();
  const navigate = useNavigate();

  if (ar.isPending) {
    return (
      <>
        <title>Edit menu · Switchboard</title>
        <EditorBreadcrumb id={id} name={null} />
        <Loading label="Loading the auto receptionist…" />
      </>
    );
  }
  if (ar.isError) {
    const missing = ar.error instanceof ApiError && ar.error.status === 404;
    return (
      <>
        <title>Edit menu · Switchboard</title>
        <EditorBreadcrumb id={id} name={null} />
        <h1>{missing ? 'No such auto receptionist' : 'Edit menu'}</h1>
        <ErrorState
          title="This auto receptionist could not be loaded"
          error={ar.error}
          onRetry={() => void ar.refetch()}
          retrying={ar.isFetching}
        />
      </>
    );
  }

  const detail = ar.data;
  const selection = parseMenuSelection(search.get('menu'), detail.holidays);
  const current = menuParam(
    selection.kind === 'holiday' ? { kind: 'holiday', holidayId: selection.holiday.id } : selection,
  );
  const options: MenuOption[] = [
    { value: 'business', label: 'Business hours' },
    { value: 'closed', label: 'Closed hours' },
    ...[...detail.holidays]
      .sort((a, b) => a.from.localeCompare(b.from))
      .map((h) => ({
        value: menuParam({ kind: 'holiday', holidayId: h.id }),
        label: h.name,
        holiday: true,
      })),
  ];
  const params: IvrMenuParams = { autoReceptionistId: detail.id, ...ivrParams(selection) };
  const phrase = menuPhrase(selection);

  return (
    <>
      <title>{`Edit the ${phrase} · ${detail.name} · Switchboard`}</title>
      <EditorBreadcrumb id={id} name={detail.name} />
      <h1 className="ivr-edit__title">
        {detail.name}: edit the {phrase}
      </h1>
      <UnknownHolidayBanner id={unknownHolidayParam(search.get('menu'), detail.holidays)} />
      <MenuEditor
        key={current}
        params={params}
        subject={`${detail.name}, ${phrase}`}
        href={`${paths.autoReceptionist(detail.id)}?menu=${encodeURIComponent(current)}`}
        initialPart={parseMenuPart(search)}
        toolbar={
          <MenuSwitcher
            options={options}
            value={current}
            onChange={(value) => void navigate(paths.autoReceptionistEditor(detail.id, value))}
          />
        }
        viewLink={
          <Link
            className="btn btn--ghost"
            to={`${paths.autoReceptionist(detail.id)}?menu=${encodeURIComponent(current)}`}
          >
            See the menu in words
          </Link>
        }
      />
    </>
  );
}

function MenuEditor({
  params,
  subject,
  href,
  initialPart,
  toolbar,
  viewLink,
}: {
  params: IvrMenuParams;
  subject: string;
  href: string;
  initialPart: ParsedMenuPart | null;
  toolbar: ReactNode;
  viewLink: ReactNode;
}) {
  const menu = useIvrMenu(params);
  const queryClient = useQueryClient();
  const options = ivrMenuQueryOptions(params);

  if (menu.isPending) {
    return (
      <>
        {toolbar}
        <Loading label="Loading the menu…" />
      </>
    );
  }
  if (menu.isError) {
    return (
      <>
        {toolbar}
        <ErrorState
          title="This menu could not be loaded"
          error={menu.error}
          onRetry={() => void menu.refetch()}
          retrying={menu.isFetching}
        />
      </>
    );
  }
  return (
    <IvrEditor
      autoReceptionistId={params.autoReceptionistId}
      scope={{ hours: params.hours, holidayId: params.holidayId }}
      menu={menu.data.menu}
      version={menu.data.version}
      reloadMenu={() => queryClient.fetchQuery({ ...options, staleTime: 0 })}
      onWritten={() => void queryClient.invalidateQueries({ queryKey: options.queryKey })}
      subject={subject}
      href={href}
      toolbar={toolbar}
      outcomeExtra={viewLink}
      historyHref={paths.historyOf(params.autoReceptionistId)}
      initialPart={initialPart}
    />
  );
}
