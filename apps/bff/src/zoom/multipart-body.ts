// A multipart/form-data body for Zoom built as a stream: the text fields,
// then the file read from disk chunk by chunk, then the closing boundary.
// Its length is known up front (Content-Length), and it can be made again
// for a retry (the file is read afresh), so nothing is held in memory.
import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

export interface MultipartFile {
  field: string;
  fileName: string;
  contentType: string;
  path: string;
  size: number;
}

export interface MultipartForm {
  contentType: string;
  length: number;
  /** A fresh stream of the whole body each time it is called. */
  stream(): AsyncIterable<Uint8Array>;
}

const quote = (s: string) => s.replace(/["\\\r\n]/g, (c) => (c === '"' ? '%22' : c === '\\' ? '\\\\' : ' '));

export function multipartForm(fields: readonly [string, string][], file: MultipartFile | null): MultipartForm {
  const boundary = `----switchboard${randomBytes(12).toString('hex')}`;
  const head = Buffer.from(
    fields.map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${quote(name)}"\r\n\r\n${value}\r\n`).join('') +
      (file
        ? `--${boundary}\r\nContent-Disposition: form-data; name="${quote(file.field)}"; filename="${quote(file.fileName)}"\r\n` +
          `Content-Type: ${file.contentType}\r\n\r\n`
        : ''),
  );
  const tail = Buffer.from(`${file ? '\r\n' : ''}--${boundary}--\r\n`);
  return {
    contentType: `multipart/form-data; boundary=${boundary}`,
    length: head.length + (file?.size ?? 0) + tail.length,
    async *stream() {
      yield head;
      if (file) for await (const chunk of createReadStream(file.path, { highWaterMark: 64 * 1024 })) yield chunk as Buffer;
      yield tail;
    },
  };
}

/**
 * A JSON-shaped write body as form fields, the way Zoom's multipart documents
 * name them: top-level fields as they are, `asset_items[i][field]` for items;
 * booleans and numbers as text.
 */
export function formFields(body: Record<string, unknown>): [string, string][] {
  const out: [string, string][] = [];
  for (const [key, value] of Object.entries(body)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) {
      value.forEach((item, i) => {
        for (const [k, v] of Object.entries(item as Record<string, unknown>)) if (v !== undefined) out.push([`${key}[${i}][${k}]`, String(v)]);
      });
    } else out.push([key, String(value)]);
  }
  return out;
}

/**
 * Send a form with Node's own HTTP client, piping the stream into the socket
 * with backpressure (a chunk is read from disk only when the socket took the
 * last one), and hand back the answer as a fetch Response.
 */
export function sendForm(url: URL, method: string, token: string, form: MultipartForm, signal: AbortSignal): Promise<Response> {
  return new Promise((resolve, reject) => {
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    const req = send(url, {
      method,
      signal,
      headers: { authorization: `Bearer ${token}`, accept: 'application/json', 'content-type': form.contentType, 'content-length': String(form.length) },
    });
    req.once('response', (res: IncomingMessage) => {
      const headers = new Headers();
      for (const [k, v] of Object.entries(res.headers)) if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : v);
      const body = res.statusCode === 204 ? null : (Readable.toWeb(res) as unknown as ReadableStream<Uint8Array>);
      if (!body) res.resume();
      resolve(new Response(body, { status: res.statusCode ?? 502, headers }));
    });
    req.once('error', reject);
    pipeline(Readable.from(form.stream(), { objectMode: false, highWaterMark: 64 * 1024 }), req).catch(reject);
  });
}
