// The Contact Center asset library: assets (audio, image, text, …) with one
// item per language and a default, categories, and the bodies that create
// and change them. Audio and images arrive as multipart uploads (judged by
// their bytes, at most 10 MB, streamed through to Zoom); text and
// text-to-speech as JSON. Every write has a …/plan twin and answers the write
// outcome; a create also names the new id.
import { z } from 'zod';
import {
  CC_ASSET_DESCRIPTION_MAX,
  CC_ASSET_LANGUAGES,
  CC_ASSET_NAME_MAX,
  CC_ASSET_TYPES,
  CC_TTS_VOICES,
} from '@switchboard/zoom-schema/contact-center-assets';
import { baseVersionSchema, ccAssetResultSchema, ccCategoryResultSchema, ccIdSchema, usedBySchema } from './cc-common';

export const assetTypeSchema = z.enum(CC_ASSET_TYPES, { error: `An asset is one of: ${CC_ASSET_TYPES.join(', ')}.` });
export type AssetType = z.infer<typeof assetTypeSchema>;
export const assetLanguageSchema = z.enum(CC_ASSET_LANGUAGES, { error: 'Choose a language Zoom Contact Center supports, e.g. en-US.' });
export type AssetLanguage = z.infer<typeof assetLanguageSchema>;

/** Types uploaded as a file through the BFF, and what the file must be (judged by its bytes). */
export const UPLOAD_ASSET_TYPES = ['audio', 'image'] as const;
export const UPLOAD_KINDS = { audio: ['mp3', 'wav'], image: ['png', 'jpeg'] } as const;

/** The voices a language offers for text-to-speech (empty: none). */
export const voicesFor = (language: string): readonly string[] => CC_TTS_VOICES[language as AssetLanguage] ?? [];

export const assetNameSchema = z
  .string({ error: 'Give the asset a name.' })
  .trim()
  .min(1, { error: 'Give the asset a name.' })
  .max(CC_ASSET_NAME_MAX, { error: `An asset name is at most ${CC_ASSET_NAME_MAX} characters.` });
const descriptionSchema = z.string().max(CC_ASSET_DESCRIPTION_MAX, { error: `A description is at most ${CC_ASSET_DESCRIPTION_MAX} characters.` });

// ── reads ───────────────────────────────────────────────────────────────────

export const assetListQuerySchema = z.strictObject({
  /** Part of the name, any case. */
  q: z.string().max(150).optional(),
  type: assetTypeSchema.optional(),
  /** A category id. */
  category: ccIdSchema.optional(),
  language: assetLanguageSchema.optional(),
  /** The `nextPageToken` of the previous page. */
  pageToken: z.string().min(1).max(512).optional(),
});
export type AssetListQuery = z.infer<typeof assetListQuerySchema>;

export const assetSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  type: z.string(),
  categoryId: z.string().nullable(),
  categoryName: z.string().nullable(),
  /** The default item's language. */
  language: z.string().nullable(),
  /** Who changed it last and when, as Zoom says. */
  modifiedBy: z.string().nullable(),
  lastModified: z.string().nullable(),
});
export type AssetSummary = z.infer<typeof assetSummarySchema>;

/** One page; `nextPageToken` null on the last. */
export const assetListSchema = z.object({ items: z.array(assetSummarySchema), nextPageToken: z.string().nullable() });
export type AssetList = z.infer<typeof assetListSchema>;

export const assetItemSchema = z.object({
  id: z.string(),
  name: z.string(),
  language: z.string(),
  isDefault: z.boolean(),
  /** Text of a text asset, or what a text-to-speech item says. */
  content: z.string().nullable(),
  /** The text-to-speech voice, or null. */
  voice: z.string().nullable(),
  /** Where the browser plays or shows the item's file (through the BFF), or null when it has none. */
  fileUrl: z.string().nullable(),
});
export type AssetItem = z.infer<typeof assetItemSchema>;

export const assetResponseSchema = z.object({
  asset: assetSummarySchema.extend({ items: z.array(assetItemSchema) }),
  usedBy: usedBySchema,
  version: z.string(),
});
export type AssetResponse = z.infer<typeof assetResponseSchema>;

export const assetItemParamSchema = z.strictObject({ id: ccIdSchema, itemId: ccIdSchema });

// ── writes ──────────────────────────────────────────────────────────────────

/** A text item, or a text-to-speech audio item (a voice of its language and the words it says). */
export const assetItemInputSchema = z.strictObject({
  /** Present: change that item; absent: add one. */
  id: ccIdSchema.optional(),
  language: assetLanguageSchema,
  name: z.string().trim().min(1).max(150).optional(),
  isDefault: z.boolean().optional(),
  content: z.string().trim().min(1, { error: 'Write the words of the item.' }).max(5000).optional(),
  voice: z.string().min(1).max(40).optional(),
});
export type AssetItemInput = z.infer<typeof assetItemInputSchema>;

type Issue = { path: (string | number)[]; message: string };

