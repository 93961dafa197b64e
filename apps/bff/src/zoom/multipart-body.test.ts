import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { formFields, multipartForm } from './multipart-body';

const collect = async (it: AsyncIterable<Uint8Array>) => {
  const parts: Buffer[] = [];
  for await (const c of it) parts.push(Buffer.from(c));
  return Buffer.concat(parts);
};

test('a form streams its fields and the file from disk, with the length it announces, and again for a retry', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'form-test-'));
  const file = path.join(dir, 'f');
  writeFileSync(file, Buffer.from('RIFF....WAVEdata'));
  const form = multipartForm([['asset_name', 'Hello'], ['asset_items[0][asset_item_language]', 'en-US']], { field: 'asset_items[0][upload_file]', fileName: 'a "b".wav', contentType: 'audio/wav', path: file, size: 16 });
  const body = await collect(form.stream());
  expect(body.length).toBe(form.length);
  const text = body.toString('latin1');
  const boundary = form.contentType.split('boundary=')[1]!;
  expect(text).toContain(`--${boundary}\r\nContent-Disposition: form-data; name="asset_name"\r\n\r\nHello\r\n`);
  expect(text).toContain('name="asset_items[0][upload_file]"; filename="a %22b%22.wav"\r\nContent-Type: audio/wav\r\n\r\nRIFF....WAVEdata\r\n');
  expect(text.endsWith(`--${boundary}--\r\n`)).toBe(true);
  expect((await collect(form.stream())).equals(body)).toBe(true);
  const noFile = multipartForm([['a', '1']], null);
  expect((await collect(noFile.stream())).length).toBe(noFile.length);
});

test('JSON-shaped bodies become Zoom form field names', () => {
  expect(formFields({ asset_name: 'X', asset_type: 'text', skip: undefined, asset_items: [{ asset_item_language: 'en-US', is_default: true }] })).toEqual([
    ['asset_name', 'X'],
    ['asset_type', 'text'],
    ['asset_items[0][asset_item_language]', 'en-US'],
    ['asset_items[0][is_default]', 'true'],
  ]);
});
