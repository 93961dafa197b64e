// /contact-center/assets/new[?type=tts|text|upload_image] — a new asset (admins).
import { useNavigate, useSearchParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { whoMay } from '@switchboard/contract/permissions';
import { paths } from '@/config/paths';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { Card } from '@/components/ui/card';
import { useCan } from '@/features/auth/hooks/use-can';
import { ASSET_LIBRARY_KEY } from '@/features/cc-assets/api/asset-paths';
import { NewAssetForm } from '@/features/cc-assets/components/new-asset-form';
import { KIND_CHOICES, type NewAssetKind } from '@/features/cc-assets/utils/new-asset-form';
import { CcSectionNav } from '../layout/cc-section-nav';

export function Component() {
  const can = useCan();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const queryClient = useQueryClient();
  const asked = search.get('type');
  const kind = KIND_CHOICES.find((k) => k.value === asked)?.value as NewAssetKind | undefined;
  return (
    <>
      <title>New asset · Contact Center · Switchboard</title>
      <CcSectionNav />
      <Breadcrumb trail={[{ label: 'Asset library', to: paths.ccAssets }, { label: 'New asset' }]} />
      <div className="page-header">
        <h1>New asset</h1>
        <p className="page-header__lede">One item in one language to start with; add more languages on the asset’s page.</p>
      </div>
      {can('editContactCenter') ? (
        <Card className="cc-card page-narrow">
          <NewAssetForm
            {...(kind ? { initialKind: kind } : {})}
            href={paths.ccNewAsset}
            onWritten={() => void queryClient.invalidateQueries({ queryKey: ASSET_LIBRARY_KEY })}
            onCreated={(id) => void navigate(id ? paths.ccAsset(id) : paths.ccAssets)}
            onCancel={() => void navigate(paths.ccAssets)}
          />
        </Card>
      ) : (
        <p>{whoMay('editContactCenter')}</p>
      )}
    </>
  );
}
