// The asset library against the in-process simulator: pages that follow
// next_page_token and filters; a small wav uploaded (multipart, streamed to
// Zoom) plays back byte for byte; uploads over 10 MB and programs renamed
// .mp3 are refused with a sentence and Zoom never sees an asset create;
// text-to-speech voices must belong to the item's language; duplicate and
// delete; categories; support reads and may not write.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { AssetCategoryList, AssetCategoryWriteResult, AssetList, AssetResponse, AssetWriteResult } from '@switchboard/contract/cc-assets';
import type { CcAuditEntry } from '@switchboard/contract/audit';
import type { WritePlan } from '@switchboard/contract/write';
import { createTestApp, signIn, type SignedIn } from '../../testing/harness';
import { clearSimLog, simControl, simLog } from '../ivr-write/test-support';
import { ccWrites, multipart, req, upload, wav } from './test-support';

let bff: FastifyInstance;
let admin: SignedIn;
let support: SignedIn;

beforeAll(async () => {
  bff = await createTestApp();
  [admin, support] = await Promise.all([signIn(bff, 'admin'), signIn(bff, 'support')]);
});
afterAll(() => bff.close());
beforeEach(() => simControl(bff, 'reset'));

const assetCreates = async () => (await simLog(bff)).filter((r) => r.method === 'POST' && r.path.endsWith('/asset_library/assets'));

describe('reading the library', () => {
  test('pages follow next_page_token; Zoom filters type; q searches names across pages', async () => {
    const first = (await req<AssetList>(bff, support, 'GET', '/api/cc/assets')).body;
    expect(first.items.length).toBeGreaterThanOrEqual(30);
    const audio = (await req<AssetList>(bff, support, 'GET', '/api/cc/assets?type=audio')).body;
    expect(audio.items.length).toBeGreaterThan(0);
    expect(audio.items.every((a) => a.type === 'audio')).toBe(true);
    const found = (await req<AssetList>(bff, support, 'GET', '/api/cc/assets?q=hold%20MUSIC')).body;
    expect(found.items.map((a) => a.name).sort()).toEqual(['Hold music – Calm', 'Hold music – Upbeat']);
    expect(found.items[0]!.categoryName).toBe('Hold & Queue');
    expect(found.nextPageToken).toBeNull();
    expect((await req(bff, support, 'GET', '/api/cc/assets?type=spreadsheet')).status).toBe(400);
  });

  test('an asset: its items per language with the default, who changed it, and the file through the BFF', async () => {
    const [hold] = (await req<AssetList>(bff, support, 'GET', '/api/cc/assets?q=Hold%20music%20%E2%80%93%20Calm')).body.items;
    const a = (await req<AssetResponse>(bff, support, 'GET', `/api/cc/assets/${hold!.id}`)).body;
    expect(a.asset.items).toHaveLength(1);
    expect(a.asset.items[0]).toMatchObject({ language: 'en-US', isDefault: true });
    expect(a.asset.modifiedBy).toBeTruthy();
    const file = await bff.inject({ method: 'GET', url: a.asset.items[0]!.fileUrl!, headers: support.headers });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toMatch(/audio\/wav/);
    expect(file.rawPayload.subarray(0, 4).toString('latin1')).toBe('RIFF');
  });
});

