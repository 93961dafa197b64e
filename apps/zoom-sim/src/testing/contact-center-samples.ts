// Conformance samples for the Contact Center operations: a well-formed
// request for each (multipart as well as JSON for asset writes) and, where
// it names an object, an unknown id or a refused body. See conformance.test.ts.
import { toneWav } from '../phone/audios/tone-wav';
import { ASSETS, assetForm, assetNamed, BUSINESS_HOURS, businessHoursNamed, CATEGORIES, categoryNamed, CLOSURES, closureSetNamed, FLOWS, QUEUES, queueNamed } from './contact-center';
import type { CcAsset, CcBusinessHours, CcClosureSet } from './contact-center';
import type { Harness } from './harness';

interface Sample {
  path: string;
  body?: unknown;
  form?: () => FormData;
}

const week = { hour_type: 2, custom_hours: [{ day_of_week: 1, custom_hour_type: 2, custom_hour_ranges: [{ start_time: '09:00', end_time: '17:00' }] }] };
const closure = { closure_name: 'Sample', closure_hour_type: 1, start_time: '2027-12-24T00:00:00-05:00', end_time: '2027-12-24T23:59:59-05:00', recurring_frequency: 1, recurring_frequency_type: 1 };

export async function contactCenterSamples(h: Harness): Promise<Array<[string, Sample[]]>> {
  const standard = await businessHoursNamed(h, 'Standard Hours (New York)');
  const us = await closureSetNamed(h, 'US Holidays');
  const scratchHours = await h.json<CcBusinessHours>('POST', BUSINESS_HOURS, { business_hour_name: 'Scratch hours', timezone: 'UTC', hours: week });
  const scratchSet = await h.json<CcClosureSet>('POST', CLOSURES, { closure_set_name: 'Scratch closures', timezone: 'America/New_York', closures: [closure] });
  const queue = await queueNamed(h, 'Sales Inquiries');
  const flow = (await h.json<{ flows: Array<{ flow_id: string }> }>('GET', FLOWS)).flows[0]?.flow_id;
  const used = await assetNamed(h, 'Closed goodbye');
  const asset = await assetNamed(h, 'Recording disclosure');
  const scratch = await h.json<CcAsset>('POST', ASSETS, { asset_name: 'Scratch asset', asset_type: 'text', asset_items: [{ asset_item_language: 'en-US', asset_item_content: 'a' }, { asset_item_language: 'en-GB', asset_item_content: 'b' }] });
  const category = await categoryNamed(h, 'Seasonal');
  const branding = await categoryNamed(h, 'Branding');
  const scratchCategory = await h.json<{ category_id: string }>('POST', CATEGORIES, { category_name: 'Scratch category', category_scope: 'system' });
  const wav = { name: 'sample.wav', data: toneWav('sample') };
  const exe = { name: 'sample.mp3', data: Buffer.from('MZ not audio') };

  return [
    ['GET /contact_center/business_hours', [{ path: `${BUSINESS_HOURS}?page_size=2` }]],
    ['GET /contact_center/business_hours/{businessHourId}', [{ path: `${BUSINESS_HOURS}/${standard.business_hour_id}` }, { path: `${BUSINESS_HOURS}/nope` }]],
    ['POST /contact_center/business_hours', [{ path: BUSINESS_HOURS, body: { business_hour_name: 'Sample', timezone: 'Europe/Berlin', account_default: false, hours: week } }, { path: BUSINESS_HOURS, body: { business_hour_name: 'x', timezone: 'UTC', hours: { hour_type: 2, custom_hours: [] } } }]],
    ['PATCH /contact_center/business_hours/{businessHourId}', [{ path: `${BUSINESS_HOURS}/${scratchHours.business_hour_id}`, body: { business_hour_name: 'Renamed', hours: week } }, { path: `${BUSINESS_HOURS}/${standard.business_hour_id}`, body: { account_default: false } }, { path: `${BUSINESS_HOURS}/nope`, body: {} }]],
    ['DELETE /contact_center/business_hours/{businessHourId}', [{ path: `${BUSINESS_HOURS}/${scratchHours.business_hour_id}` }, { path: `${BUSINESS_HOURS}/${standard.business_hour_id}` }, { path: `${BUSINESS_HOURS}/nope` }]],
    ['GET /contact_center/business_hours/{businessHourId}/queues', [{ path: `${BUSINESS_HOURS}/${standard.business_hour_id}/queues` }, { path: `${BUSINESS_HOURS}/nope/queues` }]],
    ['GET /contact_center/business_hours/{businessHourId}/flows', [{ path: `${BUSINESS_HOURS}/${standard.business_hour_id}/flows` }, { path: `${BUSINESS_HOURS}/nope/flows` }]],
    ['GET /contact_center/closures', [{ path: `${CLOSURES}?page_size=100` }]],
    ['GET /contact_center/closures/{closureSetId}', [{ path: `${CLOSURES}/${us.closure_set_id}` }, { path: `${CLOSURES}/nope` }]],
    ['POST /contact_center/closures', [{ path: CLOSURES, body: { closure_set_name: 'Sample set', timezone: 'Australia/Sydney', closures: [{ ...closure, start_time: '2027-12-24T00:00:00Z', end_time: '2027-12-24T12:00:00Z' }] } }, { path: CLOSURES, body: { closure_set_name: 'Refused', timezone: 'America/New_York', closures: [{ ...closure, recurring_frequency_type: undefined }] } }]],
    ['PATCH /contact_center/closures/{closureSetId}', [{ path: `${CLOSURES}/${scratchSet.closure_set_id}`, body: { closure_set_name: 'Scratch', timezone: 'America/New_York', closures: [{ closure_id: scratchSet.closures[0]?.closure_id, closure_name: 'Renamed' }] } }, { path: `${CLOSURES}/${scratchSet.closure_set_id}`, body: { closure_set_name: 'Scratch', timezone: 'America/New_York', closures: [{ closure_id: 'nope' }] } }, { path: `${CLOSURES}/nope`, body: { closure_set_name: 'x', timezone: 'UTC', closures: [] } }]],
    ['DELETE /contact_center/closures/{closureSetId}', [{ path: `${CLOSURES}/${scratchSet.closure_set_id}` }, { path: `${CLOSURES}/${us.closure_set_id}` }, { path: `${CLOSURES}/nope` }]],
    ['GET /contact_center/closures/{closureSetId}/queues', [{ path: `${CLOSURES}/${us.closure_set_id}/queues` }, { path: `${CLOSURES}/nope/queues` }]],
    ['GET /contact_center/closures/{closureSetId}/flows', [{ path: `${CLOSURES}/${us.closure_set_id}/flows` }, { path: `${CLOSURES}/nope/flows` }]],
    ['GET /contact_center/queues', [{ path: `${QUEUES}?page_size=100` }]],
    ['GET /contact_center/queues/{queueId}', [{ path: `${QUEUES}/${queue.queue_id}` }, { path: `${QUEUES}/${queue.cc_queue_id}` }, { path: `${QUEUES}/nope` }]],
    ['GET /contact_center/queues/{queueId}/operating_hours', [{ path: `${QUEUES}/${queue.queue_id}/operating_hours` }, { path: `${QUEUES}/nope/operating_hours` }]],
    ['PATCH /contact_center/queues/{queueId}/operating_hours', [{ path: `${QUEUES}/${queue.queue_id}/operating_hours`, body: { operating_hours_business_hour_id: standard.business_hour_id, account_default_closure_set: true, overflow_to_default_goodbye_message: true } }, { path: `${QUEUES}/${queue.queue_id}/operating_hours`, body: { operating_hours_business_hour_id: 'nope' } }, { path: `${QUEUES}/nope/operating_hours`, body: {} }]],
    ['GET /contact_center/flows', [{ path: `${FLOWS}?page_size=100` }]],
    ['GET /contact_center/flows/{flowId}', [{ path: `${FLOWS}/${flow}` }, { path: `${FLOWS}/nope` }]],
    ['GET /contact_center/flows/{flowId}/entry_points', [{ path: `${FLOWS}/${flow}/entry_points` }, { path: `${FLOWS}/nope/entry_points` }]],
    ['GET /contact_center/flows/{flowId}/export', [{ path: `${FLOWS}/${flow}/export` }, { path: `${FLOWS}/nope/export` }]],
    ['GET /contact_center/asset_library/assets', [{ path: `${ASSETS}?page_size=10&asset_type=audio,text&asset_language_code=en-US` }, { path: `${ASSETS}?asset_item_name=${encodeURIComponent('Company logo (en-US)')}` }, { path: `${ASSETS}?asset_type=podcast` }]],
    ['GET /contact_center/asset_library/assets/{assetId}', [{ path: `${ASSETS}/${asset.asset_id}` }, { path: `${ASSETS}/nope` }]],
    [
      'POST /contact_center/asset_library/assets',
      [
        { path: ASSETS, form: () => assetForm({ asset_name: 'Sample upload', asset_type: 'audio', category_id: category.category_id }, [{ asset_item_language: 'en-US', is_default: true, upload_file: wav }]) },
        { path: ASSETS, body: { asset_name: 'Sample TTS', asset_type: 'audio', asset_items: [{ asset_item_language: 'fr-CA', asset_item_voice: 'Liam', asset_item_content: 'Bonjour' }] } },
        { path: ASSETS, form: () => assetForm({ asset_name: 'Sample refused', asset_type: 'audio' }, [{ asset_item_language: 'en-US', upload_file: exe }]) },
        { path: ASSETS, body: { asset_name: 'Welcome greeting', asset_type: 'text', asset_items: [{ asset_item_language: 'en-US', asset_item_content: 'x' }] } },
      ],
    ],
    [
      'PATCH /contact_center/asset_library/assets/{assetId}',
      [
        { path: `${ASSETS}/${asset.asset_id}`, form: () => assetForm({ asset_description: 'Updated' }, [{ asset_item_language: 'fr-FR', asset_item_voice: 'Remi', asset_item_content: 'Appel enregistré' }]) },
        { path: `${ASSETS}/${asset.asset_id}`, body: { asset_name: 'Welcome greeting' } },
        { path: `${ASSETS}/${asset.asset_id}`, body: { asset_items: [{ asset_item_id: 'nope', asset_item_content: 'x' }] } },
        { path: `${ASSETS}/nope`, body: { asset_name: 'x' } },
      ],
    ],
    ['DELETE /contact_center/asset_library/assets/{assetId}', [{ path: `${ASSETS}/${scratch.asset_id}` }, { path: `${ASSETS}/${used.asset_id}` }, { path: `${ASSETS}/nope` }]],
    ['DELETE /contact_center/asset_library/assets/{assetId}/items', [{ path: `${ASSETS}/${asset.asset_id}/items`, body: { asset_item_ids: [asset.asset_items[2]?.asset_item_id] } }, { path: `${ASSETS}/${asset.asset_id}/items`, body: { asset_item_ids: [asset.asset_items[0]?.asset_item_id] } }, { path: `${ASSETS}/${asset.asset_id}/items`, body: { asset_item_ids: ['nope'] } }, { path: `${ASSETS}/nope/items`, body: { asset_item_ids: ['x'] } }]],
    ['POST /contact_center/asset_library/assets/{assetId}/duplicate', [{ path: `${ASSETS}/${asset.asset_id}/duplicate`, body: { assets: [{ asset_name: 'Sample copy' }, { asset_name: 'Welcome greeting' }] } }, { path: `${ASSETS}/nope/duplicate`, body: { assets: [{ asset_name: 'x' }] } }]],
    [
      'PATCH /contact_center/asset_library/assets/items',
      [
        {
          path: `${ASSETS}/items`,
          body: {
            items: [
              { asset_id: used.asset_id, asset_item_language: 'en-US', upload_file_name: 'new.wav', upload_file_content: toneWav('new').toString('base64') },
              { asset_id: used.asset_id, asset_item_language: 'ko-KR', asset_item_name: 'x' },
              { asset_id: 'nope', asset_item_language: 'en-US', asset_item_name: 'x' },
            ],
          },
        },
        { path: `${ASSETS}/items`, body: { items: Array.from({ length: 51 }, () => ({ asset_id: 'x', asset_item_language: 'en-US' })) } },
      ],
    ],
    ['GET /contact_center/asset_library/categories', [{ path: `${CATEGORIES}?page_size=3` }]],
    ['GET /contact_center/asset_library/categories/{categoryId}', [{ path: `${CATEGORIES}/${category.category_id}` }, { path: `${CATEGORIES}/nope` }]],
    ['POST /contact_center/asset_library/categories', [{ path: CATEGORIES, body: { category_name: 'Sample category', category_scope: 'agent' } }, { path: CATEGORIES, body: { category_name: 'Branding', category_scope: 'system' } }]],
    ['PATCH /contact_center/asset_library/categories/{categoryId}', [{ path: `${CATEGORIES}/${scratchCategory.category_id}`, body: { category_name: 'Renamed category' } }, { path: `${CATEGORIES}/${scratchCategory.category_id}`, body: { category_name: 'Branding' } }, { path: `${CATEGORIES}/nope`, body: { category_name: 'x' } }]],
    ['DELETE /contact_center/asset_library/categories/{categoryId}', [{ path: `${CATEGORIES}/${scratchCategory.category_id}` }, { path: `${CATEGORIES}/${branding.category_id}` }, { path: `${CATEGORIES}/nope` }]],
  ];
}
