// /contact-center/categories — the asset library's categories; admins change them.
import { useQueryClient } from '@tanstack/react-query';
import { whoMay } from '@switchboard/contract/permissions';
import { paths } from '@/config/paths';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { useCan } from '@/features/auth/hooks/use-can';
import { ASSET_LIBRARY_KEY } from '@/features/cc-assets/api/asset-paths';
import { CategoryManager } from '@/features/cc-assets/components/category-manager';
import { CcSectionNav } from '../layout/cc-section-nav';

export function Component() {
  const can = useCan();
  const queryClient = useQueryClient();
  return (
    <>
      <title>Categories · Asset library · Switchboard</title>
      <CcSectionNav />
      <Breadcrumb trail={[{ label: 'Asset library', to: paths.ccAssets }, { label: 'Categories' }]} />
      <div className="page-header">
        <h1>Asset categories</h1>
        <p className="page-header__lede">{can('editContactCenter') ? 'Add, rename or delete the categories assets are filed in.' : whoMay('editContactCenter')}</p>
      </div>
      <CategoryManager canEdit={can('editContactCenter')} onWritten={() => void queryClient.invalidateQueries({ queryKey: ASSET_LIBRARY_KEY })} />
    </>
  );
}
