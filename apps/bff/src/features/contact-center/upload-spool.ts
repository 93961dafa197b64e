// An upload as the browser sends it (multipart/form-data: one `file` part and
// text fields), written to a private temporary file as it arrives — never
// held whole in memory — with its first bytes kept to judge what it is and
// its size counted. A file over the limit is cut off by the parser and
// refused with a sentence, like a file whose bytes are not what its type
// needs; in both cases before anything goes to Zoom. The file is removed when
// the request is done with it.
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { FastifyRequest } from 'fastify';
import { CC_MAX_UPLOAD_BYTES } from '@switchboard/zoom-schema/contact-center-assets';
import { AppError, badRequest } from '../../http/app-error';
import { SNIFF_BYTES } from './file-kind';

export interface SpooledUpload {
  /** The file as the person named it. */
  fileName: string;
  path: string;
  size: number;
  head: Uint8Array;
  /** The text fields, as sent. */
  fields: Record<string, string>;
  remove(): Promise<void>;
}

const MB = 1024 * 1024;
export const TOO_LARGE = `The file is larger than ${CC_MAX_UPLOAD_BYTES / MB} MB, the most Zoom takes for audio and images, so nothing was sent to Zoom.`;

/** Receive the request's parts: exactly one file in the field `file`, text fields besides. */
export async function spoolUpload(request: FastifyRequest, maxBytes = CC_MAX_UPLOAD_BYTES): Promise<SpooledUpload> {
  const dir = await mkdtemp(path.join(tmpdir(), 'switchboard-upload-'));
  const remove = () => rm(dir, { recursive: true, force: true });
  try {
    const declared = Number(request.headers['content-length'] ?? 0);
    // a body far beyond the limit is refused from its header (the file cannot fit in it)
    if (declared > maxBytes + MB) throw new AppError(413, 'payload_too_large', TOO_LARGE);
    const fields: Record<string, string> = {};
    let file: Omit<SpooledUpload, 'fields' | 'remove'> | null = null;
    let tooLarge = false;
    for await (const part of request.parts({ limits: { fileSize: maxBytes, files: 1, fields: 12, fieldSize: 4096, parts: 14 } })) {
      if (part.type === 'field') {
        if (typeof part.value === 'string') fields[part.fieldname] = part.value;
        continue;
      }
      if (part.fieldname !== 'file' || file) {
        part.file.resume();
        throw badRequest('Send the upload as one file in the field "file".');
      }
      const target = path.join(dir, 'upload');
      let head = Buffer.alloc(0);
      let size = 0;
      const watch = new Transform({
        transform(chunk: Buffer, _enc, done) {
          if (head.length < SNIFF_BYTES) head = Buffer.concat([head, chunk.subarray(0, SNIFF_BYTES - head.length)]);
          size += chunk.length;
          done(null, chunk);
        },
      });
      await pipeline(part.file, watch, createWriteStream(target, { mode: 0o600 }));
      if (part.file.truncated) tooLarge = true;
      file = { fileName: part.filename || 'upload', path: target, size, head };
    }
    if (tooLarge) throw new AppError(413, 'payload_too_large', TOO_LARGE);
    if (!file) throw badRequest('Choose a file to upload (the field "file" is missing).');
    if (file.size === 0) throw badRequest(`“${file.fileName}” is empty.`);
    return { ...file, fields, remove };
  } catch (err) {
    await remove();
    if (err instanceof AppError) throw err;
    // the parser's own refusals (too many parts or fields, a broken body)
    if (err instanceof Error && 'statusCode' in err && typeof (err as { statusCode: unknown }).statusCode === 'number') {
      const code = (err as { code?: string }).code;
      if (code === 'FST_REQ_FILE_TOO_LARGE') throw new AppError(413, 'payload_too_large', TOO_LARGE);
      if (code === 'FST_FILES_LIMIT') throw badRequest('Send the upload as one file in the field "file".');
      throw badRequest('The upload could not be read: send one file in the field "file" and the text fields name, type, categoryId and language.');
    }
    throw err;
  }
}
