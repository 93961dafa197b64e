// /contact-center/assets — the asset library: everyone reads; admins create
// assets and manage categories.
import { Link } from 'react-router';
import { whoMay } from '@switchboard/contract/permissions';
import { paths } from '@/config/paths';
import { useCan } from '@/features/auth/hooks/use-can';
import { AssetLibrary } from '@/features/cc-assets/components/asset-library';
import { CcSectionNav } from '../layout/cc-section-nav';

export function Component() {
  const can = useCan();
  return (
    <>
      <title>Asset library · Contact Center · Switchboard</title>
      <CcSectionNav />
      <div className="page-header page-header--with-actions">
        <div>
          <h1>Asset library</h1>
          <p className="page-header__lede">Prompts, texts and images Zoom Contact Center flows play and show, one item per language.</p>
        </div>
        {can('editContactCenter') ? (
          <div className="page-header__actions">
            <Link className="btn btn--secondary" to={paths.ccCategories}>
              Categories
            </Link>
            <Link className="btn btn--primary" to={paths.ccNewAsset}>
              New asset
            </Link>
          </div>
        ) : (
          <p className="muted">{whoMay('editContactCenter')}</p>
        )}
      </div>
      <AssetLibrary />
    </>
  );
}
