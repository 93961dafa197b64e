// What an uploaded file is, judged by its first bytes (never by its name):
// wav (RIFF…WAVE), mp3 (an ID3 tag or an MPEG audio frame), png, jpeg. Also
// names the things people most often rename by mistake (programs, other
// media), so a refusal can say what the file really is.

export type UploadKind = 'wav' | 'mp3' | 'png' | 'jpeg';

export const KIND_MIME: Record<UploadKind, string> = { wav: 'audio/wav', mp3: 'audio/mpeg', png: 'image/png', jpeg: 'image/jpeg' };

/** Bytes enough to tell every kind apart. */
export const SNIFF_BYTES = 16;

const ascii = (b: Uint8Array, from: number, to: number) => String.fromCharCode(...b.subarray(from, to));

export function sniffKind(head: Uint8Array): UploadKind | null {
  if (ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 12) === 'WAVE') return 'wav';
  if (head.length >= 8 && [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((v, i) => head[i] === v)) return 'png';
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'jpeg';
  if (ascii(head, 0, 3) === 'ID3') return 'mp3';
  // an MPEG audio frame: 11 sync bits, a layer that is not "reserved" (00)
  if (head[0] === 0xff && ((head[1] ?? 0) & 0xe0) === 0xe0 && ((head[1] ?? 0) & 0x06) !== 0) return 'mp3';
  return null;
}

/** What the bytes are, in words, when they are not a kind Zoom takes. */
export function describeOther(head: Uint8Array): string {
  if (ascii(head, 0, 2) === 'MZ') return 'a Windows program';
  if (head[0] === 0x7f && ascii(head, 1, 4) === 'ELF') return 'a Linux program';
  if (ascii(head, 0, 4) === '%PDF') return 'a PDF document';
  if (ascii(head, 0, 2) === 'PK') return 'a zip archive';
  if (ascii(head, 0, 2) === '#!') return 'a script';
  if (ascii(head, 0, 6) === 'GIF87a' || ascii(head, 0, 6) === 'GIF89a') return 'a GIF image';
  if (ascii(head, 4, 8) === 'ftyp') return 'a video';
  if (head.length === 0) return 'empty';
  return 'not a file Switchboard recognises';
}

export const KINDS_FOR = { audio: ['mp3', 'wav'], image: ['png', 'jpeg'] } as const satisfies Record<string, readonly UploadKind[]>;

/** null when the bytes fit the asset type; otherwise the sentence that refuses them. */
export function uploadProblem(type: keyof typeof KINDS_FOR, fileName: string, head: Uint8Array): string | null {
  const kind = sniffKind(head);
  if (kind && (KINDS_FOR[type] as readonly string[]).includes(kind)) return null;
  const wanted = type === 'audio' ? 'an mp3 or wav recording' : 'a png or jpeg image';
  const what = kind ? `${kind === 'png' || kind === 'jpeg' ? 'an image' : 'audio'} (${kind})` : describeOther(head);
  return `“${fileName}” is not ${wanted}: its content is ${what}. Switchboard judges a file by its bytes, not its name, so nothing was sent to Zoom.`;
}

/** The name Zoom is given: the person's name with the extension the bytes really have. */
export function zoomFileName(fileName: string, kind: UploadKind): string {
  const base = fileName.replace(/\.[A-Za-z0-9]{1,5}$/, '').replace(/[^\w .()-]+/g, '_').trim() || 'upload';
  return `${base}.${kind}`;
}
