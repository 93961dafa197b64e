import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { toneWav } from '../../phone/audios/tone-wav';
import { ASSETS, assetForm, categoryNamed, download, sendForm } from '../../testing/contact-center';
import type { CcAsset } from '../../testing/contact-center';
import { startHarness } from '../../testing/harness';
import type { Harness } from '../../testing/harness';
import { tinyPng } from './tiny-png';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h.close());
beforeEach(async () => {
  await h.control('POST', '/reset');
});

const MB = 1024 * 1024;
const wav = toneWav('Thank you for holding');
const refusal = async (res: Response) => ({ status: res.status, body: await res.json() });

describe('asset uploads (multipart/form-data)', () => {
  it('creates an audio asset from an uploaded wav in a new category; the file plays back byte for byte', async () => {
    const category = await h.json<{ category_id: string }>('POST', '/contact_center/asset_library/categories', { category_name: 'Uploads', category_scope: 'system' });
    const form = assetForm(
      { asset_name: 'Hold announcement', asset_type: 'audio', category_id: category.category_id, asset_description: 'Uploaded' },
      [{ asset_item_language: 'en-US', is_default: true, upload_file: { name: 'hold.wav', data: wav } }],
    );
    const res = await sendForm(h, 'POST', ASSETS, form);
    expect(res.status).toBe(201);
    const asset = (await res.json()) as CcAsset;
    expect(asset).toMatchObject({ asset_name: 'Hold announcement', asset_type: 'audio', category_name: 'Uploads', asset_language_code: 'en-US', archived: false });
    const played = await download(asset.asset_items[0]?.asset_item_file_url as string);
    expect(played.type).toBe('audio/wav');
    expect(played.bytes.equals(wav)).toBe(true);

    // The request log keeps the fields and describes the file instead of holding it.
    const log = (await (await h.control('GET', '/requests')).json()) as { requests: Array<{ method: string; path: string; body: { asset_items?: Array<{ upload_file: string }> } }> };
    const logged = log.requests.find((r) => r.method === 'POST' && r.path === `/v2${ASSETS}`);
    expect(logged?.body.asset_items?.[0]?.upload_file).toBe(`<file hold.wav, ${wav.length} bytes>`);
  });

  it('takes item fields as asset_items[0].field too, and images', async () => {
    const form = new FormData();
    form.append('asset_name', 'Spring banner');
    form.append('asset_type', 'image');
    form.append('asset_items[0].asset_item_language', 'en-GB');
    form.append('asset_items[0].upload_file', new Blob([tinyPng(9)]), 'banner.png');
    const res = await sendForm(h, 'POST', ASSETS, form);
    expect(res.status).toBe(201);
    const asset = (await res.json()) as CcAsset;
    expect(asset.asset_items[0]).toMatchObject({ asset_item_language: 'en-GB', is_default: true, asset_item_name: 'en-GB' });
    expect((await download(asset.asset_items[0]?.asset_item_file_url as string)).type).toBe('image/png');
  });

  it('refuses a file over 10 MB, an executable renamed .mp3, and a type the asset does not take', async () => {
    const big = Buffer.alloc(10 * MB + 1);
    wav.copy(big);
    const cases: Array<[string, { name: string; data: Uint8Array }, string]> = [
      ['audio', { name: 'long.wav', data: big }, 'The file is larger than 10 MB: long.wav.'],
      ['audio', { name: 'song.mp3', data: Buffer.from('MZ\x90\x00\x03\x00\x00\x00 this program cannot be run in DOS mode', 'latin1') }, 'The file content does not match its type: song.mp3.'],
      ['audio', { name: 'logo.png', data: tinyPng(1) }, 'The file type is not allowed for audio assets: logo.png.'],
      ['image', { name: 'photo.png', data: wav }, 'The file content does not match its type: photo.png.'],
    ];
    for (const [type, file, message] of cases) {
      const res = await sendForm(h, 'POST', ASSETS, assetForm({ asset_name: `Refused ${message}`, asset_type: type }, [{ asset_item_language: 'en-US', upload_file: file }]));
      expect(await refusal(res)).toEqual({ status: 400, body: { code: 300, message } });
    }
    // A 10 MB file exactly is accepted.
    const ok = Buffer.alloc(10 * MB);
    wav.copy(ok);
    const res = await sendForm(h, 'POST', ASSETS, assetForm({ asset_name: 'Ten megabytes', asset_type: 'audio' }, [{ asset_item_language: 'en-US', upload_file: { name: 'ten.wav', data: ok } }]));
    expect(res.status).toBe(201);
  });

  it('uploads pass the same guards as every call: token, injected faults, the Light window', async () => {
    const form = () => assetForm({ asset_name: 'Guarded', asset_type: 'audio' }, [{ asset_item_language: 'en-US', upload_file: { name: 'g.wav', data: wav } }]);
    const anonymous = await fetch(`${h.url}/v2${ASSETS}`, { method: 'POST', body: form() });
    expect(await refusal(anonymous)).toEqual({ status: 401, body: { code: 124, message: 'Invalid access token.' } });
    await h.control('POST', '/faults', { status: 503, match: { method: 'POST', pathPrefix: ASSETS }, times: 1, rateLimit: 'pro' });
    expect((await sendForm(h, 'POST', ASSETS, form())).status).toBe(503);
    const created = await sendForm(h, 'POST', ASSETS, form());
    expect(created.status).toBe(201);
    expect(created.headers.get('x-ratelimit-limit')).toBe('20');
  });

  it('replaces an item’s file by multipart update', async () => {
    const created = (await (
      await sendForm(h, 'POST', ASSETS, assetForm({ asset_name: 'Replace me', asset_type: 'audio' }, [{ asset_item_language: 'en-US', upload_file: { name: 'a.wav', data: wav } }]))
    ).json()) as CcAsset;
    const other = toneWav('A different recording');
    const itemId = created.asset_items[0]?.asset_item_id as string;
    const res = await sendForm(h, 'PATCH', `${ASSETS}/${created.asset_id}`, assetForm({ asset_name: 'Replaced' }, [{ asset_item_id: itemId, upload_file: { name: 'b.wav', data: other } }]));
    expect(res.status).toBe(204);
    const after = await h.json<CcAsset>('GET', `${ASSETS}/${created.asset_id}`);
    expect(after.asset_name).toBe('Replaced');
    expect((await download(after.asset_items[0]?.asset_item_file_url as string)).bytes.equals(other)).toBe(true);
  });
});