/** Item rules: one item per language, at most one default, a voice only for audio and valid for its language. */
export function assetItemsIssues(type: string, items: readonly AssetItemInput[], path: (string | number)[] = ['items']): Issue[] {
  const out: Issue[] = [];
  const seen = new Set<string>();
  items.forEach((item, i) => {
    const at = [...path, i];
    if (seen.has(item.language)) out.push({ path: [...at, 'language'], message: `Two items are in ${item.language}: one item per language.` });
    seen.add(item.language);
    if (item.voice === undefined) return;
    const voices = voicesFor(item.language);
    if (type !== 'audio') out.push({ path: [...at, 'voice'], message: 'Only audio assets have a text-to-speech voice.' });
    else if (!voices.includes(item.voice)) {
      out.push({
        path: [...at, 'voice'],
        message: voices.length
          ? `${item.voice} does not speak ${item.language}; choose ${voices.join(', ')}.`
          : `Zoom has no text-to-speech voice for ${item.language}.`,
      });
    }
  });
  if (items.filter((i) => i.isDefault).length > 1) out.push({ path, message: 'Only one item can be the default.' });
  return out;
}

/** POST /api/cc/assets as JSON: a text asset, or an audio asset spoken by text-to-speech. */
export const assetCreateJsonBodySchema = z
  .strictObject({
    type: z.enum(['text', 'audio'], { error: 'JSON creates text or text-to-speech audio assets; upload a file for other audio and images.' }),
    name: assetNameSchema,
    description: descriptionSchema.optional(),
    categoryId: ccIdSchema.optional(),
    items: z.array(assetItemInputSchema.omit({ id: true })).min(1, { error: 'Add at least one item.' }).max(26),
  })
  .superRefine((b, ctx) => {
    for (const issue of assetItemsIssues(b.type, b.items)) ctx.addIssue({ code: 'custom', ...issue });
    b.items.forEach((item, i) => {
      if (!item.content) ctx.addIssue({ code: 'custom', path: ['items', i, 'content'], message: 'Write the words of the item.' });
      if (b.type === 'audio' && !item.voice)
        ctx.addIssue({ code: 'custom', path: ['items', i, 'voice'], message: `Choose a voice for ${item.language}.` });
    });
  });
export type AssetCreateJsonBody = z.infer<typeof assetCreateJsonBodySchema>;

/**
 * POST /api/cc/assets as multipart/form-data: the text fields besides the
 * `file` part (an mp3 or wav for audio, a png or jpeg for an image, at most
 * 10 MB, judged by its bytes).
 */
export const assetUploadFieldsSchema = z.strictObject({
  name: assetNameSchema,
  type: z.enum(UPLOAD_ASSET_TYPES, { error: 'Upload audio (mp3 or wav) or an image (png or jpeg).' }),
  categoryId: ccIdSchema.optional(),
  language: assetLanguageSchema.default('en-US'),
  description: descriptionSchema.optional(),
});
export type AssetUploadFields = z.infer<typeof assetUploadFieldsSchema>;

/**
 * POST /api/cc/assets/:id/items as multipart/form-data: a file item in a
 * language (replacing the file of the item in that language, or adding one).
 */
export const assetItemUploadFieldsSchema = z.strictObject({
  baseVersion: baseVersionSchema,
  language: assetLanguageSchema,
  name: z.string().trim().min(1).max(150).optional(),
  isDefault: z.enum(['true', 'false']).optional(),
});
export type AssetItemUploadFields = z.infer<typeof assetItemUploadFieldsSchema>;

/** PATCH /api/cc/assets/:id (and POST …/plan): rename, describe, recategorise, add or change text items, remove items. */
export const assetPatchBodySchema = z.strictObject({
    baseVersion: baseVersionSchema,
    name: assetNameSchema.optional(),
    description: descriptionSchema.optional(),
    /** null: no category. */
    categoryId: ccIdSchema.nullable().optional(),
    items: z.array(assetItemInputSchema).max(26).optional(),
    removeItemIds: z.array(ccIdSchema).max(26).optional(),
});
export type AssetPatchBody = z.infer<typeof assetPatchBodySchema>;

export const assetDuplicateBodySchema = z.strictObject({ name: assetNameSchema, description: descriptionSchema.optional() });
export type AssetDuplicateBody = z.infer<typeof assetDuplicateBodySchema>;

export const assetWriteResultSchema = ccAssetResultSchema;
export type AssetWriteResult = z.infer<typeof assetWriteResultSchema>;

// ── categories ──────────────────────────────────────────────────────────────

export const assetCategorySchema = z.object({ id: z.string(), name: z.string(), version: z.string() });
export type AssetCategory = z.infer<typeof assetCategorySchema>;
export const assetCategoryListSchema = z.object({ items: z.array(assetCategorySchema) });
export type AssetCategoryList = z.infer<typeof assetCategoryListSchema>;

const categoryNameSchema = z
  .string({ error: 'Give the category a name.' })
  .trim()
  .min(1, { error: 'Give the category a name.' })
  .max(100, { error: 'A category name is at most 100 characters.' });

export const assetCategoryCreateBodySchema = z.strictObject({ name: categoryNameSchema });
export type AssetCategoryCreateBody = z.infer<typeof assetCategoryCreateBodySchema>;
export const assetCategoryRenameBodySchema = z.strictObject({ baseVersion: baseVersionSchema, name: categoryNameSchema });
export type AssetCategoryRenameBody = z.infer<typeof assetCategoryRenameBodySchema>;

export const assetCategoryWriteResultSchema = ccCategoryResultSchema;
export type AssetCategoryWriteResult = z.infer<typeof assetCategoryWriteResultSchema>;
