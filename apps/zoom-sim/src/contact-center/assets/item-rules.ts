// One asset item, per the create and update documents: a language (one item
// per language), content for text and saved replies, a file for images,
// slides and videos, and for audio an uploaded file or text-to-speech (a
// voice of the item's language and the text it says).
import type { FastifyRequest } from 'fastify';
import { decidedError } from '../../platform/decisions';
import { CC_DECIDED } from '../../platform/decisions-contact-center';
import { documentedOrDecided } from '../../platform/operations';
import type { CcAssetItemRecord, CcAssetType, CcFile } from '../../state/contact-center';
import { ccValidationFailed, isNonEmptyString } from '../common';
import type { Json } from '../common';
import type { UploadedFile } from './asset-input';
import { extensionOf, sameKind, sniff, UPLOAD_RULES } from './file-types';
import { ASSET_LANGUAGES, TTS_VOICES } from './languages';

const MB = 1024 * 1024;

const unsupportedLanguage = (request: FastifyRequest) => documentedOrDecided(request, 'The language is not supported.', CC_DECIDED.languageNotSupported);

/** The item `input` describes, over `base` (an update of that item) or alone. */
export function buildItem(request: FastifyRequest, type: CcAssetType, input: Json, id: string, base?: CcAssetItemRecord): CcAssetItemRecord {
  const language = input.asset_item_language ?? base?.language;
  if (typeof language !== 'string') throw ccValidationFailed(request);
  if (!ASSET_LANGUAGES.includes(language)) throw unsupportedLanguage(request);
  const name = input.asset_item_name ?? base?.name ?? language;
  if (typeof name !== 'string' || name.trim() === '') throw ccValidationFailed(request);
  if (input.is_default !== undefined && typeof input.is_default !== 'boolean') throw ccValidationFailed(request);
  const item: CcAssetItemRecord = { id, name, language, isDefault: base?.isDefault ?? false };

  if (type === 'text' || type === 'saved_reply') {
    const content = input.asset_item_content ?? base?.content;
    if (!isNonEmptyString(content)) throw decidedError(CC_DECIDED.itemContentRequired, type);
    return { ...item, content };
  }
  const upload = input.upload_file as UploadedFile | undefined;
  if (upload) return { ...item, file: storedFile(type, upload, id) };
  if (type === 'audio' && (input.asset_item_voice !== undefined || (base?.voice && input.asset_item_content !== undefined))) {
    const voice = input.asset_item_voice ?? base?.voice;
    const text = input.asset_item_content ?? base?.content;
    const voices = TTS_VOICES[language];
    if (!voices) throw unsupportedLanguage(request);
    if (typeof voice !== 'string' || !voices.includes(voice)) throw decidedError(CC_DECIDED.voiceNotSupported, String(voice), language);
    if (!isNonEmptyString(text)) throw decidedError(CC_DECIDED.itemContentRequired, type);
    return { ...item, voice, content: text, file: { kind: 'tone', text } };
  }
  if (base?.file) return { ...item, file: base.file, ...(base.voice ? { voice: base.voice, content: base.content } : {}) };
  throw decidedError(CC_DECIDED.itemFileRequired, type);
}

/** An uploaded file checked against the type's extensions, its size limit and its own bytes. */
function storedFile(type: CcAssetType, upload: UploadedFile, itemId: string): CcFile {
  const rule = UPLOAD_RULES[type];
  const label = upload.fileName ?? 'the uploaded file';
  if (!rule) throw decidedError(CC_DECIDED.fileType, type, label);
  if (upload.tooLarge || upload.size > rule.maxBytes) throw decidedError(CC_DECIDED.fileTooLarge, String(rule.maxBytes / MB), label);
  const named = extensionOf(upload.fileName);
  const sniffed = sniff(upload.data);
  if (named !== undefined && !rule.extensions.includes(named)) throw decidedError(CC_DECIDED.fileType, type, label);
  if (!sniffed) throw decidedError(named ? CC_DECIDED.fileContent : CC_DECIDED.fileType, ...(named ? [label] : [type, label]));
  if (named !== undefined && !sameKind(named, sniffed.ext)) throw decidedError(CC_DECIDED.fileContent, label);
  if (named === undefined && !rule.extensions.some((ext) => sameKind(ext, sniffed.ext))) throw decidedError(CC_DECIDED.fileType, type, label);
  const ext = named ?? sniffed.ext;
  return { kind: 'bytes', data: upload.data, ext, mime: sniffed.mime, fileName: upload.fileName ?? `${itemId}.${ext}` };
}

/**
 * The asset's items after a create or an update: one per language, exactly
 * one default (a sent default replaces the previous one; none sent keeps it,
 * or makes the first item the default).
 */
export function settleItems(request: FastifyRequest, items: CcAssetItemRecord[], sentDefaults: Set<string>): CcAssetItemRecord[] {
  const languages = new Set<string>();
  for (const item of items) {
    if (languages.has(item.language)) throw decidedError(CC_DECIDED.duplicateItemLanguage, item.language);
    languages.add(item.language);
  }
  if (items.length === 0) throw ccValidationFailed(request);
  if (sentDefaults.size > 1) throw decidedError(CC_DECIDED.oneDefaultItem);
  const [chosen] = [...sentDefaults];
  const fallback = items.find((i) => i.isDefault) ?? items[0];
  return items.map((i) => ({ ...i, isDefault: chosen !== undefined ? i.id === chosen : i === fallback }));
}
