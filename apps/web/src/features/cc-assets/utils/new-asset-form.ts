// The new-asset form: what kind (an uploaded recording, text-to-speech, text,
// an uploaded image), its name, category (an existing one or a new one made
// first), language and the kind's own part (a file, or words and a voice).
// Checked with the contract's schemas before anything is sent.
import { z } from 'zod';
import { assetCategoryCreateBodySchema, assetCreateJsonBodySchema, assetUploadFieldsSchema, type AssetCreateJsonBody } from '@switchboard/contract/cc-assets';
import { fileProblem } from './upload-rules';

export type NewAssetKind = 'upload_audio' | 'tts' | 'text' | 'upload_image';
export const NEW_CATEGORY = '__new__';

export const KIND_CHOICES: { value: NewAssetKind; label: string; hint: string }[] = [
  { value: 'upload_audio', label: 'Audio: upload a recording', hint: 'An mp3 or wav file, at most 10 MB.' },
  { value: 'tts', label: 'Audio: text-to-speech', hint: 'Zoom speaks your words in a voice of the language.' },
  { value: 'text', label: 'Text', hint: 'Words a chat or message flow sends.' },
  { value: 'upload_image', label: 'Image', hint: 'A png or jpeg image, at most 10 MB.' },
];

export interface NewAssetForm {
  kind: NewAssetKind;
  name: string;
  description: string;
  /** '' = none, NEW_CATEGORY = make `newCategory` first. */
  categoryId: string;
  newCategory: string;
  language: string;
  content: string;
  voice: string;
  file: File | null;
}

export const emptyNewAsset = (kind: NewAssetKind = 'upload_audio'): NewAssetForm => ({
  kind,
  name: '',
  description: '',
  categoryId: '',
  newCategory: '',
  language: 'en-US',
  content: '',
  voice: '',
  file: null,
});

export const isUpload = (kind: NewAssetKind) => kind === 'upload_audio' || kind === 'upload_image';

/** The JSON body of a text or text-to-speech asset (its category id given once it is known). */
export function jsonBody(form: NewAssetForm, categoryId: string | undefined): AssetCreateJsonBody {
  return {
    type: form.kind === 'tts' ? 'audio' : 'text',
    name: form.name.trim(),
    ...(form.description ? { description: form.description } : {}),
    ...(categoryId ? { categoryId } : {}),
    items: [{ language: form.language, isDefault: true, content: form.content, ...(form.kind === 'tts' ? { voice: form.voice } : {}) }],
  } as AssetCreateJsonBody;
}

const STAND_IN_ID = 'new-category';

export const newAssetSchema = z.custom<NewAssetForm>().superRefine((form, ctx) => {
  const add = (issues: readonly { path: PropertyKey[]; message: string }[], map: (p: PropertyKey[]) => PropertyKey[] = (p) => p) => {
    for (const i of issues) ctx.addIssue({ code: 'custom', path: map(i.path) as (string | number)[], message: i.message });
  };
  if (form.categoryId === NEW_CATEGORY) add(assetCategoryCreateBodySchema.safeParse({ name: form.newCategory }).error?.issues ?? [], () => ['newCategory']);
  const categoryId = form.categoryId === NEW_CATEGORY ? STAND_IN_ID : form.categoryId || undefined;
  if (isUpload(form.kind)) {
    const fields = { name: form.name, type: form.kind === 'upload_audio' ? 'audio' : 'image', language: form.language, ...(categoryId ? { categoryId } : {}) };
    add(assetUploadFieldsSchema.safeParse(fields).error?.issues ?? []);
    const problem = form.file ? fileProblem(form.file, fields.type) : 'Choose a file to upload.';
    if (problem) ctx.addIssue({ code: 'custom', path: ['file'], message: problem });
  } else {
    // items.0.content → content, items.0.voice → voice: the form has one item
    add(assetCreateJsonBodySchema.safeParse(jsonBody(form, categoryId)).error?.issues ?? [], (p) => (p[0] === 'items' && p.length > 2 ? [p[2]!] : p));
  }
});
