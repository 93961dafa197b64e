// The asset library's categories: everyone sees them; admins add one, rename
// one in place and delete one after a confirmation. Each write answers its
// verified outcome.
import { useState } from 'react';
import type { AssetCategory, AssetCategoryWriteResult } from '@switchboard/contract/cc-assets';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { TextField } from '@/components/ui/field';
import { Skeleton } from '@/components/ui/skeleton';
import { OutcomeNote } from '@/components/write/outcome-note';
import { useDirectWrite } from '@/hooks/use-direct-write';
import { CATEGORY_WORDS } from '@/lib/write/write-words';
import { createCategory } from '../api/create-category';
import { deleteCategory } from '../api/delete-category';
import { useAssetCategories } from '../api/get-asset-categories';
import { renameCategory } from '../api/rename-category';
import './category-manager.css';

export function CategoryManager({ canEdit, onWritten }: { canEdit: boolean; onWritten: () => void }) {
  const categories = useAssetCategories();
  const write = useDirectWrite<AssetCategoryWriteResult>();
  const [newName, setNewName] = useState('');
  const [renaming, setRenaming] = useState<{ id: string; name: string } | null>(null);
  const [deleting, setDeleting] = useState<AssetCategory | null>(null);

  const send = async (p: () => Promise<AssetCategoryWriteResult>) => {
    const r = await write.run(p);
    if (r) onWritten();
    return r;
  };

  if (categories.isPending) return <Skeleton />;
  if (categories.isError) return <ErrorState title="The categories could not be loaded" error={categories.error} onRetry={() => void categories.refetch()} />;

  return (
    <div className="categories">
      {write.error !== null && <ErrorState title="Zoom was not changed" error={write.error} />}
      {write.result && <OutcomeNote result={write.result} words={CATEGORY_WORDS} />}
      {canEdit && (
        <form
          className="categories__add"
          onSubmit={(e) => {
            e.preventDefault();
            if (newName.trim()) void send(() => createCategory({ name: newName.trim() })).then((r) => r?.outcome === 'applied' && setNewName(''));
          }}
        >
          <TextField label="New category" value={newName} onChange={(e) => setNewName(e.target.value)} maxLength={100} />
          <Button type="submit" variant="primary" busy={write.busy} disabled={!newName.trim()}>
            Add the category
          </Button>
        </form>
      )}
      {categories.data.items.length === 0 ? (
        <EmptyState title="No categories yet.">Categories group assets in the library.</EmptyState>
      ) : (
        <ul className="categories__list">
          {categories.data.items.map((cat) => (
            <li key={cat.id} className="categories__item">
              {renaming?.id === cat.id ? (
                <form
                  className="categories__rename"
                  onSubmit={(e) => {
                    e.preventDefault();
                    void send(() => renameCategory(cat.id, { baseVersion: cat.version, name: renaming.name.trim() })).then(() => setRenaming(null));
                  }}
                >
                  <TextField label={`New name for ${cat.name}`} value={renaming.name} onChange={(e) => setRenaming({ id: cat.id, name: e.target.value })} maxLength={100} />
                  <Button type="submit" variant="primary" size="sm" busy={write.busy} disabled={!renaming.name.trim() || renaming.name.trim() === cat.name}>
                    Rename
                  </Button>
                  <Button size="sm" onClick={() => setRenaming(null)}>
                    Cancel
                  </Button>
                </form>
              ) : (
                <>
                  <span className="categories__name">{cat.name}</span>
                  {canEdit && (
                    <span className="categories__actions">
                      <Button size="sm" onClick={() => setRenaming({ id: cat.id, name: cat.name })} aria-label={`Rename ${cat.name}`}>
                        Rename
                      </Button>
                      <Button size="sm" onClick={() => setDeleting(cat)} aria-label={`Delete ${cat.name}`}>
                        Delete
                      </Button>
                    </span>
                  )}
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {deleting && (
        <ConfirmDialog
          open
          title={`Delete the category “${deleting.name}”?`}
          confirmLabel="Delete the category"
          cancelLabel="Keep it"
          onConfirm={() => {
            const cat = deleting;
            setDeleting(null);
            void send(() => deleteCategory(cat.id, cat.version));
          }}
          onCancel={() => setDeleting(null)}
        >
          <p>Its assets stay in the library, without a category. Zoom refuses when the category is still in use.</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
