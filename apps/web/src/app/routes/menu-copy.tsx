// /auto-receptionists/:id/copy?hours=business|closed — admins copy one menu to other auto receptionists.
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { idParamSchema } from '@switchboard/contract/auto-receptionists';
import { paths } from '@/config/paths';
import { Banner } from '@/components/ui/banner';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { Card } from '@/components/ui/card';
import { ErrorState } from '@/components/ui/error-state';
import { SegmentedLinks } from '@/components/ui/segmented-links';
import { Skeleton } from '@/components/ui/skeleton';
import { useSession } from '@/features/auth/api/get-session';
import { useCan } from '@/features/auth/hooks/use-can';
import { NotAllowed } from '@/features/auth/components/not-allowed';
import { InvalidAutoReceptionistId } from '@/features/auto-receptionists/components/invalid-auto-receptionist-id';
import { useAutoReceptionist } from '@/features/auto-receptionists/api/get-auto-receptionist';
import { useAutoReceptionists } from '@/features/auto-receptionists/api/get-auto-receptionists';
import { useHealth } from '@/features/health/api/get-health';
import { IvrMenuPanel } from '@/features/ivr/components/ivr-menu-panel';
import { MenuCopy } from '@/features/menu-copy/components/menu-copy';
import './menu-copy.css';

const HOURS_WORDS = { business: 'business-hours', closed: 'closed-hours' } as const;

export function Component() {
  const { id = '' } = useParams();
  const session = useSession();
  const can = useCan();
  if (!idParamSchema.safeParse({ id }).success) return <InvalidAutoReceptionistId id={id} />;
  if (session.data && !can.job('copy-ivr')) {
    return (
      <>
        <title>Copy a menu · Switchboard</title>
        <h1>Copy a menu</h1>
        <NotAllowed permission="editMenus">
          <Link to={paths.autoReceptionist(id)}>Back to the auto receptionist</Link>
        </NotAllowed>
      </>
    );
  }
  return <CopyPage id={id} />;
}

function CopyPage({ id }: { id: string }) {
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const hours = params.get('hours') === 'closed' ? 'closed' : 'business';
  const askedHoliday = params.get('hours')?.startsWith('holiday') || params.get('menu')?.startsWith('holiday');
  const source = useAutoReceptionist(id);
  const list = useAutoReceptionists();
  const health = useHealth();
  const name = source.data?.name ?? 'Auto receptionist';

  const hoursLink = (h: 'business' | 'closed') => {
    const p = new URLSearchParams(params);
    p.set('hours', h);
    p.delete('menu');
    return `${paths.autoReceptionistCopy(id)}?${p.toString()}`;
  };
  const setFilter = (key: 'q' | 'site', value: string) =>
    setParams(
      (prev) => {
        const p = new URLSearchParams(prev);
        if (value) p.set(key, value);
        else p.delete(key);
        return p;
      },
      { replace: true },
    );

  const failed = source.error ?? list.error ?? health.error;
  return (
    <>
      <title>{`Copy the ${HOURS_WORDS[hours]} menu of ${name} · Switchboard`}</title>
      <Breadcrumb
        trail={[
          { label: 'Auto receptionists', to: paths.autoReceptionists },
          { label: name, to: paths.autoReceptionist(id) },
          { label: 'Copy a menu' },
        ]}
      />
      <div className="page-header page-header--with-actions">
        <div>
          <h1>
            Copy the {HOURS_WORDS[hours]} menu of {source.data ? name : '…'}
          </h1>
          <p className="page-header__lede">
            Choose the auto receptionists that should get this menu, preview what changes on each, then start the copy. Each one is
            written, read back from Zoom and reported as landed or not.
          </p>
        </div>
        <SegmentedLinks
          label="Which menu to copy"
          links={[
            { to: hoursLink('business'), label: 'Business hours', current: hours === 'business' },
            { to: hoursLink('closed'), label: 'Closed hours', current: hours === 'closed' },
          ]}
        />
      </div>
      <Banner tone={askedHoliday ? 'warning' : 'info'}>
        Holiday menus cannot be copied: each auto receptionist has its own holidays with their own ids. Copy the business- or
        closed-hours menu instead.
      </Banner>
      {failed ? (
        <ErrorState
          title="The copy cannot be prepared"
          error={failed}
          onRetry={() => {
            void source.refetch();
            void list.refetch();
            void health.refetch();
          }}
        />
      ) : !source.data || !list.data || !health.data ? (
        <div className="page-loading" aria-busy="true">
          <span className="visually-hidden" role="status">
            Loading auto receptionists…
          </span>
          <Skeleton width="lg" />
          <Skeleton />
          <Skeleton width="md" />
        </div>
      ) : (
        <div className="copy-page">
          {/* What is being copied, in words, as the auto receptionist's own page shows it. */}
          <Card className="copy-page__source">
            <IvrMenuPanel
              key={hours}
              params={{ autoReceptionistId: id, hours }}
              title={`The ${HOURS_WORDS[hours]} menu being copied`}
              subtitle={`As Zoom holds it now for ${name}: what the auto receptionists you choose will get.`}
            />
          </Card>
          <MenuCopy
            key={hours}
            source={{ id, name }}
            hours={hours}
            ars={list.data.items}
            sites={list.data.sites}
            zoomPlan={health.data.zoom.plan}
            q={params.get('q') ?? ''}
            siteId={params.get('site') ?? ''}
            onFilterChange={setFilter}
            onStarted={(jobId) => void navigate(paths.job(jobId))}
          />
        </div>
      )}
    </>
  );
}
