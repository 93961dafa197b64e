// Test support for the Contact Center tests: requests in any method, a
// multipart upload built by hand (as a browser sends it), and the
// simulator's request log filtered to Contact Center writes.
import type { FastifyInstance } from 'fastify';
import type { SignedIn } from '../../testing/harness';
import { simLog } from '../ivr-write/test-support';

export async function req<T>(bff: FastifyInstance, as: SignedIn, method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, payload?: unknown) {
  const res = await bff.inject({ method, url, headers: method === 'GET' ? as.headers : as.writeHeaders, ...(payload === undefined ? {} : { payload: payload as object }) });
  const body = /json/.test(String(res.headers['content-type'] ?? '')) ? (res.json() as T & { error?: { code: string; message: string } }) : (undefined as never);
  return { status: res.statusCode, body, headers: res.headers, raw: res.rawPayload };
}

/** A multipart/form-data body: text fields and one file. */
export function multipart(fields: Record<string, string>, file: { name: string; bytes: Buffer; type?: string } | null) {
  const boundary = '----switchboard-test-boundary';
  const parts: Buffer[] = Object.entries(fields).map(([k, v]) => Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  if (file) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: ${file.type ?? 'application/octet-stream'}\r\n\r\n`), file.bytes, Buffer.from('\r\n'));
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` };
}

export async function upload<T>(bff: FastifyInstance, as: SignedIn, url: string, fields: Record<string, string>, file: { name: string; bytes: Buffer } | null) {
  const body = multipart(fields, file);
  const res = await bff.inject({ method: 'POST', url, headers: { ...as.writeHeaders, 'content-type': body.contentType }, payload: body.payload });
  return { status: res.statusCode, body: res.json() as T & { error?: { code: string; message: string } } };
}

/** A playable WAV of `seconds` of silence at 8 kHz, 16-bit mono (or padded to `bytes`). */
export function wav(bytes = 4_000): Buffer {
  const data = Math.max(0, bytes - 44);
  const b = Buffer.alloc(44 + data);
  b.write('RIFF', 0, 'latin1');
  b.writeUInt32LE(36 + data, 4);
  b.write('WAVEfmt ', 8, 'latin1');
  b.writeUInt32LE(16, 16);
  b.writeUInt16LE(1, 20);
  b.writeUInt16LE(1, 22);
  b.writeUInt32LE(8000, 24);
  b.writeUInt32LE(16000, 28);
  b.writeUInt16LE(2, 32);
  b.writeUInt16LE(16, 34);
  b.write('data', 36, 'latin1');
  b.writeUInt32LE(data, 40);
  return b;
}

/** Contact Center writes (anything but GET) the simulator received. */
export async function ccWrites(bff: FastifyInstance) {
  return (await simLog(bff)).filter((r) => r.method !== 'GET' && r.path.includes('/contact_center/'));
}