describe('uploads', () => {
  test('a small wav becomes an audio asset in a new category, streamed to Zoom as multipart; it plays back byte for byte', async () => {
    const cat = await req<AssetCategoryWriteResult>(bff, admin, 'POST', '/api/cc/asset-categories', { name: 'Promotions' });
    expect(cat.body.outcome).toBe('applied');
    const bytes = wav(20_000);
    await clearSimLog(bff);
    const plan = await upload<WritePlan>(bff, admin, '/api/cc/assets/plan', { name: 'Spring promo', type: 'audio', categoryId: cat.body.categoryId!, language: 'en-GB' }, { name: 'spring.wav', bytes });
    expect(plan.status).toBe(200);
    expect(plan.body.ops[0]!.description).toBe('Upload audio asset “Spring promo” (wav, 20 KB, en-GB)');
    expect(await assetCreates()).toEqual([]);

    const res = await upload<AssetWriteResult>(bff, admin, '/api/cc/assets', { name: 'Spring promo', type: 'audio', categoryId: cat.body.categoryId!, language: 'en-GB' }, { name: 'spring.wav', bytes });
    expect(res.status).toBe(200);
    expect(res.body.outcome).toBe('applied');
    const [create] = await assetCreates();
    expect(create!.body).toMatchObject({ asset_name: 'Spring promo', asset_type: 'audio', asset_items: [{ asset_item_language: 'en-GB', upload_file: '<file spring.wav, 20000 bytes>' }] });

    const a = (await req<AssetResponse>(bff, admin, 'GET', `/api/cc/assets/${res.body.assetId}`)).body;
    expect(a.asset).toMatchObject({ name: 'Spring promo', type: 'audio', categoryName: 'Promotions', language: 'en-GB' });
    const played = await bff.inject({ method: 'GET', url: a.asset.items[0]!.fileUrl!, headers: admin.headers });
    expect(Buffer.compare(played.rawPayload, bytes)).toBe(0);

    const history = (await req<{ items: CcAuditEntry[] }>(bff, admin, 'GET', '/api/audit?kind=cc')).body.items;
    expect(history[0]).toMatchObject({ kind: 'cc', action: 'cc.asset.create', outcome: 'applied', target: { type: 'asset', name: 'Spring promo' } });
    expect(JSON.stringify(history[0]!.ops)).toContain('<file spring.wav, 20000 bytes, audio/wav>');
  });

  test('over 10 MB: refused with a sentence, no asset create reaches Zoom', async () => {
    await clearSimLog(bff);
    const res = await upload(bff, admin, '/api/cc/assets', { name: 'Too long', type: 'audio' }, { name: 'long.wav', bytes: wav(10 * 1024 * 1024 + 1) });
    expect(res.status).toBe(413);
    expect(res.body.error!.message).toBe('The file is larger than 10 MB, the most Zoom takes for audio and images, so nothing was sent to Zoom.');
    // far beyond the limit: refused from Content-Length, before the body is read
    const huge = await upload(bff, admin, '/api/cc/assets', { name: 'Far too long', type: 'audio' }, { name: 'huge.wav', bytes: wav(12 * 1024 * 1024) });
    expect(huge.status).toBe(413);
    expect(huge.body.error!.message).toBe(res.body.error!.message);
    expect(await assetCreates()).toEqual([]);
  });

  test('a Windows or Linux program renamed .mp3: refused by its bytes with a sentence, nothing sent', async () => {
    await clearSimLog(bff);
    const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(5000, 0x90)]);
    const res = await upload(bff, admin, '/api/cc/assets', { name: 'Greeting', type: 'audio' }, { name: 'greeting.mp3', bytes: exe });
    expect(res.status).toBe(400);
    expect(res.body.error!.message).toBe(
      '“greeting.mp3” is not an mp3 or wav recording: its content is a Windows program. Switchboard judges a file by its bytes, not its name, so nothing was sent to Zoom.',
    );
    const elf = Buffer.concat([Buffer.from([0x7f]), Buffer.from('ELF'), Buffer.alloc(5000, 1)]);
    const res2 = await upload(bff, admin, '/api/cc/assets/plan', { name: 'Greeting', type: 'audio' }, { name: 'greeting.mp3', bytes: elf });
    expect(res2.status).toBe(400);
    expect(res2.body.error!.message).toMatch(/its content is a Linux program/);
    expect(await assetCreates()).toEqual([]);
  });

  test('an unknown upload field and a missing file are sentences; support may not upload', async () => {
    expect((await upload(bff, admin, '/api/cc/assets', { name: 'x', type: 'audio', colour: 'red' }, { name: 'a.wav', bytes: wav() })).body.error!.message).toBe(
      'The upload has a field Switchboard does not take: "colour".',
    );
    expect((await upload(bff, admin, '/api/cc/assets', { name: 'x', type: 'audio' }, null)).body.error!.message).toMatch(/Choose a file to upload/);
    expect((await upload(bff, support, '/api/cc/assets', { name: 'x', type: 'audio' }, { name: 'a.wav', bytes: wav() })).status).toBe(403);
    // a multipart form needs no preflight, so the CSRF token is what stops a cross-site page
    const form = multipart({ name: 'x', type: 'audio' }, { name: 'a.wav', bytes: wav() });
    const noToken = await bff.inject({ method: 'POST', url: '/api/cc/assets', headers: { ...admin.headers, 'content-type': form.contentType }, payload: form.payload });
    expect(noToken.statusCode).toBe(403);
    expect(noToken.json().error.code).toBe('csrf');
    expect(await assetCreates()).toEqual([]);
  });

  test("a language's file replaced on an existing asset", async () => {
    const [calm] = (await req<AssetList>(bff, admin, 'GET', '/api/cc/assets?q=Transfer%20tone')).body.items;
    const a = (await req<AssetResponse>(bff, admin, 'GET', `/api/cc/assets/${calm!.id}`)).body;
    const res = await upload<AssetWriteResult>(bff, admin, `/api/cc/assets/${calm!.id}/items`, { baseVersion: a.version, language: 'fr-FR' }, { name: 'tonalite.wav', bytes: wav(3000) });
    expect(res.body.outcome).toBe('applied');
    const after = (await req<AssetResponse>(bff, admin, 'GET', `/api/cc/assets/${calm!.id}`)).body;
    expect(after.asset.items.map((i) => i.language).sort()).toEqual(['en-US', 'fr-FR']);
  });
});

