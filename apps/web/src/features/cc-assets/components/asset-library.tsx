// The asset library: search and filters (type, category, language) sent to the
// BFF and kept in the URL, the loaded pages sorted as chosen, and "Load more"
// following Zoom's next_page_token until the last page.
import { useDeferredValue } from 'react';
import { useSearchParams } from 'react-router';
import { assetLanguageSchema, assetTypeSchema } from '@switchboard/contract/cc-assets';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { SelectField, TextField } from '@/components/ui/field';
import { Skeleton } from '@/components/ui/skeleton';
import { useAssetCategories } from '../api/get-asset-categories';
import { useAssets, type AssetFilters } from '../api/get-assets';
import { LANGUAGE_CHOICES, TYPE_CHOICES } from '../utils/asset-words';
import { SORTS, SORT_WORDS, parseSort, sortAssets } from '../utils/sort-assets';
import { AssetTable } from './asset-table';
import './asset-library.css';

const plural = (n: number) => `${n} asset${n === 1 ? '' : 's'}`;

export function AssetLibrary() {
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const deferredQ = useDeferredValue(q.trim());
  const type = assetTypeSchema.safeParse(params.get('type')).data;
  const language = assetLanguageSchema.safeParse(params.get('language')).data;
  const category = params.get('category') || undefined;
  const sort = parseSort(params.get('sort'));
  const filters: AssetFilters = {
    ...(deferredQ ? { q: deferredQ } : {}),
    ...(type ? { type } : {}),
    ...(category ? { category } : {}),
    ...(language ? { language } : {}),
  };
  const assets = useAssets(filters);
  const categories = useAssetCategories();
  const filtered = Object.keys(filters).length > 0;

  const setParam = (name: string, value: string) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true },
    );

  const nextPageError = assets.isFetchNextPageError ? assets.error : null;
  const rows = sortAssets(assets.data?.pages.flatMap((p) => p.items) ?? [], sort);

  return (
    <div className="asset-library">
      <div className="asset-library__filters" role="search" aria-label="Filter the asset library">
        <TextField
          label="Search"
          type="search"
          placeholder="Part of a name"
          value={q}
          onChange={(e) => setParam('q', e.target.value)}
          fieldClassName="asset-library__search"
          maxLength={150}
        />
        <SelectField label="Type" value={type ?? ''} onChange={(e) => setParam('type', e.target.value)}>
          <option value="">All types</option>
          {TYPE_CHOICES.map((t) => (
            <option key={t.value} value={t.value}>
              {t.label}
            </option>
          ))}
        </SelectField>
        <SelectField label="Category" value={category ?? ''} onChange={(e) => setParam('category', e.target.value)} disabled={!categories.data}>
          <option value="">All categories</option>
          {categories.data?.items.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </SelectField>
        <SelectField label="Language" value={language ?? ''} onChange={(e) => setParam('language', e.target.value)}>
          <option value="">All languages</option>
          {LANGUAGE_CHOICES.map((l) => (
            <option key={l.value} value={l.value}>
              {l.label}
            </option>
          ))}
        </SelectField>
        <SelectField label="Sort by" value={sort} onChange={(e) => setParam('sort', e.target.value === 'name' ? '' : e.target.value)}>
          {SORTS.map((s) => (
            <option key={s} value={s}>
              {SORT_WORDS[s]}
            </option>
          ))}
        </SelectField>
      </div>

      {assets.isPending ? (
        <div className="asset-library__loading" aria-busy="true">
          <span className="visually-hidden" role="status">
            Loading the asset library…
          </span>
          <Skeleton width="lg" />
          <Skeleton />
          <Skeleton />
          <Skeleton width="md" />
        </div>
      ) : assets.isError ? (
        <ErrorState title="The asset library could not be loaded" error={assets.error} onRetry={() => void assets.refetch()} retrying={assets.isFetching} />
      ) : rows.length === 0 ? (
        filtered ? (
          <EmptyState title="No assets match." action={<Button onClick={() => setParams(new URLSearchParams(), { replace: true })}>Clear search and filters</Button>}>
            Search looks at asset names; the filters narrow by type, category and the default item’s language.
          </EmptyState>
        ) : (
          <EmptyState title="The asset library is empty.">Assets created in Zoom Contact Center or here appear in this list.</EmptyState>
        )
      ) : (
        <>
          <p className="asset-library__count" role="status">
            {assets.hasNextPage ? `${plural(rows.length)} loaded — Zoom has more` : plural(rows.length)}
            {assets.hasNextPage && sort !== 'name' ? '; the order covers the loaded ones' : ''}
          </p>
          <AssetTable rows={rows} />
          {assets.hasNextPage && (
            <div className="asset-library__more">
              <Button onClick={() => void assets.fetchNextPage()} busy={assets.isFetchingNextPage}>
                Load more assets
              </Button>
            </div>
          )}
          {nextPageError !== null && <ErrorState title="The next page could not be loaded" error={nextPageError} />}
        </>
      )}
    </div>
  );
}
