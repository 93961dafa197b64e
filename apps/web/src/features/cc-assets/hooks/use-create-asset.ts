// Creating an asset: a new category first when one was asked for; then an
// uploaded file is sent at once (multipart, its verified outcome shown), while
// text and text-to-speech go through the write flow (plan → review → apply).
import { useState } from 'react';
import type { AssetCreateJsonBody, AssetWriteResult } from '@switchboard/contract/cc-assets';
import type { WriteResult } from '@switchboard/contract/write';
import { useWriteFlow } from '@/hooks/use-write-flow';
import { ASSET_WORDS } from '@/lib/write/write-words';
import { createAsset, uploadAsset } from '../api/create-asset';
import { createCategory } from '../api/create-category';
import { planCreateAsset } from '../api/plan-create-asset';
import { NEW_CATEGORY, isUpload, jsonBody, type NewAssetForm } from '../utils/new-asset-form';

interface Options {
  href: string;
  onWritten: () => void;
  /** Zoom confirmed the new asset (its id, when Zoom said it). */
  onCreated: (assetId: string | null) => void;
}

export function useCreateAsset({ href, onWritten, onCreated }: Options) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  /** A step that did not land (the category or the upload): its outcome. */
  const [stopped, setStopped] = useState<WriteResult | null>(null);
  const [categoryId, setCategoryId] = useState<string | null>(null);
  const flow = useWriteFlow<AssetCreateJsonBody, AssetWriteResult>({
    plan: planCreateAsset,
    apply: (body) => createAsset(body),
    subject: 'A new asset',
    href,
    onWritten,
    words: ASSET_WORDS,
    onApplied: (_, r) => onCreated(r.assetId),
  });

  /** The category to file it under: an existing one, none, or a new one made now (once, even when the form is sent again). */
  const category = async (form: NewAssetForm): Promise<string | undefined | false> => {
    if (form.categoryId !== NEW_CATEGORY) return form.categoryId || undefined;
    if (categoryId) return categoryId;
    const r = await createCategory({ name: form.newCategory.trim() });
    onWritten();
    if (r.outcome !== 'applied' || !r.categoryId) {
      setStopped(r);
      return false;
    }
    setCategoryId(r.categoryId);
    return r.categoryId;
  };

  const submit = async (form: NewAssetForm) => {
    setBusy(true);
    setError(null);
    setStopped(null);
    try {
      const cat = await category(form);
      if (cat === false) return;
      if (!isUpload(form.kind)) return await flow.review(jsonBody(form, cat));
      const type = form.kind === 'upload_audio' ? 'audio' : 'image';
      const r = await uploadAsset(
        { name: form.name.trim(), type, language: form.language as never, ...(cat ? { categoryId: cat } : {}), ...(form.description ? { description: form.description } : {}) },
        form.file!,
      );
      onWritten();
      if (r.outcome === 'applied') onCreated(r.assetId);
      else setStopped(r);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return { ...flow, submit, busy: busy || flow.planning, error: error ?? flow.planError, stopped, madeCategory: categoryId };
}