describe('asset creation (JSON)', () => {
  it('creates text-to-speech audio with a voice of the item’s language, and text assets with one item per language', async () => {
    const greetings = await categoryNamed(h, 'Greetings');
    const res = await h.api('POST', ASSETS, {
      asset_name: 'Welcome (multilingual)',
      asset_type: 'audio',
      category_id: greetings.category_id,
      asset_items: [
        { asset_item_language: 'en-GB', asset_item_voice: 'Amy', asset_item_content: 'Welcome.' },
        { asset_item_language: 'ja-JP', asset_item_voice: 'Takumi', asset_item_content: 'ようこそ。', is_default: true },
      ],
    });
    expect(res.status).toBe(201);
    const asset = (await res.json()) as CcAsset;
    expect(asset.asset_language_code).toBe('ja-JP');
    expect(asset.asset_items.map((i) => [i.asset_item_language, i.asset_item_voice, i.is_default])).toEqual([
      ['en-GB', 'Amy', false],
      ['ja-JP', 'Takumi', true],
    ]);
    expect((await download(asset.asset_items[1]?.asset_item_file_url as string)).type).toBe('audio/wav');

    const text = await h.api('POST', ASSETS, { asset_name: 'Sign-off', asset_type: 'text', asset_items: [{ asset_item_language: 'en-US', asset_item_content: 'Bye!' }] });
    expect(((await text.json()) as CcAsset).asset_items[0]).toMatchObject({ asset_item_content: 'Bye!', is_default: true });
    // A base64 upload_file is judged by its bytes alone.
    const b64 = await h.api('POST', ASSETS, { asset_name: 'Base64 audio', asset_type: 'audio', asset_items: [{ asset_item_language: 'en-US', upload_file: wav.toString('base64') }] });
    expect(b64.status).toBe(201);
  });

  it('refuses voices and languages the documents do not list, names, types and duplicates', async () => {
    const tts = (language: string, voice: string) => ({ asset_item_language: language, asset_item_voice: voice, asset_item_content: 'Hi' });
    const cases: Array<[Record<string, unknown>, number, string]> = [
      [{ asset_type: 'audio', asset_items: [tts('en-US', 'Amy')] }, 300, 'The voice Amy is not supported for en-US.'],
      [{ asset_type: 'audio', asset_items: [tts('zh-CN', 'Zhiyu')] }, 10006, 'The language is not supported.'],
      [{ asset_type: 'audio', asset_items: [tts('xx-XX', 'Joanna')] }, 10006, 'The language is not supported.'],
      [{ asset_type: 'podcast', asset_items: [tts('en-US', 'Joanna')] }, 10018, 'Invalid asset type'],
      [{ asset_type: 'audio', asset_name: 'Welcome greeting', asset_items: [tts('en-US', 'Joanna')] }, 10007, 'Duplicate asset name'],
      [{ asset_type: 'audio', asset_name: 'n'.repeat(151), asset_items: [tts('en-US', 'Joanna')] }, 10005, 'Asset name is too long.'],
      [{ asset_type: 'audio', asset_description: 'd'.repeat(257), asset_items: [tts('en-US', 'Joanna')] }, 10013, 'Asset description is too long.'],
      [{ asset_type: 'audio', category_id: 'nope', asset_items: [tts('en-US', 'Joanna')] }, 10023, 'Asset category not found.'],
      [{ asset_type: 'image', asset_items: [{ asset_item_language: 'en-US' }] }, 300, 'An item of a image asset needs an uploaded file.'],
      [{ asset_type: 'text', asset_items: [{ asset_item_language: 'en-US' }] }, 300, 'An item of a text asset needs its content.'],
      [{ asset_type: 'audio', asset_items: [{ ...tts('en-US', 'Joanna'), is_default: true }, { ...tts('en-GB', 'Amy'), is_default: true }] }, 300, 'Only one asset item can be the default.'],
      [{ asset_type: 'audio', asset_items: [] }, 300, 'Validation Failed.'],
    ];
    for (const [body, code, message] of cases) {
      const res = await h.api('POST', ASSETS, { asset_name: 'New asset', ...body });
      expect({ body, answer: await refusal(res) }).toEqual({ body, answer: { status: 400, body: { code, message } } });
    }
  });
});

