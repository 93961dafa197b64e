// /contact-center/assets/:id — one asset: its items per language (recordings
// play, images show), who uses it, who changed it last and when, its recent
// changes in Switchboard; admins edit, duplicate and delete it.
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { whoMay } from '@switchboard/contract/permissions';
import { paths } from '@/config/paths';
import { Badge } from '@/components/ui/badge';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { Card, CardHeader } from '@/components/ui/card';
import { ErrorState } from '@/components/ui/error-state';
import { Skeleton } from '@/components/ui/skeleton';
import { useCan } from '@/features/auth/hooks/use-can';
import { ASSET_LIBRARY_KEY } from '@/features/cc-assets/api/asset-paths';
import { assetQueryOptions, useAsset } from '@/features/cc-assets/api/get-asset';
import { AssetActions } from '@/features/cc-assets/components/asset-actions';
import { AssetEditor } from '@/features/cc-assets/components/asset-editor';
import { AssetItems } from '@/features/cc-assets/components/asset-items';
import { UsedByList } from '@/components/ui/used-by-list';
import { changedWords, languageWords, typeWords } from '@/features/cc-assets/utils/asset-words';
import { historyQueryOptions } from '@/features/history/api/get-history';
import { RecentChanges } from '@/features/history/components/recent-changes';
import { CcSectionNav } from '../layout/cc-section-nav';
import '@/features/cc-assets/components/asset-detail.css';

export function Component() {
  const { id = '' } = useParams();
  const asset = useAsset(id);
  const can = useCan();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const trail = (name: string) => [{ label: 'Asset library', to: paths.ccAssets }, { label: name }];
  const onWritten = () => {
    void queryClient.invalidateQueries({ queryKey: ASSET_LIBRARY_KEY });
    void queryClient.invalidateQueries({ queryKey: historyQueryOptions(id).queryKey.slice(0, 1) });
  };

  if (asset.isPending) {
    return (
      <div aria-busy="true" className="page-loading">
        <title>Asset · Switchboard</title>
        <CcSectionNav />
        <span className="visually-hidden" role="status">
          Loading the asset…
        </span>
        <Skeleton width="lg" />
        <Skeleton />
      </div>
    );
  }
  if (asset.isError) {
    return (
      <>
        <title>Asset · Switchboard</title>
        <CcSectionNav />
        <Breadcrumb trail={trail('Asset')} />
        <h1>Asset</h1>
        <ErrorState title="This asset could not be loaded" error={asset.error} onRetry={() => void asset.refetch()} retrying={asset.isFetching} />
      </>
    );
  }

  const { asset: a, usedBy } = asset.data;
  const defaultItem = a.items.find((i) => i.isDefault);
  return (
    <>
      <title>{`${a.name} · Asset library · Switchboard`}</title>
      <CcSectionNav />
      <Breadcrumb trail={trail(a.name)} />
      <div className="page-header">
        <h1>{a.name}</h1>
        <p className="page-header__lede">
          <Badge tone={a.type === 'audio' ? 'info' : 'neutral'}>{typeWords(a.type)}</Badge> {a.description}
        </p>
      </div>
      {can('editContactCenter') && !editing && (
        <AssetActions
          data={asset.data}
          onEdit={() => setEditing(true)}
          onWritten={onWritten}
          onDuplicated={(copyId) => void navigate(copyId ? paths.ccAsset(copyId) : paths.ccAssets)}
          onDeleted={() => void navigate(paths.ccAssets)}
        />
      )}
      {!can('editContactCenter') && <p className="muted">{whoMay('editContactCenter')}</p>}
      <div className="asset-detail">
        <Card className="cc-card">
          <CardHeader title={editing ? 'Edit the asset' : `Items (${a.items.length})`} />
          {editing ? (
            <AssetEditor
              key={id}
              data={asset.data}
              reload={() => queryClient.fetchQuery({ ...assetQueryOptions(id), staleTime: 0 })}
              onWritten={onWritten}
              onDone={() => setEditing(false)}
              href={paths.ccAsset(id)}
              historyHref={paths.historyOf(id)}
            />
          ) : (
            <AssetItems asset={a} />
          )}
        </Card>
        <Card className="cc-card">
          <CardHeader title="About" />
          <dl className="asset-detail__facts">
            <dt>Category</dt>
            <dd>{a.categoryName ?? 'None'}</dd>
            <dt>Default language</dt>
            <dd>{languageWords(defaultItem?.language ?? a.language)}</dd>
            <dt>Last changed</dt>
            <dd>{changedWords(a.modifiedBy, a.lastModified)}</dd>
          </dl>
          <h3 className="card__subtitle">Used by</h3>
          <UsedByList usedBy={usedBy} what="this asset" />
        </Card>
      </div>
      <RecentChanges targetId={id} historyHref={paths.historyOf(id)} menuName={(e) => e.subject} allLabel={`All changes to ${a.name}`} />
    </>
  );
}
