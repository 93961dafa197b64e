// The body of an asset create or update, from multipart/form-data (as the
// documents give it) or JSON (as their example is written): top-level fields
// plus `asset_items`, whose `upload_file` is a file part or base64 text.
// Multipart item fields are named `asset_items[0][asset_item_name]` or
// `asset_items[0].asset_item_name`; files are read as a stream and held only
// up to the largest size their kind may have.
import type { FastifyRequest } from 'fastify';
import { DECIDED, decidedError } from '../../platform/decisions';
import { CC_DECIDED } from '../../platform/decisions-contact-center';
import { bodyOf } from '../common';
import type { Json } from '../common';
import { MAX_REQUEST_UPLOAD, maxBytesForName } from './file-types';

export interface UploadedFile {
  fileName: string | undefined;
  data: Buffer;
  size: number;
  /** Bigger than its kind allows; the bytes past that were not kept. */
  tooLarge: boolean;
}

export interface AssetInput {
  fields: Json;
  /** Items as sent; `upload_file` is an UploadedFile. Undefined: the request named none. */
  items: Json[] | undefined;
}

const MAX_ITEMS = 26;
const FIELD = /^([a-z_]+)(?:\[(\d{1,2})\](?:\[([a-z_]+)\]|\.([a-z_]+)))?$/;
const BOOLEAN_FIELDS = new Set(['is_default', 'restore']);

export async function readAssetInput(request: FastifyRequest): Promise<AssetInput> {
  return request.isMultipart() ? readMultipart(request) : readJson(request);
}

function readJson(request: FastifyRequest): AssetInput {
  const body = bodyOf(request);
  if (body.asset_items === undefined) return { fields: body, items: undefined };
  if (!Array.isArray(body.asset_items)) throw decidedError(DECIDED.validationFailed);
  const items = (body.asset_items as unknown[]).map((raw) => {
    const item = { ...((typeof raw === 'object' && raw !== null ? raw : {}) as Json) };
    if (item.upload_file !== undefined) item.upload_file = decodeBase64(item.upload_file);
    return item;
  });
  return { fields: body, items };
}

function decodeBase64(value: unknown): UploadedFile {
  if (typeof value !== 'string' || !/^[A-Za-z0-9+/]*={0,2}$/.test(value.replace(/\s+/g, '')) || value.trim() === '') {
    throw decidedError(DECIDED.validationFailed);
  }
  const data = Buffer.from(value, 'base64');
  return { fileName: undefined, data, size: data.length, tooLarge: false };
}

async function readMultipart(request: FastifyRequest): Promise<AssetInput> {
  const fields: Json = {};
  const items: Json[] = [];
  let uploaded = 0;
  const itemAt = (index: number) => {
    if (index >= MAX_ITEMS) throw decidedError(DECIDED.validationFailed);
    while (items.length <= index) items.push({});
    return items[index] as Json;
  };
  try {
    for await (const part of request.parts()) {
      const m = FIELD.exec(part.fieldname);
      if (part.type === 'file') {
        const file = await readFile(part.file, part.filename || undefined);
        uploaded += file.size;
        if (m?.[1] === 'asset_items' && m[2] !== undefined && (m[3] ?? m[4]) === 'upload_file') itemAt(Number(m[2])).upload_file = file;
        continue;
      }
      const value = BOOLEAN_FIELDS.has(m?.[3] ?? m?.[4] ?? m?.[1] ?? '') ? toBoolean(part.value) : part.value;
      if (!m || m[1] === undefined || [m[1], m[3], m[4]].some((k) => k !== undefined && k in Object.prototype)) continue;
      if (m[2] === undefined) fields[m[1]] = value;
      else if (m[1] === 'asset_items') itemAt(Number(m[2]))[(m[3] ?? m[4]) as string] = value;
    }
  } catch (err) {
    if (err instanceof Error && 'statusCode' in err) throw decidedError(DECIDED.validationFailed);
    throw err;
  }
  if (uploaded > MAX_REQUEST_UPLOAD) throw decidedError(CC_DECIDED.requestTooLarge);
  // What the request log and the conformance taps see: the fields, each file as a short description.
  request.body = { ...fields, ...(items.length > 0 ? { asset_items: items.map(describeFiles) } : {}) };
  return { fields, items: items.length > 0 ? items : undefined };
}

async function readFile(stream: AsyncIterable<Buffer>, fileName: string | undefined): Promise<UploadedFile> {
  const limit = maxBytesForName(fileName);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += chunk.length;
    // Past the limit the rest is read and dropped, so the parser can go on to the next part.
    if (size <= limit) chunks.push(chunk);
  }
  const tooLarge = size > limit;
  return { fileName, data: tooLarge ? Buffer.alloc(0) : Buffer.concat(chunks), size, tooLarge };
}

const toBoolean = (v: unknown) => (v === 'true' ? true : v === 'false' ? false : v);

function describeFiles(item: Json): Json {
  const file = item.upload_file as UploadedFile | undefined;
  if (!file || typeof file !== 'object') return item;
  return { ...item, upload_file: `<file ${file.fileName ?? 'without a name'}, ${file.size} bytes>` };
}
