// Zoom Contact Center asset library (/contact_center/asset_library/…): assets
// with one item per language, categories, and what the create document says
// about uploads (extensions and sizes per type) and text-to-speech (the voices
// each language has). Read schemas are lenient; the client's belief, written
// from Zoom's documents (never shared with the simulator).
import { z } from 'zod';
import { zoomPageSchema } from './pagination';

/** `asset_type` values of create and get. */
export const CC_ASSET_TYPES = ['audio', 'image', 'slides', 'text', 'video', 'saved_reply'] as const;
export type CcAssetType = (typeof CC_ASSET_TYPES)[number];

/** `asset_item_language` values (the create document's enum). */
export const CC_ASSET_LANGUAGES = [
  'zh-CN', 'zh-TW', 'yue-CN', 'cmn-CN', 'da-DK', 'nl-NL', 'en-AU', 'en-NZ', 'en-GB', 'en-US', 'fr-CA', 'fr-FR', 'de-DE',
  'it-IT', 'ja-JP', 'ko-KR', 'pl-PL', 'pt-BR', 'pt-PT', 'ro-RO', 'ru-RU', 'es-ES', 'es-MX', 'es-US', 'sv-SE', 'tr-TR',
] as const;
export type CcAssetLanguage = (typeof CC_ASSET_LANGUAGES)[number];

/** Text-to-speech voices per language (the create document's table); a language not listed has none. */
export const CC_TTS_VOICES: Readonly<Partial<Record<CcAssetLanguage, readonly string[]>>> = {
  'yue-CN': ['Hiujin'],
  'cmn-CN': ['Zhiyu'],
  'da-DK': ['Naja', 'Sofie', 'Mads'],
  'nl-NL': ['Laura', 'Ruben', 'Lotte'],
  'en-US': ['Joanna', 'Stephen', 'Kimberly', 'Matthew', 'Danielle', 'Gregory', 'Kevin', 'Salli', 'Kendra', 'Justin', 'Joey', 'Ivy', 'Ruth'],
  'en-GB': ['Emma', 'Brian', 'Amy', 'Arthur'],
  'en-AU': ['Olivia', 'Russell', 'Nicole'],
  'en-NZ': ['Aria'],
  'fr-FR': ['Celine', 'Lea', 'Remi', 'Mathieu'],
  'fr-CA': ['Gabrielle', 'Liam', 'Chantal'],
  'de-DE': ['Daniel', 'Vicki', 'Marlene', 'Hans'],
  'it-IT': ['Adriano', 'Bianca', 'Giorgio', 'Carla'],
  'ja-JP': ['Takumi', 'Kazuha', 'Tomoko', 'Mizuki'],
  'ko-KR': ['Seoyeon'],
  'pl-PL': ['Ola', 'Maja', 'Jan', 'Jacek', 'Ewa'],
  'pt-PT': ['Ines', 'Cristiano'],
  'pt-BR': ['Camila', 'Thiago', 'Vitoria', 'Ricardo'],
  'ro-RO': ['Carmen'],
  'ru-RU': ['Maxim', 'Tatyana'],
  'es-US': ['Lupe', 'Pedro', 'Penelope', 'Miguel'],
  'es-MX': ['Mia', 'Andres'],
  'es-ES': ['Lucia', 'Sergio', 'Enrique', 'Conchita'],
  'sv-SE': ['Elin', 'Astrid'],
  'tr-TR': ['Filiz', 'Burcu'],
};

/** The largest single file for audio and image assets (the create document: 10 MB). */
export const CC_MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
/** `asset_name` at most 150 characters, `asset_description` at most 256. */
export const CC_ASSET_NAME_MAX = 150;
export const CC_ASSET_DESCRIPTION_MAX = 256;

export const ccAssetItemReadSchema = z.object({
  asset_item_id: z.string(),
  asset_item_name: z.string().optional(),
  asset_item_language: z.string(),
  is_default: z.boolean().optional(),
  asset_item_content: z.string().optional(),
  asset_item_file_url: z.string().optional(),
  asset_item_voice: z.string().optional(),
});
export type CcAssetItemRead = z.infer<typeof ccAssetItemReadSchema>;

/** GET /contact_center/asset_library/assets/{assetId}, and the 201 of create. */
export const ccAssetReadSchema = z.object({
  asset_id: z.string(),
  asset_name: z.string(),
  asset_description: z.string().optional(),
  asset_type: z.string(),
  category_id: z.string().optional(),
  category_name: z.string().optional(),
  asset_language_code: z.string().optional(),
  archived: z.boolean().optional(),
  modified_by: z.string().optional(),
  last_modified_time: z.string().optional(),
  asset_items: z.array(ccAssetItemReadSchema).default([]),
});
export type CcAssetRead = z.infer<typeof ccAssetReadSchema>;

/** An entry of GET /contact_center/asset_library/assets. */
export const ccAssetSummaryReadSchema = z.object({
  asset_id: z.string(),
  asset_name: z.string(),
  asset_description: z.string().optional(),
  asset_type: z.string(),
  asset_category_id: z.string().optional(),
  asset_category_name: z.string().optional(),
  asset_language_code: z.string().optional(),
  modified_by: z.string().optional(),
  last_modified_time: z.string().optional(),
});
export type CcAssetSummaryRead = z.infer<typeof ccAssetSummaryReadSchema>;

export const ccAssetListSchema = zoomPageSchema('assets', ccAssetSummaryReadSchema);

/** POST …/assets/{assetId}/duplicate answers one result per copy asked for. */
export const ccAssetDuplicateAnswerSchema = z.object({
  results: z.array(
    z.object({ asset_id: z.string().optional(), asset_name: z.string().optional(), status: z.string(), error: z.string().optional() }),
  ),
});

export const ccAssetCategoryReadSchema = z.object({
  category_id: z.string(),
  category_name: z.string(),
  category_scope: z.string().optional(),
});
export type CcAssetCategoryRead = z.infer<typeof ccAssetCategoryReadSchema>;

export const ccAssetCategoryListSchema = zoomPageSchema('categories', ccAssetCategoryReadSchema);
