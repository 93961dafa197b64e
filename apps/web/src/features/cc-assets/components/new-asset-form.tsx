// A new asset (admins): an uploaded recording, text-to-speech, text or an
// image, filed in an existing category or a new one, in a language. An
// upload is sent as it is and the BFF's refusal (too big, not really an mp3
// or wav) is shown in its own words; text and text-to-speech are reviewed
// first. More languages are added on the asset's page.
import { Controller, useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { voicesFor } from '@switchboard/contract/cc-assets';
import { Button } from '@/components/ui/button';
import { ErrorState } from '@/components/ui/error-state';
import { SelectField, TextField } from '@/components/ui/field';
import { ApplyOutcome } from '@/components/write/apply-outcome';
import { OutcomeNote } from '@/components/write/outcome-note';
import { ReviewPanel } from '@/components/write/review-panel';
import { ASSET_WORDS } from '@/lib/write/write-words';
import { useAssetCategories } from '../api/get-asset-categories';
import { useCreateAsset } from '../hooks/use-create-asset';
import { LANGUAGE_CHOICES } from '../utils/asset-words';
import { KIND_CHOICES, NEW_CATEGORY, emptyNewAsset, isUpload, newAssetSchema, type NewAssetForm as Form, type NewAssetKind } from '../utils/new-asset-form';
import { fileProblem } from '../utils/upload-rules';
import { FileField } from './file-field';
import './asset-editor.css';

interface Props {
  initialKind?: NewAssetKind;
  href: string;
  onWritten: () => void;
  onCreated: (assetId: string | null) => void;
  onCancel: () => void;
}

export function NewAssetForm({ initialKind, href, onWritten, onCreated, onCancel }: Props) {
  const form = useForm<Form>({ defaultValues: emptyNewAsset(initialKind), resolver: zodResolver(newAssetSchema) });
  const values = useWatch({ control: form.control }) as Form;
  const categories = useAssetCategories();
  const c = useCreateAsset({ href, onWritten, onCreated });
  const errors = form.formState.errors;
  const kind = values.kind;
  const upload = isUpload(kind);
  const voices = voicesFor(values.language);

  if (c.flow.step === 'outcome') {
    return <ApplyOutcome result={c.flow.result} words={ASSET_WORDS} reloading={false} onBack={c.backToEditing} onReloadAndReapply={() => void c.submit(form.getValues())} />;
  }
  if (c.flow.step === 'review' || c.flow.step === 'applying') {
    return (
      <ReviewPanel
        plan={c.flow.plan}
        words={ASSET_WORDS}
        applying={c.flow.step === 'applying'}
        progress={c.flow.step === 'applying' ? c.flow.progress : undefined}
        applyError={c.applyError}
        onApply={() => void c.applyReviewed()}
        onBack={c.backToEditing}
      />
    );
  }

  return (
    <form className="asset-editor__form" noValidate aria-label="New asset" onSubmit={(e) => void form.handleSubmit(c.submit)(e)}>
      <fieldset className="asset-editor__items">
        <legend>Kind of asset</legend>
        {KIND_CHOICES.map((k) => (
          <label key={k.value} className="item-draft__default">
            <input type="radio" value={k.value} {...form.register('kind')} />
            <span>
              {k.label} <span className="muted">— {k.hint}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <TextField label="Name" {...form.register('name')} error={errors.name?.message} maxLength={150} />
      <TextField label="Description (optional)" {...form.register('description')} error={errors.description?.message} maxLength={256} />
      <SelectField label="Category" {...form.register('categoryId')} error={errors.categoryId?.message} disabled={c.madeCategory !== null}>
        <option value="">No category</option>
        {categories.data?.items.map((cat) => (
          <option key={cat.id} value={cat.id}>
            {cat.name}
          </option>
        ))}
        <option value={NEW_CATEGORY}>A new category…</option>
      </SelectField>
      {values.categoryId === NEW_CATEGORY && (
        <TextField
          label="Name of the new category"
          {...form.register('newCategory')}
          error={errors.newCategory?.message}
          hint={c.madeCategory ? 'Made in Zoom.' : 'Made in Zoom first, then the asset is filed in it.'}
          disabled={c.madeCategory !== null}
          maxLength={100}
        />
      )}
      <SelectField
        label="Language"
        {...form.register('language', { onChange: (e: { target: { value: string } }) => form.setValue('voice', voicesFor(e.target.value)[0] ?? '') })}
        error={errors.language?.message}
      >
        {LANGUAGE_CHOICES.filter((l) => kind !== 'tts' || voicesFor(l.value).length > 0).map((l) => (
          <option key={l.value} value={l.value}>
            {l.label}
          </option>
        ))}
      </SelectField>
      {upload ? (
        <Controller
          control={form.control}
          name="file"
          render={({ field, fieldState }) => (
            <FileField
              type={kind === 'upload_audio' ? 'audio' : 'image'}
              file={field.value}
              onFile={field.onChange}
              problem={fieldState.error?.message ?? (field.value ? fileProblem(field.value, kind === 'upload_audio' ? 'audio' : 'image') : null)}
              label={kind === 'upload_audio' ? 'Recording' : 'Image'}
            />
          )}
        />
      ) : (
        <>
          <div className={errors.content ? 'field field--invalid' : 'field'}>
            <label className="field__label" htmlFor="new-asset-words">
              {kind === 'tts' ? 'Words to speak' : 'Text'}
            </label>
            <textarea id="new-asset-words" className="input item-draft__words" rows={4} maxLength={5000} {...form.register('content')} />
            {errors.content?.message && <p className="field__error">{errors.content.message}</p>}
          </div>
          {kind === 'tts' && (
            <SelectField label="Voice" {...form.register('voice')} error={errors.voice?.message}>
              <option value="">Choose a voice</option>
              {voices.map((v) => (
                <option key={v} value={v}>
                  {v}
                </option>
              ))}
            </SelectField>
          )}
        </>
      )}
      {c.error !== null && <ErrorState title={upload ? 'The file was not sent to Zoom' : 'The asset could not be planned'} error={c.error} />}
      {c.stopped && <OutcomeNote result={c.stopped} words={ASSET_WORDS} />}
      <div className="asset-editor__actions">
        <Button onClick={onCancel}>Cancel</Button>
        <Button type="submit" variant="primary" busy={c.busy}>
          {upload ? 'Upload and create' : 'Review the new asset'}
        </Button>
      </div>
    </form>
  );
}