describe('text-to-speech, text, duplicate, delete', () => {
  test('a voice must speak the item’s language (a sentence before Zoom); a valid one is created', async () => {
    await clearSimLog(bff);
    const bad = await req(bff, admin, 'POST', '/api/cc/assets', { type: 'audio', name: 'Welcome (TTS)', items: [{ language: 'de-DE', voice: 'Joanna', content: 'Willkommen.' }] });
    expect(bad.status).toBe(400);
    expect(bad.body.error!.message).toMatch(/Joanna does not speak de-DE; choose Daniel, Vicki, Marlene, Hans/);
    expect(await ccWrites(bff)).toEqual([]);
    const ok = await req<AssetWriteResult>(bff, admin, 'POST', '/api/cc/assets', { type: 'audio', name: 'Welcome (TTS)', items: [{ language: 'de-DE', voice: 'Vicki', content: 'Willkommen.' }] });
    expect(ok.body.outcome).toBe('applied');
    const a = (await req<AssetResponse>(bff, admin, 'GET', `/api/cc/assets/${ok.body.assetId}`)).body;
    expect(a.asset.items[0]).toMatchObject({ language: 'de-DE', voice: 'Vicki', content: 'Willkommen.', isDefault: true });
  });

  test('rename and recategorise, duplicate, then delete the copy (archive, then delete); a stale version is a 409', async () => {
    const made = await req<AssetWriteResult>(bff, admin, 'POST', '/api/cc/assets', { type: 'text', name: 'Opening line', items: [{ language: 'en-US', content: 'Hello.' }, { language: 'fr-FR', content: 'Bonjour.', isDefault: true }] });
    const id = made.body.assetId!;
    const a = (await req<AssetResponse>(bff, admin, 'GET', `/api/cc/assets/${id}`)).body;
    expect(a.asset.items.find((i) => i.isDefault)!.language).toBe('fr-FR');
    const cats = (await req<AssetCategoryList>(bff, admin, 'GET', '/api/cc/asset-categories')).body.items;
    const chat = cats.find((c) => c.name === 'Chat Replies')!;
    const patched = await req<AssetWriteResult>(bff, admin, 'PATCH', `/api/cc/assets/${id}`, { baseVersion: a.version, name: 'Opening line (chat)', categoryId: chat.id });
    expect(patched.body.outcome).toBe('applied');
    const stale = await req<AssetWriteResult>(bff, admin, 'PATCH', `/api/cc/assets/${id}`, { baseVersion: a.version, name: 'Again' });
    expect(stale.status).toBe(409);

    const copy = await req<AssetWriteResult>(bff, admin, 'POST', `/api/cc/assets/${id}/duplicate`, { name: 'Opening line (copy)' });
    expect(copy.body.outcome).toBe('applied');
    expect(copy.body.assetId).not.toBe(id);
    const c = (await req<AssetResponse>(bff, admin, 'GET', `/api/cc/assets/${copy.body.assetId}`)).body;
    expect(c.asset).toMatchObject({ name: 'Opening line (copy)', categoryName: 'Chat Replies' });

    await clearSimLog(bff);
    const plan = await req<WritePlan>(bff, admin, 'POST', `/api/cc/assets/${copy.body.assetId}/delete/plan?baseVersion=${c.version}`);
    expect(plan.body.ops.map((o) => o.request.method)).toEqual(['DELETE', 'DELETE']);
    expect(await ccWrites(bff)).toEqual([]);
    const del = await req<AssetWriteResult>(bff, admin, 'DELETE', `/api/cc/assets/${copy.body.assetId}?baseVersion=${c.version}`);
    expect(del.body.outcome).toBe('applied');
    expect((await req(bff, admin, 'GET', `/api/cc/assets/${copy.body.assetId}`)).status).toBe(404);
    expect((await req(bff, admin, 'GET', `/api/cc/assets/${id}`)).status).toBe(200);
  });

  test('categories: create, rename, delete; a duplicate name is a sentence', async () => {
    const made = await req<AssetCategoryWriteResult>(bff, admin, 'POST', '/api/cc/asset-categories', { name: 'Winter' });
    expect(made.body.outcome).toBe('applied');
    expect((await req(bff, admin, 'POST', '/api/cc/asset-categories', { name: 'winter' })).body.error!.message).toBe('There is already a category called “winter”.');
    const version = (await req<AssetCategoryList>(bff, admin, 'GET', '/api/cc/asset-categories')).body.items.find((c) => c.id === made.body.categoryId)!.version;
    const renamed = await req<AssetCategoryWriteResult>(bff, admin, 'PATCH', `/api/cc/asset-categories/${made.body.categoryId}`, { baseVersion: version, name: 'Winter sale' });
    expect(renamed.body.outcome).toBe('applied');
    const deleted = await req<AssetCategoryWriteResult>(bff, admin, 'DELETE', `/api/cc/asset-categories/${made.body.categoryId}`);
    expect(deleted.body.outcome).toBe('applied');
    expect((await req<AssetCategoryList>(bff, admin, 'GET', '/api/cc/asset-categories')).body.items.some((c) => c.id === made.body.categoryId)).toBe(false);
  });
});

