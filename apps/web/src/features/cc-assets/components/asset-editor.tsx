// Edit one asset (admins): rename, describe, recategorise; its items per
// language — the words and voice of text and text-to-speech items, which one
// is the default, add one in another language, remove one — then Review (the
// requests as sentences) → Apply → the verified outcome. A recording or image
// is replaced by uploading a new file (ItemFileUpload), sent on its own.
import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { AssetResponse } from '@switchboard/contract/cc-assets';
import { Button } from '@/components/ui/button';
import { ErrorState } from '@/components/ui/error-state';
import { SelectField, TextField } from '@/components/ui/field';
import { ApplyOutcome } from '@/components/write/apply-outcome';
import { ApplyUnknown } from '@/components/write/apply-unknown';
import { ReviewPanel } from '@/components/write/review-panel';
import { errorMessages } from '@/components/schedule/week-strip';
import { ASSET_WORDS } from '@/lib/write/write-words';
import { useAssetCategories } from '../api/get-asset-categories';
import { useAssetWrite } from '../hooks/use-asset-write';
import { assetFormSchema, changeCount, formFromAsset, type AssetForm } from '../utils/asset-form';
import { ItemDraftFields } from './item-draft-fields';
import { ItemFileUpload } from './item-file-upload';
import { plural } from '@/lib/plural';
import './asset-editor.css';

interface Props {
  data: AssetResponse;
  reload: () => Promise<AssetResponse>;
  onWritten: () => void;
  onDone: () => void;
  href: string;
  historyHref: string;
}

export function AssetEditor({ data, reload, onWritten, onDone, href, historyHref }: Props) {
  const form = useForm<AssetForm>({ defaultValues: formFromAsset(data), resolver: zodResolver(assetFormSchema(data)) });
  const values = useWatch({ control: form.control }) as AssetForm;
  const w = useAssetWrite({ form, loaded: data, reload, onWritten, href });
  const categories = useAssetCategories();
  const errors = form.formState.errors;
  const count = changeCount(w.base, values);
  const type = data.asset.type;
  const items = values.items ?? [];
  const setItems = (next: AssetForm['items']) => form.setValue('items', next, { shouldDirty: true });

  if (w.flow.step === 'outcome') {
    return (
      <ApplyOutcome
        result={w.flow.result}
        words={ASSET_WORDS}
        reloading={w.reloading}
        onBack={w.flow.result.outcome === 'applied' ? onDone : w.backToEditing}
        backLabel={w.flow.result.outcome === 'applied' ? 'Back to the asset' : 'Back to editing'}
        onReloadAndReapply={() => void w.reloadAndReapply()}
        historyHref={historyHref}
      />
    );
  }
  if (w.flow.step === 'unknown') {
    return <ApplyUnknown progress={w.flow.progress} error={w.flow.error} words={ASSET_WORDS} reloading={w.reloading} onReload={() => void w.reloadToSeeZoom()} onBack={w.backToEditing} />;
  }
  if (w.flow.step === 'review' || w.flow.step === 'applying') {
    return (
      <ReviewPanel
        plan={w.flow.plan}
        words={ASSET_WORDS}
        applying={w.flow.step === 'applying'}
        progress={w.flow.step === 'applying' ? w.flow.progress : undefined}
        applyError={w.applyError}
        onApply={() => void w.applyReviewed()}
        onBack={w.backToEditing}
      />
    );
  }

  return (
    <div className="asset-editor">
      <form noValidate aria-label="Edit the asset" className="asset-editor__form" onSubmit={(e) => void form.handleSubmit(w.reviewForm)(e)}>
        <TextField label="Name" {...form.register('name')} error={errors.name?.message} maxLength={150} />
        <TextField label="Description" {...form.register('description')} error={errors.description?.message} maxLength={256} />
        {/* Controlled: the categories arrive after the form, and the select must then show the asset's own. */}
        <SelectField
          label="Category"
          value={values.categoryId ?? ''}
          onChange={(e) => form.setValue('categoryId', e.target.value, { shouldDirty: true })}
          error={errors.categoryId?.message}
        >
          <option value="">No category</option>
          {data.asset.categoryId && !categories.data && <option value={data.asset.categoryId}>{data.asset.categoryName ?? 'Its category'}</option>}
          {categories.data?.items.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </SelectField>
        <fieldset className="asset-editor__items">
          <legend>Items, one per language</legend>
          {items.map((item, i) => (
            <ItemDraftFields
              key={item.id ?? `new-${i}`}
              type={type}
              item={item}
              taken={items.filter((_, j) => j !== i).map((d) => d.language)}
              errors={errorMessages(errors.items?.[i])}
              onChange={(next) => setItems(items.map((d, j) => (j === i ? next : next.isDefault && !item.isDefault ? { ...d, isDefault: false } : d)))}
              onRemove={items.length > 1 ? () => setItems(items.filter((_, j) => j !== i)) : undefined}
            />
          ))}
          {errors.items?.message && <p className="field__error">{errors.items.message}</p>}
          {(type === 'text' || type === 'audio') && (
            <Button
              size="sm"
              onClick={() =>
                setItems([...items, { language: '', isDefault: items.length === 0, content: '', voice: type === 'audio' ? '' : null, file: false }])
              }
            >
              {type === 'audio' ? 'Add text-to-speech in another language' : 'Add a language'}
            </Button>
          )}
        </fieldset>
        {w.planError !== null && <ErrorState title="The change could not be planned" error={w.planError} />}
        <div className="asset-editor__actions">
          <p className="muted" aria-live="polite">
            {count === 0 ? 'No changes yet' : `${plural(count, 'change')}, not yet in Zoom`}
          </p>
          <Button onClick={onDone}>Cancel</Button>
          <Button type="submit" variant="primary" busy={w.planning} disabled={count === 0}>
            Review changes
          </Button>
        </div>
      </form>
      {(type === 'audio' || type === 'image') && <ItemFileUpload data={data} onWritten={onWritten} />}
    </div>
  );
}
