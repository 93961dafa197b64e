// Conformance, simulator side: every operation the simulator implements is
// called here with a well-formed request (and, where it names an object, an
// unknown id), and each answer must validate against the facts extracted
// from Zoom's documents — success shapes with no undocumented field, errors
// as documented (or as decided in platform/decisions.ts). A new route without
// a sample here fails the first test.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkResponse } from '@switchboard/zoom-facts/conformance';
import type { OperationFact } from '@switchboard/zoom-facts/facts';
import { isDecidedAnswer } from './platform/decisions';
import { extensionIdOf, readSettings, settingsPath, userExtensionId } from './testing/call-handling';
import { contactCenterSamples } from './testing/contact-center-samples';
import { sendForm } from './testing/contact-center';
import { findByName, firstAudio, mainAr, someUser } from './testing/fixtures';
import { startHarness } from './testing/harness';
import type { Harness } from './testing/harness';

interface Sample {
  path: string;
  body?: unknown;
  /** A multipart/form-data body instead of JSON. */
  form?: () => FormData;
}

let h: Harness;
let samples: Map<string, Sample[]>;

beforeAll(async () => {
  h = await startHarness();
  const ar = await mainAr(h);
  const user = await someUser(h);
  const audio = await firstAudio(h);
  const queue = await findByName(h, '/phone/call_queues', 'call_queues', 'Sales');
  const first = async (path: string, key: string) => (await h.json<Record<string, Array<{ id: string; external_contact_id?: string }>>>('GET', path))[key]?.[0];
  const slg = await first('/phone/shared_line_groups', 'shared_line_groups');
  const ca = await first('/phone/common_areas', 'common_areas');
  const xc = await first('/phone/external_contacts', 'external_contacts');
  const site = await first('/phone/sites', 'sites');
  const number = await first('/phone/numbers', 'phone_numbers');
  const room = await first('/phone/rooms', 'rooms');
  const created = await h.json<{ id: string }>('POST', '/phone/auto_receptionists', { name: 'Conformance AR', site_id: site?.id });
  const scratchAudio = await h.json<{ audio_id: string }>('POST', '/phone/users/me/audios', { text: 'Scratch prompt' });
  const chQueue = await extensionIdOf(h, 'callQueue', 'Billing');
  const chAr = await extensionIdOf(h, 'autoReceptionist', 'Main Line – Sydney');
  const chUser = await userExtensionId(h, 0);
  const [holiday, otherHoliday] = (await readSettings(h, chQueue)).holiday_hours.map((x) => x.holiday_id);
  const ch = (type: string) => settingsPath(chQueue, type);
  const christmas = { name: 'Christmas Day', from: '2026-12-24T13:00:00Z', to: '2026-12-25T12:59:00Z' };
  samples = new Map<string, Sample[]>([
    ['GET /phone/users', [{ path: '/phone/users?page_size=100' }]],
    ['GET /phone/users/{userId}', [{ path: `/phone/users/${user.id}` }, { path: '/phone/users/nobody' }]],
    ['GET /phone/sites', [{ path: '/phone/sites' }]],
    ['GET /phone/sites/{siteId}', [{ path: `/phone/sites/${site?.id}` }, { path: '/phone/sites/nope' }]],
    ['GET /phone/call_queues', [{ path: '/phone/call_queues' }]],
    ['GET /phone/call_queues/{callQueueId}', [{ path: `/phone/call_queues/${queue.id}` }, { path: '/phone/call_queues/nope' }]],
    ['GET /phone/call_queues/{callQueueId}/members', [{ path: `/phone/call_queues/${queue.id}/members` }, { path: '/phone/call_queues/nope/members' }]],
    ['GET /phone/auto_receptionists', [{ path: '/phone/auto_receptionists' }]],
    ['POST /phone/auto_receptionists', [{ path: '/phone/auto_receptionists', body: { name: 'Sample AR', site_id: site?.id } }, { path: '/phone/auto_receptionists', body: { name: 'No site' } }]],
    ['GET /phone/auto_receptionists/{autoReceptionistId}', [{ path: `/phone/auto_receptionists/${ar.id}` }, { path: '/phone/auto_receptionists/nope' }]],
    ['PATCH /phone/auto_receptionists/{autoReceptionistId}', [{ path: `/phone/auto_receptionists/${created.id}`, body: { name: 'Renamed' } }, { path: '/phone/auto_receptionists/nope', body: { name: 'x' } }]],
    ['DELETE /phone/auto_receptionists/{autoReceptionistId}', [{ path: `/phone/auto_receptionists/${created.id}` }, { path: '/phone/auto_receptionists/nope' }]],
    ['GET /phone/auto_receptionists/{autoReceptionistId}/ivr', [{ path: `/phone/auto_receptionists/${ar.id}/ivr?hours_type=closed_hours` }, { path: '/phone/auto_receptionists/nope/ivr' }]],
    [
      'PATCH /phone/auto_receptionists/{autoReceptionistId}/ivr',
      [
        { path: `/phone/auto_receptionists/${ar.id}/ivr`, body: { hours_type: 'business_hours', key_action: { key: '7', action: 2, target: { extension_id: user.extension_id } } } },
        { path: `/phone/auto_receptionists/${ar.id}/ivr`, body: { key_action: { key: '7', action: 21 } } },
        { path: '/phone/auto_receptionists/nope/ivr', body: {} },
      ],
    ],
    ['GET /phone/shared_line_groups', [{ path: '/phone/shared_line_groups' }]],
    ['GET /phone/shared_line_groups/{sharedLineGroupId}', [{ path: `/phone/shared_line_groups/${slg?.id}` }, { path: '/phone/shared_line_groups/nope' }]],
    ['GET /phone/common_areas', [{ path: '/phone/common_areas' }]],
    ['GET /phone/common_areas/{commonAreaId}', [{ path: `/phone/common_areas/${ca?.id}` }, { path: '/phone/common_areas/nope' }]],
    ['GET /phone/external_contacts', [{ path: '/phone/external_contacts' }]],
    ['GET /phone/external_contacts/{externalContactId}', [{ path: `/phone/external_contacts/${xc?.external_contact_id}` }, { path: '/phone/external_contacts/nope' }]],
    ['GET /phone/numbers', [{ path: '/phone/numbers?type=assigned&extension_type=meetingService' }]],
    ['GET /phone/numbers/{phoneNumberId}', [{ path: `/phone/numbers/${number?.id}` }, { path: '/phone/numbers/nope' }]],
    ['GET /phone/rooms', [{ path: '/phone/rooms' }]],
    ['GET /phone/rooms/{roomId}', [{ path: `/phone/rooms/${room?.id}` }, { path: '/phone/rooms/nope' }]],
    ['GET /phone/users/{userId}/audios', [{ path: '/phone/users/me/audios' }, { path: '/phone/users/nobody/audios' }]],
    ['POST /phone/users/{userId}/audios', [{ path: '/phone/users/me/audios', body: { text: 'Hello', voice_language: 'en-GB', voice_accent: 'Amy-Female' } }, { path: '/phone/users/me/audios', body: { text: '' } }]],
    ['GET /phone/audios/{audioId}', [{ path: `/phone/audios/${audio.audio_id}` }, { path: '/phone/audios/nope' }]],
    ['PATCH /phone/audios/{audioId}', [{ path: `/phone/audios/${scratchAudio.audio_id}`, body: { name: 'Scratch' } }, { path: '/phone/audios/nope', body: { name: 'x' } }]],
    ['DELETE /phone/audios/{audioId}', [{ path: `/phone/audios/${scratchAudio.audio_id}` }, { path: '/phone/audios/nope' }]],
    ['GET /contact_center/flows_entry_points', [{ path: '/contact_center/flows_entry_points?page_size=100' }]],
    ...(await contactCenterSamples(h)),
    [
      'GET /phone/extension/{extensionId}/call_handling/settings',
      [{ path: settingsPath(chQueue) }, { path: settingsPath(chAr) }, { path: settingsPath(chUser) }, { path: settingsPath('nope') }],
    ],
    [
      'POST /phone/extension/{extensionId}/call_handling/settings/{settingType}',
      [
        { path: ch('holiday_hours'), body: { sub_setting_type: 'holiday', settings: christmas } },
        { path: settingsPath(chUser, 'closed_hours'), body: { sub_setting_type: 'call_forwarding', settings: { phone_number: '+14155550111', description: 'Mobile' } } },
        { path: ch('holiday_hours'), body: { sub_setting_type: 'holiday', settings: { ...christmas, to: christmas.from } } },
        { path: ch('business_hours'), body: { sub_setting_type: 'holiday', settings: christmas } },
        { path: settingsPath('nope', 'holiday_hours'), body: { sub_setting_type: 'holiday', settings: christmas } },
      ],
    ],
    [
      'PATCH /phone/extension/{extensionId}/call_handling/settings/{settingType}',
      [
        { path: ch('business_hours'), body: { sub_setting_type: 'custom_hours', settings: { type: 2, custom_hours_settings: [{ weekday: 7, type: 2, from: '09:00', to: '12:00' }] } } },
        { path: ch('closed_hours'), body: { sub_setting_type: 'call_handling', settings: { call_not_answer_action: 11 } } },
        { path: ch('holiday_hours'), body: { sub_setting_type: 'holiday', settings: { holiday_id: holiday, name: 'Renamed' } } },
        { path: ch('business_hours'), body: { sub_setting_type: 'custom_hours', settings: { type: 2, custom_hours_settings: [{ weekday: 7, type: 2, from: '12:00', to: '09:00' }] } } },
        { path: settingsPath(chUser, 'closed_hours'), body: { sub_setting_type: 'call_forwarding', settings: { call_forwarding_settings: [{ id: 'nope' }] } } },
        { path: ch('holiday_hours'), body: { sub_setting_type: 'holiday', settings: { holiday_id: 'nope', name: 'x' } } },
        { path: settingsPath('nope', 'business_hours'), body: { sub_setting_type: 'custom_hours', settings: { type: 1 } } },
      ],
    ],
    [
      'DELETE /phone/extension/{extensionId}/call_handling/settings/{settingType}',
      [
        { path: `${ch('holiday_hours')}?holiday_id=${otherHoliday}` },
        { path: `${ch('holiday_hours')}?holiday_id=nope` },
        { path: `${settingsPath(chUser, 'business_hours')}?call_forwarding_id=nope` },
        { path: `${settingsPath('nope', 'holiday_hours')}?holiday_id=x` },
      ],
    ],
  ]);
});
afterAll(async () => h.close());

