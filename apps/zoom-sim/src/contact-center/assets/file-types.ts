// Uploaded files: the extensions each asset type allows, the largest single
// file (both from the create document), and what a file's first bytes say it
// is. A file is judged by its bytes as well as its name (decisions).
import type { CcAssetType } from '../../state/contact-center';

const MB = 1024 * 1024;

/** Extensions per asset type, and the largest single file. */
export const UPLOAD_RULES: Partial<Record<CcAssetType, { extensions: readonly string[]; maxBytes: number }>> = {
  audio: { extensions: ['mp3', 'wav'], maxBytes: 10 * MB },
  image: { extensions: ['jpeg', 'jpg', 'jpe', 'jif', 'jfif', 'png', 'gif'], maxBytes: 10 * MB },
  slides: { extensions: ['pdf'], maxBytes: 10 * MB },
  video: { extensions: ['mp4', 'mov'], maxBytes: 100 * MB },
};

/** "A single request can upload a maximum of 100MB." */
export const MAX_REQUEST_UPLOAD = 100 * MB;

/** The largest file an extension may be, while it is still arriving (before the asset type is known). */
export function maxBytesForName(fileName: string | undefined): number {
  const ext = extensionOf(fileName);
  const rule = Object.values(UPLOAD_RULES).find((r) => ext && r.extensions.includes(ext));
  return rule?.maxBytes ?? 10 * MB;
}

export const extensionOf = (fileName: string | undefined) => /\.([a-z0-9]+)$/i.exec(fileName ?? '')?.[1]?.toLowerCase();

type Sniffed = { ext: string; mime: string };

/** What the bytes are, from their signature. */
export function sniff(data: Buffer): Sniffed | undefined {
  const ascii = (from: number, to: number) => data.subarray(from, to).toString('latin1');
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WAVE') return { ext: 'wav', mime: 'audio/wav' };
  if (ascii(0, 3) === 'ID3' || (data[0] === 0xff && ((data[1] ?? 0) & 0xe0) === 0xe0)) {
    if (!(data[0] === 0xff && data[1] === 0xd8)) return { ext: 'mp3', mime: 'audio/mpeg' };
  }
  if (data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return { ext: 'png', mime: 'image/png' };
  if (data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return { ext: 'jpg', mime: 'image/jpeg' };
  if (ascii(0, 6) === 'GIF87a' || ascii(0, 6) === 'GIF89a') return { ext: 'gif', mime: 'image/gif' };
  if (ascii(0, 5) === '%PDF-') return { ext: 'pdf', mime: 'application/pdf' };
  const box = ascii(4, 8);
  if (box === 'ftyp') return ascii(8, 10) === 'qt' ? { ext: 'mov', mime: 'video/quicktime' } : { ext: 'mp4', mime: 'video/mp4' };
  if (['moov', 'mdat', 'wide', 'free'].includes(box)) return { ext: 'mov', mime: 'video/quicktime' };
  return undefined;
}

const FAMILY: Record<string, string> = { jpeg: 'jpg', jpe: 'jpg', jif: 'jpg', jfif: 'jpg', mov: 'video', mp4: 'video' };
const family = (ext: string) => FAMILY[ext] ?? ext;

/** Whether a named extension and the sniffed kind agree (jpg and its aliases are one kind; mp4 and mov are one container family). */
export const sameKind = (named: string, sniffed: string) => family(named) === family(sniffed);