test('two files in one upload are refused with a sentence', async () => {
  const boundary = 'two-files';
  const file = (n: number) => Buffer.concat([Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${n}.wav"\r\n\r\n`), wav(), Buffer.from('\r\n')]);
  const payload = Buffer.concat([Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="name"\r\n\r\nTwo\r\n--${boundary}\r\nContent-Disposition: form-data; name="type"\r\n\r\naudio\r\n`), file(1), file(2), Buffer.from(`--${boundary}--\r\n`)]);
  const res = await bff.inject({ method: 'POST', url: '/api/cc/assets', headers: { ...admin.writeHeaders, 'content-type': `multipart/form-data; boundary=${boundary}` }, payload });
  expect(res.statusCode).toBe(400);
  expect(res.json().error.message).toBe('Send the upload as one file in the field "file".');
  expect(await assetCreates()).toEqual([]);
});

test("an asset's users: the flow that plays it and the queue that overflows to it", async () => {
  const [welcome] = (await req<AssetList>(bff, support, 'GET', '/api/cc/assets?q=Welcome%20greeting')).body.items.filter((a) => a.name === 'Welcome greeting');
  const a = (await req<AssetResponse>(bff, support, 'GET', `/api/cc/assets/${welcome!.id}`)).body;
  expect(a.usedBy.flows.map((f) => f.name)).toContain('Customer Care');
});

test('the queue that overflows to an asset while closed uses it', async () => {
  const [goodbye] = (await req<AssetList>(bff, support, 'GET', '/api/cc/assets?q=Closed%20goodbye')).body.items;
  const a = (await req<AssetResponse>(bff, support, 'GET', `/api/cc/assets/${goodbye!.id}`)).body;
  expect(a.usedBy.queues.map((q) => q.name)).toEqual(['Billing Support']);
  expect(a.usedBy.flows).toEqual([]);
});