const implemented = (): OperationFact[] => [...h.sim.app.sim.operations];

describe('every simulated operation answers as Zoom documents it', () => {
  it('has a sample request for each operation the simulator implements', () => {
    const missing = implemented().filter((op) => !samples.has(op.id)).map((op) => op.id);
    expect(missing).toEqual([]);
    expect(implemented().length).toBeGreaterThanOrEqual(samples.size);
  });

  it('each sample answer validates against the facts', async () => {
    const problems: string[] = [];
    for (const op of implemented()) {
      for (const sample of samples.get(op.id) ?? []) {
        const res = sample.form ? await sendForm(h, op.method as 'POST' | 'PATCH', sample.path, sample.form()) : await h.api(op.method, sample.path, sample.body);
        const text = await res.text();
        // A downloaded file (a flow export) is not an answer with a documented shape.
        const file = res.headers.get('content-disposition')?.startsWith('attachment');
        const body: unknown = text && !file ? JSON.parse(text) : undefined;
        const answer = (body ?? {}) as { code?: unknown; message?: unknown };
        if (res.status >= 400 && typeof answer.message === 'string' && isDecidedAnswer(op.id, res.status, answer.code, answer.message)) continue;
        for (const p of checkResponse(op, res.status, body)) problems.push(`${op.id} ${sample.path} → ${res.status}: ${p.field} ${p.problem}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
