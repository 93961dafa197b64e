// The asset editor's form and the PATCH body it plans: only what differs from
// Zoom — a new name, description or category; items added, changed (words,
// voice, default) or removed. Files (recordings, images) are replaced by their
// own upload, never through this body.
import { z } from 'zod';
import { assetItemsIssues, assetPatchBodySchema, type AssetItemInput, type AssetPatchBody, type AssetResponse } from '@switchboard/contract/cc-assets';

export interface ItemDraft {
  /** Zoom's id; absent for an item added here. */
  id?: string;
  language: string;
  isDefault: boolean;
  /** Words of a text or text-to-speech item; null for a file item. */
  content: string | null;
  voice: string | null;
  /** A recording or image: only its default flag is edited here. */
  file: boolean;
}

export interface AssetForm {
  name: string;
  description: string;
  /** '' = no category. */
  categoryId: string;
  items: ItemDraft[];
}

export function formFromAsset({ asset }: AssetResponse): AssetForm {
  return {
    name: asset.name,
    description: asset.description,
    categoryId: asset.categoryId ?? '',
    items: asset.items.map((i) => ({ id: i.id, language: i.language, isDefault: i.isDefault, content: i.content, voice: i.voice, file: i.content === null && i.fileUrl !== null })),
  };
}

const itemInput = (d: ItemDraft): AssetItemInput =>
  ({
    ...(d.id ? { id: d.id } : {}),
    language: d.language,
    isDefault: d.isDefault,
    ...(!d.file && d.content !== null ? { content: d.content } : {}),
    ...(!d.file && d.voice ? { voice: d.voice } : {}),
  }) as AssetItemInput;

const sameItem = (a: ItemDraft, b: ItemDraft) => a.language === b.language && a.isDefault === b.isDefault && (a.content ?? '') === (b.content ?? '') && (a.voice ?? '') === (b.voice ?? '');

/** The body to plan: baseVersion and only the parts that changed. */
export function assetPatchBody(loaded: AssetResponse, form: AssetForm): AssetPatchBody {
  const before = formFromAsset(loaded);
  const body: AssetPatchBody = { baseVersion: loaded.version };
  if (form.name.trim() !== before.name) body.name = form.name.trim();
  if (form.description !== before.description) body.description = form.description;
  if (form.categoryId !== before.categoryId) body.categoryId = form.categoryId || null;
  const changed = form.items.filter((d) => {
    const old = d.id ? before.items.find((b) => b.id === d.id) : undefined;
    return !old || !sameItem(old, d);
  });
  if (changed.length > 0) body.items = changed.map(itemInput);
  const removed = before.items.filter((b) => b.id && !form.items.some((d) => d.id === b.id)).map((b) => b.id!);
  if (removed.length > 0) body.removeItemIds = removed;
  return body;
}

/** How many parts differ from Zoom. */
export function changeCount(loaded: AssetResponse, form: AssetForm): number {
  const b = assetPatchBody(loaded, form);
  return ['name', 'description', 'categoryId'].filter((k) => k in b).length + (b.items?.length ?? 0) + (b.removeItemIds?.length ?? 0);
}

/** The contract's own rules on the body that would be sent, plus one item per language across the whole asset, and at least one item left. */
export const assetFormSchema = (loaded: AssetResponse) =>
  z.custom<AssetForm>().superRefine((form, ctx) => {
    const body = assetPatchBody(loaded, form);
    for (const issue of assetPatchBodySchema.safeParse(body).error?.issues ?? []) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
    for (const issue of assetItemsIssues(loaded.asset.type, form.items.map(itemInput))) ctx.addIssue({ code: 'custom', ...issue });
    if (form.items.length === 0) ctx.addIssue({ code: 'custom', path: ['items'], message: 'Keep at least one item: delete the asset instead.' });
    form.items.forEach((d, i) => {
      if (!d.file && !d.content?.trim()) ctx.addIssue({ code: 'custom', path: ['items', i, 'content'], message: 'Write the words of the item.' });
    });
  });