describe('batch update of asset items (JSON, base64 files)', () => {
  it('updates each named item on its own, reports the others, and takes a shared file where asked', async () => {
    const hold = (await (await sendForm(h, 'POST', ASSETS, assetForm({ asset_name: 'Batch hold', asset_type: 'audio' }, [{ asset_item_language: 'en-US', upload_file: { name: 'a.wav', data: wav } }, { asset_item_language: 'en-GB', upload_file: { name: 'b.wav', data: wav } }]))).json()) as CcAsset;
    const fresh = toneWav('Fresh recording');
    const res = await h.api('PATCH', `${ASSETS}/items`, {
      items: [
        { asset_id: hold.asset_id, asset_item_language: 'en-US', asset_item_name: 'US hold', use_shared: true },
        { asset_id: hold.asset_id, asset_item_language: 'en-GB', asset_item_name: 'UK hold' },
        { asset_id: hold.asset_id, asset_item_language: 'de-DE', asset_item_name: 'none' },
        { asset_id: 'nope', asset_item_language: 'en-US', asset_item_name: 'none' },
      ],
      shared_item: { upload_file_name: 'fresh.wav', upload_file_content: fresh.toString('base64') },
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      succeeded_assets: [
        { asset_id: hold.asset_id, asset_item_language: 'en-US' },
        { asset_id: hold.asset_id, asset_item_language: 'en-GB' },
      ],
      failed_assets: [
        { asset_id: hold.asset_id, asset_item_language: 'de-DE', error_code: 10026, error_message: 'Asset item not found.' },
        { asset_id: 'nope', asset_item_language: 'en-US', error_code: 10009, error_message: 'Asset not found.' },
      ],
    });
    const after = await h.json<CcAsset>('GET', `${ASSETS}/${hold.asset_id}`);
    expect(after.asset_items.map((i) => i.asset_item_name)).toEqual(['US hold', 'UK hold']);
    expect((await download(after.asset_items[0]?.asset_item_file_url as string)).bytes.equals(fresh)).toBe(true);
    expect((await download(after.asset_items[1]?.asset_item_file_url as string)).bytes.equals(wav)).toBe(true);

    const tooMany = await h.api('PATCH', `${ASSETS}/items`, { items: Array.from({ length: 51 }, () => ({ asset_id: hold.asset_id, asset_item_language: 'en-US' })) });
    expect(await refusal(tooMany)).toEqual({ status: 400, body: { code: 303, message: 'Request array must not exceed 50 items.' } });
  });
});
