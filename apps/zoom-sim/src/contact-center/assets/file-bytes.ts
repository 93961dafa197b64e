// The bytes behind an asset item's file link: uploaded bytes as they came,
// generated ones for seeded and text-to-speech items (the simulator cannot
// speak: a tone pattern that follows the text, as for Phone audio).
import type { SimContext } from '../../context';
import { signLink } from '../../files/signed-link';
import { toneWav } from '../../phone/audios/tone-wav';
import type { CcAssetItemRecord, CcFile } from '../../state/contact-center';
import { ccOf } from '../common';
import { tinyPng } from './tiny-png';

export function fileOf(file: CcFile): { ext: string; mime: string; data(): Buffer } {
  if (file.kind === 'tone') return { ext: 'wav', mime: 'audio/wav', data: () => toneWav(file.text) };
  if (file.kind === 'png') return { ext: 'png', mime: 'image/png', data: () => tinyPng(file.seed) };
  return { ext: file.ext, mime: file.mime, data: () => file.data };
}

/** The file of an asset item that still exists (archived assets keep theirs until deleted). */
export function assetItemFile(ctx: SimContext, itemId: string) {
  for (const asset of ccOf(ctx).assets) {
    const item = asset.items.find((i) => i.id === itemId);
    if (item?.file) return fileOf(item.file);
  }
  return undefined;
}

/** A signed, expiring link to the item's file on the file host. */
export const fileUrlOf = (ctx: SimContext, item: CcAssetItemRecord) =>
  `${ctx.fileBaseUrl}/file/download/${signLink(ctx.fileSigningKey, item.id, ctx.clock(), 'cc-asset-item')}`;

/** Bytes held for uploaded files across the account (the store is bounded). */
export const storedBytes = (ctx: SimContext) =>
  ccOf(ctx).assets.reduce((sum, a) => sum + a.items.reduce((s, i) => s + (i.file?.kind === 'bytes' ? i.file.data.length : 0), 0), 0);
