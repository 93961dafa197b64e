import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { allAssets, ASSETS, assetNamed, CATEGORIES, categoryNamed, download } from '../../testing/contact-center';
import type { CcAsset, CcAssetSummary, CcPage } from '../../testing/contact-center';
import { startHarness } from '../../testing/harness';
import type { Harness } from '../../testing/harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h.close());
beforeEach(async () => {
  await h.control('POST', '/reset');
});

const refusal = async (res: Response) => ({ status: res.status, body: await res.json() });

describe('asset library: reading', () => {
  it('pages thirty assets with next_page_token to the end; a token is only good for its own list', async () => {
    const seen: CcAssetSummary[] = [];
    let token = '';
    let pages = 0;
    do {
      const page = await h.json<CcPage & { assets: CcAssetSummary[] }>('GET', `${ASSETS}?page_size=7${token ? `&next_page_token=${token}` : ''}`);
      expect(page.page_size).toBe(7);
      expect(page.total_records).toBe(30);
      seen.push(...page.assets);
      token = page.next_page_token;
      pages += 1;
    } while (token);
    expect(pages).toBe(5);
    expect(new Set(seen.map((a) => a.asset_id)).size).toBe(30);
    const counts = Object.fromEntries(['audio', 'text', 'image'].map((t) => [t, seen.filter((a) => a.asset_type === t).length]));
    expect(counts).toEqual({ audio: 14, text: 10, image: 6 });
    expect(new Set(seen.map((a) => a.asset_category_name)).size).toBeGreaterThanOrEqual(5);

    const first = await h.json<CcPage>('GET', `${ASSETS}?page_size=7`);
    const other = await h.api('GET', `${ASSETS}?page_size=7&asset_type=audio&next_page_token=${first.next_page_token}`);
    expect(await refusal(other)).toEqual({ status: 400, body: { code: 400, message: 'The next page token is invalid or expired.' } });
    // At most 100 a page.
    expect((await h.json<CcPage>('GET', `${ASSETS}?page_size=500`)).page_size).toBe(100);
  });

  it('filters by type, language, category and item name', async () => {
    expect((await allAssets(h, 'asset_type=image')).length).toBe(6);
    expect((await allAssets(h, 'asset_type=image,text')).length).toBe(16);
    const french = await allAssets(h, 'asset_language_code=fr-FR,fr-CA');
    expect(french.map((a) => a.asset_name).sort()).toEqual(['Chat greeting', 'Privacy notice', 'Queue position announcement', 'Survey invitation', 'Welcome banner', 'Welcome greeting (London)']);
    const branding = await categoryNamed(h, 'Branding');
    expect((await allAssets(h, `asset_category_id=${branding.category_id}`)).every((a) => a.asset_category_name === 'Branding')).toBe(true);
    const byItem = await allAssets(h, `asset_item_name=${encodeURIComponent('Company logo (en-US)')}`);
    expect(byItem.map((a) => a.asset_name)).toEqual(['Company logo']);
    expect(byItem[0]?.asset_items_url).toMatch(/\/file\/download\//);
    expect((await allAssets(h, 'asset_type=image'))[0]?.asset_items_url).toBe('');
    expect(await refusal(await h.api('GET', `${ASSETS}?asset_type=podcast`))).toEqual({ status: 400, body: { code: 300, message: 'Validation failed.' } });
  });

  it('gets an asset with its items per language, one default, and plays its audio from the file host', async () => {
    const asset = await assetNamed(h, 'Queue position announcement');
    expect(asset).toMatchObject({ asset_type: 'audio', category_name: 'Hold & Queue', asset_language_code: 'en-US', archived: false });
    expect(asset.modified_by).toMatch(/^[\w-]{22}$/);
    expect(asset.last_modified_time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(asset.asset_items.map((i) => [i.asset_item_language, i.is_default, i.asset_item_voice])).toEqual([
      ['en-US', true, 'Matthew'],
      ['fr-CA', false, 'Gabrielle'],
      ['es-US', false, 'Miguel'],
    ]);
    const wav = await download(asset.asset_items[0]?.asset_item_file_url as string);
    expect(wav.status).toBe(200);
    expect(wav.type).toBe('audio/wav');
    expect(wav.bytes.subarray(0, 4).toString('latin1')).toBe('RIFF');
    expect(wav.bytes.subarray(8, 12).toString('latin1')).toBe('WAVE');

    const logo = await assetNamed(h, 'Company logo');
    const png = await download(logo.asset_items[0]?.asset_item_file_url as string);
    expect(png.type).toBe('image/png');
    expect(png.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    const text = await assetNamed(h, 'Chat greeting');
    expect(text.asset_items[0]).toMatchObject({ asset_item_content: 'Hi! How can we help today?' });
    expect(text.asset_items[0]?.asset_item_file_url).toBeUndefined();

    expect(await refusal(await h.api('GET', `${ASSETS}/nope`))).toEqual({ status: 404, body: { code: 10009, message: 'Asset not found.' } });
  });
});

describe('asset library: changing', () => {
  it('duplicates an asset (each new name succeeds or fails on its own) and deletes the copy: archive, then delete', async () => {
    const source = await assetNamed(h, 'Callback offer');
    const res = await h.api('POST', `${ASSETS}/${source.asset_id}/duplicate`, {
      assets: [{ asset_name: 'Callback offer (copy)', asset_description: 'A copy' }, { asset_name: 'Welcome greeting' }, { asset_name: 'x'.repeat(151) }],
    });
    expect(res.status).toBe(201);
    const { results } = (await res.json()) as { results: Array<{ asset_id?: string; asset_name: string; status: string; error?: string }> };
    expect(results.map((r) => [r.status, r.error])).toEqual([
      ['success', undefined],
      ['failed', 'Duplicate asset name'],
      ['failed', 'Asset name is too long.'],
    ]);
    const copyId = results[0]?.asset_id as string;
    const copy = await h.json<CcAsset>('GET', `${ASSETS}/${copyId}`);
    expect(copy).toMatchObject({ asset_name: 'Callback offer (copy)', asset_description: 'A copy', asset_type: 'audio', category_name: 'Hold & Queue' });
    expect(copy.asset_items.map((i) => i.asset_item_language)).toEqual(source.asset_items.map((i) => i.asset_item_language));
    expect(copy.asset_items[0]?.asset_item_id).not.toBe(source.asset_items[0]?.asset_item_id);

    expect((await h.api('DELETE', `${ASSETS}/${copyId}`)).status).toBe(204);
    const archived = await h.json<CcAsset>('GET', `${ASSETS}/${copyId}`);
    expect(archived).toMatchObject({ archived: true });
    expect(archived.archived_time).toMatch(/Z$/);
    expect((await allAssets(h)).some((a) => a.asset_id === copyId)).toBe(false);
    expect((await h.api('DELETE', `${ASSETS}/${copyId}`)).status).toBe(204);
    expect((await h.api('GET', `${ASSETS}/${copyId}`)).status).toBe(404);
    expect(await refusal(await h.api('POST', `${ASSETS}/nope/duplicate`, { assets: [{ asset_name: 'x' }] }))).toMatchObject({ status: 404, body: { code: 10009 } });
  });

  it('refuses to delete an asset in use; restores an archived one', async () => {
    const used = await assetNamed(h, 'Closed goodbye');
    expect(await refusal(await h.api('DELETE', `${ASSETS}/${used.asset_id}`))).toEqual({ status: 404, body: { code: 10002, message: 'This asset is being used.' } });
    const outage = await assetNamed(h, 'Outage banner');
    await h.api('DELETE', `${ASSETS}/${outage.asset_id}`);
    expect(await refusal(await h.api('PATCH', `${ASSETS}/${outage.asset_id}`, { asset_name: 'Renamed' }))).toEqual({ status: 404, body: { code: 10009, message: 'Asset not found.' } });
    expect((await h.api('PATCH', `${ASSETS}/${outage.asset_id}`, { restore: true, asset_description: 'ignored' })).status).toBe(204);
    expect(await h.json<CcAsset>('GET', `${ASSETS}/${outage.asset_id}`)).toMatchObject({ archived: false, asset_description: outage.asset_description });
  });

  it('renames, recategorises, adds and replaces items, and deletes items but not the default', async () => {
    const asset = await assetNamed(h, 'Closed – holiday');
    const seasonal = await categoryNamed(h, 'Seasonal');
    const au = asset.asset_items.find((i) => i.asset_item_language === 'en-AU');
    const res = await h.api('PATCH', `${ASSETS}/${asset.asset_id}`, {
      asset_name: 'Closed – public holiday',
      category_id: seasonal.category_id,
      asset_items: [
        { asset_item_id: au?.asset_item_id, asset_item_content: 'We are closed today.', is_default: true },
        { asset_item_language: 'de-DE', asset_item_voice: 'Marlene', asset_item_content: 'Heute geschlossen.' },
      ],
    });
    expect(res.status).toBe(204);
    const after = await h.json<CcAsset>('GET', `${ASSETS}/${asset.asset_id}`);
    expect(after).toMatchObject({ asset_name: 'Closed – public holiday', category_name: 'Seasonal', asset_language_code: 'en-AU' });
    expect(after.asset_items.map((i) => [i.asset_item_language, i.is_default, i.asset_item_content])).toEqual([
      ['en-US', false, 'We are closed for the holiday.'],
      ['en-AU', true, 'We are closed today.'],
      ['de-DE', false, 'Heute geschlossen.'],
    ]);

    const de = after.asset_items[2]?.asset_item_id;
    const defaultItem = after.asset_items[1]?.asset_item_id;
    expect(await refusal(await h.api('DELETE', `${ASSETS}/${asset.asset_id}/items`, { asset_item_ids: [defaultItem] }))).toEqual({
      status: 400,
      body: { code: 300, message: "The default asset item can't be deleted." },
    });
    expect((await h.api('DELETE', `${ASSETS}/${asset.asset_id}/items`, { asset_item_ids: [de] })).status).toBe(204);
    expect((await h.json<CcAsset>('GET', `${ASSETS}/${asset.asset_id}`)).asset_items.map((i) => i.asset_item_language)).toEqual(['en-US', 'en-AU']);

    // One item per language.
    const twice = await h.api('PATCH', `${ASSETS}/${asset.asset_id}`, { asset_items: [{ asset_item_language: 'en-US', asset_item_voice: 'Joey', asset_item_content: 'Again' }] });
    expect(await refusal(twice)).toEqual({ status: 400, body: { code: 300, message: 'Each asset item must have a different asset_item_language: en-US.' } });
  });

  it('dropWrites: an update answers 204 and nothing changes', async () => {
    const asset = await assetNamed(h, 'Escalation note');
    await h.control('POST', '/faults', { dropWrites: true });
    expect((await h.api('PATCH', `${ASSETS}/${asset.asset_id}`, { asset_name: 'Dropped' })).status).toBe(204);
    expect((await h.api('DELETE', `${ASSETS}/${asset.asset_id}`)).status).toBe(204);
    expect(await h.json<CcAsset>('GET', `${ASSETS}/${asset.asset_id}`)).toEqual(expect.objectContaining({ asset_name: 'Escalation note', archived: false }));
  });
});

describe('asset categories', () => {
  it('creates, renames and deletes a category; names are unique; a category in use stays', async () => {
    const res = await h.api('POST', CATEGORIES, { category_name: 'Campaigns', category_scope: 'agent' });
    expect(res.status).toBe(201);
    const created = (await res.json()) as { category_id: string; category_name: string; category_scope: string };
    expect(created).toMatchObject({ category_name: 'Campaigns', category_scope: 'agent' });
    expect(await refusal(await h.api('POST', CATEGORIES, { category_name: 'campaigns', category_scope: 'system' }))).toEqual({
      status: 400,
      body: { code: 10015, message: 'Duplicate category name.' },
    });
    expect((await h.api('PATCH', `${CATEGORIES}/${created.category_id}`, { category_name: 'Spring campaigns' })).status).toBe(204);
    expect(await h.json('GET', `${CATEGORIES}/${created.category_id}`)).toEqual({ ...created, category_name: 'Spring campaigns' });
    expect((await h.api('DELETE', `${CATEGORIES}/${created.category_id}`)).status).toBe(204);
    expect(await refusal(await h.api('GET', `${CATEGORIES}/${created.category_id}`))).toEqual({ status: 404, body: { code: 10023, message: 'Asset category not found.' } });

    const branding = await categoryNamed(h, 'Branding');
    expect(await refusal(await h.api('DELETE', `${CATEGORIES}/${branding.category_id}`))).toEqual({ status: 404, body: { code: 10019, message: 'This asset category is being used.' } });
  });
});
