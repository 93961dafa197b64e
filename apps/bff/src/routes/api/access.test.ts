// Route × role table. Every /api route the app registers is enumerated (so a
// new route cannot escape): without a session → 401, with a role its rule
// does not list → 403, with a role it lists → 2xx. Only health, session, the
// OpenAPI document and one-time password links may be reachable otherwise.
import Fastify from 'fastify';
import type { FastifyInstance, InjectOptions } from 'fastify';
import fp from 'fastify-plugin';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ROLES, type Role } from '@switchboard/contract/session';
import app from '../../app';
import { POLICIES } from '../../auth/access';
import { loadConfig } from '../../config/env';
import { NO_WEB_DIST, createTestApp, signIn, testDatabase } from '../../testing/harness';
import type { SignedIn } from '../../testing/harness';
import { clearFaults, simControl } from '../../features/ivr-write/test-support';

let bff: FastifyInstance;
const as = {} as Record<Role, SignedIn>;
let arId = '';

beforeAll(async () => {
  bff = await createTestApp();
  for (const role of ROLES) as[role] = await signIn(bff, role);
  const list = await bff.autoReceptionists.list({});
  arId = list.items.find((a) => a.name.startsWith('Main Line'))?.id ?? list.items[0]!.id;
});
afterAll(() => bff.close());

/** Admin-made fixtures some samples need (made once, on first use). */
const once = <T>(make: () => Promise<T>) => {
  let p: Promise<T> | undefined;
  return () => (p ??= make());
};
const businessMenu = once(async () => {
  const res = await bff.inject({ url: `/api/auto-receptionists/${arId}/ivr`, headers: as.admin.headers });
  return res.json() as { menu: unknown; version: string };
});
const callQueueId = once(async () => (await bff.directory.list({ type: 'callQueue' }))[0]!.id);
const audioPromptId = once(async () => (await bff.directory.list({ type: 'audioPrompt' }))[0]!.id);
const otherArId = once(async () => (await bff.autoReceptionists.list({})).items.find((a) => a.id !== arId)!.id);
const copyJobId = once(async () => {
  const { version } = await businessMenu();
  const res = await bff.inject({
    method: 'POST',
    url: '/api/jobs/copy-ivr',
    headers: as.admin.writeHeaders,
    payload: { sourceId: arId, hours: 'business', targets: [await otherArId()], sourceVersion: version, confirmCrossSite: true },
  });
  return (res.json() as { jobId: string }).jobId;
});
/** Call handling: the Sydney call queue APAC Support (its hours and holidays). */
const apacSupport = once(async () => (await bff.directory.list({ type: 'callQueue' })).find((q) => q.name === 'APAC Support')!.extensionId!);
const hoursVersion = async () => ((await bff.inject({ url: `/api/extensions/${await apacSupport()}/hours`, headers: as.admin.headers })).json() as { version: string }).version;
let holidayDay = 0;
/** A fresh, future holiday on APAC Support for each call (a new date each time, so none overlaps another). */
const freshHoliday = () => {
  const day = String(1 + (holidayDay++ % 28)).padStart(2, '0');
  return { name: `Access check ${holidayDay}`, start: `2027-09-${day}T00:00`, end: `2027-09-${day}T23:59` };
};
let people = 0;
const freshEmail = () => `access-${process.pid}-${++people}@example.test`;
/** A person made for one sample request (an admin's invitation with a first password). */
const freshPerson = async () => {
  const email = freshEmail();
  const res = await bff.inject({
    method: 'POST',
    url: '/api/users',
    headers: as.admin.writeHeaders,
    payload: { email, name: 'Access check', role: 'support', password: 'access check password' },
  });
  return (res.json() as { person: { id: string } }).person.id;
};
/** A session of its own for one sample request. */
const freshSession = async () => {
  const email = freshEmail();
  await bff.inject({ method: 'POST', url: '/api/users', headers: as.admin.writeHeaders, payload: { email, name: 'Session', role: 'support', password: 'access check password' } });
  await bff.inject({ method: 'POST', url: '/api/session', payload: { email, password: 'access check password' } });
  const list = await bff.inject({ url: '/api/sessions', headers: as.admin.headers });
  return (list.json() as { items: { id: string; person: { email: string } }[] }).items.find((x) => x.person.email === email)!.id;
};
/** A holiday made for one sample request (its id and version). */
const madeHoliday = async () => {
  const ext = await apacSupport();
  const res = await bff.inject({ method: 'POST', url: `/api/extensions/${ext}/holidays`, headers: as.admin.writeHeaders, payload: freshHoliday() });
  const { holidayId } = res.json() as { holidayId: string };
  const list = (await bff.inject({ url: `/api/extensions/${ext}/holidays`, headers: as.admin.headers })).json() as { items: { id: string; version: string }[] };
  return { ext, id: holidayId, version: list.items.find((h) => h.id === holidayId)!.version };
};
/** The history entry of a holiday added for one sample request (managers may revert it). */
const holidayEntryId = async () => {
  const ext = await apacSupport();
  const res = await bff.inject({ method: 'POST', url: `/api/extensions/${ext}/holidays`, headers: as.admin.writeHeaders, payload: freshHoliday() });
  return (res.json() as { auditId: string }).auditId;
};
/** A finished add-holiday job that landed, for one sample request. */
const landedHolidayJobId = async () => {
  const res = await bff.inject({ method: 'POST', url: '/api/jobs/add-holiday', headers: as.admin.writeHeaders, payload: { extensionIds: [await apacSupport()], ...freshHoliday() } });
  const { jobId } = res.json() as { jobId: string };
  for (let i = 0; i < 200; i++) {
    const job = await bff.jobs.get(jobId);
    if (job && job.status !== 'queued' && job.status !== 'running') return jobId;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('the holiday job did not finish');
};
/** A finished add-holiday job with an extension that did not land (Zoom refused its POST): a new one per call. */
const failedHolidayJobId = async () => {
  const ext = await apacSupport();
  await simControl(bff, 'faults', { status: 400, code: 300, message: 'Simulated refusal.', match: { method: 'POST', pathPrefix: `/phone/extension/${ext}` } });
  try {
    const res = await bff.inject({ method: 'POST', url: '/api/jobs/add-holiday', headers: as.admin.writeHeaders, payload: { extensionIds: [ext], ...freshHoliday() } });
    const { jobId } = res.json() as { jobId: string };
    for (let i = 0; i < 200; i++) {
      const job = await bff.jobs.get(jobId);
      if (job && job.status !== 'queued' && job.status !== 'running') return jobId;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('the failing holiday job did not finish');
  } finally {
    await clearFaults(bff);
  }
};

const auditId = once(async () => {
  await copyJobId(); // the copy writes audit entries
  const list = async () =>
    ((await bff.inject({ url: '/api/audit', headers: as.admin.headers })).json() as { items: { id: string }[] }).items;
  for (let i = 0; i < 100; i++) {
    const items = await list();
    if (items[0]) return items[0].id;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('no audit entry appeared');
});

/** Contact Center fixtures: read through the routes as admin. */
const ccGet = async <T>(url: string) => (await bff.inject({ url, headers: as.admin.headers })).json() as T;
const ccBusinessHours = async () => {
  const { items } = await ccGet<{ items: { id: string }[] }>('/api/cc/business-hours');
  const one = await ccGet<{ version: string; businessHours: { schedule: unknown } }>(`/api/cc/business-hours/${items[1]!.id}`);
  return { id: items[1]!.id, version: one.version, schedule: one.businessHours.schedule };
};
const ccClosureSet = async () => {
  const { items } = await ccGet<{ items: { id: string }[] }>('/api/cc/closure-sets');
  const one = await ccGet<{ version: string; closureSet: { closures: unknown[] } }>(`/api/cc/closure-sets/${items[0]!.id}`);
  return { id: items[0]!.id, version: one.version, closures: one.closureSet.closures };
};
const ccQueue = async () => (await ccGet<{ items: { id: string; version: string; businessHoursId: string; closureSetId: string | null }[] }>('/api/cc/queues')).items[0]!;
const ccFlowId = once(async () => (await ccGet<{ items: { id: string }[] }>('/api/cc/flows')).items[0]!.id);
const ccAssetNamed = async (name: string) => {
  const { items } = await ccGet<{ items: { id: string; name: string }[] }>(`/api/cc/assets?q=${encodeURIComponent(name)}`);
  const id = items.find((a) => a.name === name)!.id;
  return { id, ...(await ccGet<{ version: string; asset: { items: { id: string; fileUrl: string | null }[] } }>(`/api/cc/assets/${id}`)) };
};
let ccSeq = 0;
/** A new text asset for one sample (its id and version). */
const ccNewAsset = async () => {
  const res = await bff.inject({
    method: 'POST',
    url: '/api/cc/assets',
    headers: as.admin.writeHeaders,
    payload: { type: 'text', name: `Access check ${++ccSeq}`, items: [{ language: 'en-US', content: 'Hello.' }] },
  });
  const { assetId } = res.json() as { assetId: string };
  return { id: assetId, version: (await ccGet<{ version: string }>(`/api/cc/assets/${assetId}`)).version };
};
const ccNewCategory = async () => {
  const res = await bff.inject({ method: 'POST', url: '/api/cc/asset-categories', headers: as.admin.writeHeaders, payload: { name: `Access category ${++ccSeq}` } });
  const { categoryId } = res.json() as { categoryId: string };
  const { items } = await ccGet<{ items: { id: string; version: string }[] }>('/api/cc/asset-categories');
  return items.find((c) => c.id === categoryId)!;
};
const wavUpload = (fields: Record<string, string>): InjectOptions => {
  const boundary = 'access-boundary';
  const data = Buffer.alloc(1000);
  data.write('RIFF', 0, 'latin1');
  data.write('WAVEfmt ', 8, 'latin1');
  const parts = [
    ...Object.entries(fields).map(([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`),
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.wav"\r\nContent-Type: audio/wav\r\n\r\n`,
  ];
  return {
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload: Buffer.concat([Buffer.from(parts.join('')), data, Buffer.from(`\r\n--${boundary}--\r\n`)]),
  };
};
/** The Zendesk simulator's main menu, as read (written back unchanged: no_change). */
const ZENDESK_MENU = '/api/zendesk/ivrs/10001/menus/20001';
const zendeskMenu = async () => {
  const { menu, version } = (await bff.inject({ url: ZENDESK_MENU, headers: as.admin.headers })).json() as { menu: unknown; version: string };
  return { baseVersion: version, menu };
};

/** A valid request for each role-guarded route; a route without one fails the test below. */
const SAMPLES: Record<string, () => Promise<InjectOptions>> = {
  'GET /api/directory': async () => ({ url: '/api/directory?type=callQueue' }),
  'GET /api/audio-prompts/:id/audio': async () => ({ url: `/api/audio-prompts/${await audioPromptId()}/audio` }),
  'GET /api/call-queues/:id': async () => ({ url: `/api/call-queues/${await callQueueId()}` }),
  'GET /api/auto-receptionists': async () => ({ url: '/api/auto-receptionists' }),
  'GET /api/auto-receptionists/:id': async () => ({ url: `/api/auto-receptionists/${arId}` }),
  'GET /api/auto-receptionists/:id/ivr': async () => ({ url: `/api/auto-receptionists/${arId}/ivr?hours=closed` }),
  'POST /api/auto-receptionists/:id/ivr/plan': async () => {
    const { menu, version } = await businessMenu();
    return { url: `/api/auto-receptionists/${arId}/ivr/plan`, payload: { hours: 'business', baseVersion: version, menu } };
  },
  'PUT /api/auto-receptionists/:id/ivr': async () => {
    const { menu, version } = await businessMenu();
    return { url: `/api/auto-receptionists/${arId}/ivr`, payload: { hours: 'business', baseVersion: version, menu } };
  },
  'POST /api/auto-receptionists/:id/ivr/copy/plan': async () => ({
    url: `/api/auto-receptionists/${arId}/ivr/copy/plan`,
    payload: { hours: 'business', targets: [await otherArId()] },
  }),
  'POST /api/jobs/copy-ivr': async () => ({
    url: '/api/jobs/copy-ivr',
    payload: {
      sourceId: arId,
      hours: 'closed',
      targets: [await otherArId()],
      sourceVersion: (await bff.autoReceptionists.ivr(arId, { hours: 'closed' })).version,
      confirmCrossSite: true,
    },
  }),
  'POST /api/jobs/:id/retry': async () => ({ url: `/api/jobs/${await failedHolidayJobId()}/retry` }),
  'POST /api/jobs/add-holiday': async () => ({ url: '/api/jobs/add-holiday', payload: { extensionIds: [await apacSupport()], ...freshHoliday() } }),
  'GET /api/extensions/:extensionId/hours': async () => ({ url: `/api/extensions/${await apacSupport()}/hours` }),
  'POST /api/extensions/:extensionId/hours/plan': async () => ({ url: `/api/extensions/${await apacSupport()}/hours/plan`, payload: { baseVersion: await hoursVersion() } }),
  'PUT /api/extensions/:extensionId/hours': async () => ({ url: `/api/extensions/${await apacSupport()}/hours`, payload: { baseVersion: await hoursVersion() } }),
  'GET /api/extensions/:extensionId/status': async () => ({ url: `/api/extensions/${await apacSupport()}/status?at=2026-12-25T01:00:00Z` }),
  'GET /api/extensions/:extensionId/holidays': async () => ({ url: `/api/extensions/${await apacSupport()}/holidays` }),
  'POST /api/extensions/:extensionId/holidays/plan': async () => ({ url: `/api/extensions/${await apacSupport()}/holidays/plan`, payload: freshHoliday() }),
  'POST /api/extensions/:extensionId/holidays': async () => ({ url: `/api/extensions/${await apacSupport()}/holidays`, payload: freshHoliday() }),
  'POST /api/extensions/:extensionId/holidays/:holidayId/plan': async () => {
    const h = await madeHoliday();
    return { url: `/api/extensions/${h.ext}/holidays/${h.id}/plan`, payload: { baseVersion: h.version, ...freshHoliday() } };
  },
  'PUT /api/extensions/:extensionId/holidays/:holidayId': async () => {
    const h = await madeHoliday();
    return { url: `/api/extensions/${h.ext}/holidays/${h.id}`, payload: { baseVersion: h.version, ...freshHoliday() } };
  },
  'POST /api/extensions/:extensionId/holidays/:holidayId/delete/plan': async () => {
    const h = await madeHoliday();
    return { url: `/api/extensions/${h.ext}/holidays/${h.id}/delete/plan` };
  },
  'DELETE /api/extensions/:extensionId/holidays/:holidayId': async () => {
    const h = await madeHoliday();
    return { url: `/api/extensions/${h.ext}/holidays/${h.id}?baseVersion=${h.version}` };
  },
  'GET /api/calendar': async () => ({ url: '/api/calendar?from=2026-12-24&to=2026-12-26' }),
  'GET /api/calendar.ics': async () => ({ url: '/api/calendar.ics?from=2026-12-24&to=2026-12-26' }),
  'GET /api/calendar.csv': async () => ({ url: '/api/calendar.csv?from=2026-12-24&to=2026-12-26' }),
  'GET /api/routing/trace': async () => ({ url: '/api/routing/trace?number=8006&at=2026-12-25T10:00:00%2B11:00&keys=1' }),
  'GET /api/routing/problems': async () => ({ url: '/api/routing/problems' }),
  'GET /api/routing/search': async () => ({ url: '/api/routing/search?q=Sydney' }),
  'GET /api/jobs': async () => ({ url: '/api/jobs' }),
  'GET /api/jobs/:id': async () => ({ url: `/api/jobs/${await copyJobId()}` }),
  'GET /api/jobs/:id/events': async () => ({ url: `/api/jobs/${await copyJobId()}/events` }),
  'GET /api/audit': async () => ({ url: '/api/audit' }),
  'GET /api/history': async () => ({ url: '/api/history?outcome=applied' }),
  'GET /api/setup': async () => ({ url: '/api/setup' }),
  'GET /api/audit/:id': async () => ({ url: `/api/audit/${await auditId()}` }),
  // Contact Center
  'GET /api/cc/business-hours': async () => ({ url: '/api/cc/business-hours' }),
  'GET /api/cc/business-hours/:id': async () => ({ url: `/api/cc/business-hours/${(await ccBusinessHours()).id}` }),
  'POST /api/cc/business-hours/:id/plan': async () => {
    const b = await ccBusinessHours();
    return { url: `/api/cc/business-hours/${b.id}/plan`, payload: { baseVersion: b.version, schedule: b.schedule } };
  },
  'PUT /api/cc/business-hours/:id': async () => {
    const b = await ccBusinessHours();
    return { url: `/api/cc/business-hours/${b.id}`, payload: { baseVersion: b.version, schedule: b.schedule } };
  },
  'GET /api/cc/closure-sets': async () => ({ url: '/api/cc/closure-sets' }),
  'GET /api/cc/closure-sets/:id': async () => ({ url: `/api/cc/closure-sets/${(await ccClosureSet()).id}` }),
  'POST /api/cc/closure-sets/:id/plan': async () => {
    const c = await ccClosureSet();
    return { url: `/api/cc/closure-sets/${c.id}/plan`, payload: { baseVersion: c.version, closures: c.closures } };
  },
  'PUT /api/cc/closure-sets/:id': async () => {
    const c = await ccClosureSet();
    return { url: `/api/cc/closure-sets/${c.id}`, payload: { baseVersion: c.version, closures: c.closures } };
  },
  'GET /api/cc/occurrences': async () => ({ url: '/api/cc/occurrences?from=2027-01-01&to=2027-12-31' }),
  'GET /api/cc/queues': async () => ({ url: '/api/cc/queues' }),
  'POST /api/cc/queues/:id/operating-hours/plan': async () => {
    const q = await ccQueue();
    return { url: `/api/cc/queues/${q.id}/operating-hours/plan`, payload: { baseVersion: q.version, businessHoursId: q.businessHoursId, closureSetId: q.closureSetId } };
  },
  'PUT /api/cc/queues/:id/operating-hours': async () => {
    const q = await ccQueue();
    return { url: `/api/cc/queues/${q.id}/operating-hours`, payload: { baseVersion: q.version, businessHoursId: q.businessHoursId, closureSetId: q.closureSetId } };
  },
  'GET /api/cc/flows': async () => ({ url: '/api/cc/flows' }),
  'GET /api/cc/flows/:id': async () => ({ url: `/api/cc/flows/${await ccFlowId()}` }),
  'GET /api/cc/flows/:id/export': async () => ({ url: `/api/cc/flows/${await ccFlowId()}/export` }),
  'GET /api/cc/assets': async () => ({ url: '/api/cc/assets?type=audio' }),
  'GET /api/cc/assets/:id': async () => ({ url: `/api/cc/assets/${(await ccAssetNamed('Closed goodbye')).id}` }),
  'GET /api/cc/assets/:id/items/:itemId/file': async () => ({ url: (await ccAssetNamed('Closed goodbye')).asset.items[0]!.fileUrl! }),
  'POST /api/cc/assets/plan': async () => ({ url: '/api/cc/assets/plan', payload: { type: 'text', name: 'Access plan', items: [{ language: 'en-US', content: 'Hi.' }] } }),
  'POST /api/cc/assets': async () => ({ url: '/api/cc/assets', ...wavUpload({ name: `Access upload ${++ccSeq}`, type: 'audio' }) }),
  'POST /api/cc/assets/:id/plan': async () => {
    const a = await ccNewAsset();
    return { url: `/api/cc/assets/${a.id}/plan`, payload: { baseVersion: a.version, description: 'Checked.' } };
  },
  'PATCH /api/cc/assets/:id': async () => {
    const a = await ccNewAsset();
    return { url: `/api/cc/assets/${a.id}`, payload: { baseVersion: a.version, description: 'Checked.' } };
  },
  'POST /api/cc/assets/:id/items/plan': async () => {
    const a = await ccAssetNamed('Closed goodbye');
    return { url: `/api/cc/assets/${a.id}/items/plan`, ...wavUpload({ baseVersion: a.version, language: 'en-GB' }) };
  },
  'POST /api/cc/assets/:id/items': async () => {
    const a = await ccAssetNamed('Transfer tone');
    return { url: `/api/cc/assets/${a.id}/items`, ...wavUpload({ baseVersion: a.version, language: 'en-US' }) };
  },
  'POST /api/cc/assets/:id/duplicate/plan': async () => ({ url: `/api/cc/assets/${(await ccNewAsset()).id}/duplicate/plan`, payload: { name: `Access copy ${++ccSeq}` } }),
  'POST /api/cc/assets/:id/duplicate': async () => ({ url: `/api/cc/assets/${(await ccNewAsset()).id}/duplicate`, payload: { name: `Access copy ${++ccSeq}` } }),
  'POST /api/cc/assets/:id/delete/plan': async () => {
    const a = await ccNewAsset();
    return { url: `/api/cc/assets/${a.id}/delete/plan?baseVersion=${a.version}` };
  },
  'DELETE /api/cc/assets/:id': async () => {
    const a = await ccNewAsset();
    return { url: `/api/cc/assets/${a.id}?baseVersion=${a.version}` };
  },
  'GET /api/cc/asset-categories': async () => ({ url: '/api/cc/asset-categories' }),
  'POST /api/cc/asset-categories/plan': async () => ({ url: '/api/cc/asset-categories/plan', payload: { name: 'Access plan category' } }),
  'POST /api/cc/asset-categories': async () => ({ url: '/api/cc/asset-categories', payload: { name: `Access category ${++ccSeq}` } }),
  'POST /api/cc/asset-categories/:id/plan': async () => {
    const c = await ccNewCategory();
    return { url: `/api/cc/asset-categories/${c.id}/plan`, payload: { baseVersion: c.version, name: `Renamed ${++ccSeq}` } };
  },
  'PATCH /api/cc/asset-categories/:id': async () => {
    const c = await ccNewCategory();
    return { url: `/api/cc/asset-categories/${c.id}`, payload: { baseVersion: c.version, name: `Renamed ${++ccSeq}` } };
  },
  'POST /api/cc/asset-categories/:id/delete/plan': async () => {
    const c = await ccNewCategory();
    return { url: `/api/cc/asset-categories/${c.id}/delete/plan?baseVersion=${c.version}` };
  },
  'DELETE /api/cc/asset-categories/:id': async () => {
    const c = await ccNewCategory();
    return { url: `/api/cc/asset-categories/${c.id}?baseVersion=${c.version}` };
  },
  'GET /api/history/:id': async () => ({ url: `/api/history/${await auditId()}` }),
  'POST /api/history/:id/revert/plan': async () => ({ url: `/api/history/${await holidayEntryId()}/revert/plan` }),
  'POST /api/history/:id/revert': async () => ({ url: `/api/history/${await holidayEntryId()}/revert` }),
  'POST /api/jobs/:id/revert/plan': async () => ({ url: `/api/jobs/${await landedHolidayJobId()}/revert/plan` }),
  'POST /api/jobs/:id/revert': async () => ({ url: `/api/jobs/${await landedHolidayJobId()}/revert` }),
  'GET /api/users': async () => ({ url: '/api/users' }),
  'POST /api/users': async () => ({ url: '/api/users', payload: { email: freshEmail(), name: 'Access check', role: 'support' } }),
  'PATCH /api/users/:id': async () => ({ url: `/api/users/${await freshPerson()}`, payload: { role: 'manager' } }),
  'POST /api/users/:id/reset-password': async () => ({ url: `/api/users/${await freshPerson()}/reset-password` }),
  'GET /api/sessions': async () => ({ url: '/api/sessions' }),
  'DELETE /api/sessions/:id': async () => ({ url: `/api/sessions/${await freshSession()}` }),
  'GET /api/zendesk/ivrs': async () => ({ url: '/api/zendesk/ivrs' }),
  'GET /api/zendesk/choices': async () => ({ url: '/api/zendesk/choices' }),
  'GET /api/zendesk/ivrs/:ivrId': async () => ({ url: '/api/zendesk/ivrs/10001' }),
  'GET /api/zendesk/ivrs/:ivrId/menus/:menuId': async () => ({ url: ZENDESK_MENU }),
  'POST /api/zendesk/ivrs/:ivrId/menus/:menuId/plan': async () => ({ url: `${ZENDESK_MENU}/plan`, payload: await zendeskMenu() }),
  'PUT /api/zendesk/ivrs/:ivrId/menus/:menuId': async () => ({ url: ZENDESK_MENU, payload: await zendeskMenu() }),
};

const UNGUARDED = [
  'GET /api/health',
  'POST /api/session',
  'GET /api/session',
  'DELETE /api/session',
  'GET /api/openapi.json',
  // a one-time link's token is its own proof (an invited person has no session yet)
  'GET /api/links/:token',
  'POST /api/links/:token',
];

const key = (r: { method: string; url: string }) => `${r.method} ${r.url}`;

describe('route × role', () => {
  test('only health, session, openapi and one-time links are reachable without a role rule', () => {
    const unguarded = bff.apiRoutes.filter((r) => !('roles' in r.access)).map(key).sort();
    expect(unguarded).toEqual([...UNGUARDED].sort());
  });

  test('every role-guarded route has a sample request here', () => {
    const guarded = bff.apiRoutes.filter((r) => 'roles' in r.access).map(key);
    expect(guarded.length).toBeGreaterThan(0);
    expect(guarded.filter((k) => !SAMPLES[k]), 'add a sample request for these routes').toEqual([]);
  });

  test('401 without a session, 403 for roles not allowed, 2xx for roles allowed', async () => {
    let checked = 0;
    for (const route of bff.apiRoutes) {
      if (!('roles' in route.access)) continue;
      // The guard answers before validation, so 401 / 403 need no valid input;
      // 2xx needs the route's sample (the test above requires one).
      // A sample is made afresh for each role that may call the route (a holiday added or deleted once cannot be again).
      const placeholder: InjectOptions = { url: route.url.replace(/:(\w+)/g, 'x$1') };
      const write = route.method !== 'GET';
      const anon = await bff.inject({ ...placeholder, method: route.method as 'GET' });
      expect(anon.statusCode, `${key(route)} without a session`).toBe(401);
      expect(anon.json().error.code).toBe('unauthenticated');
      expect(anon.headers['cache-control']).toBe('no-store');
      for (const role of ROLES) {
        const allowed = route.access.roles.includes(role);
        const sample = allowed ? await SAMPLES[key(route)]?.() : undefined;
        if (allowed && !sample) continue;
        const res = await bff.inject({
          ...(sample ?? placeholder),
          method: route.method as 'GET',
          headers: { ...(write ? as[role].writeHeaders : as[role].headers), ...(sample?.headers as Record<string, string> | undefined) },
        });
        if (allowed) expect(res.statusCode, `${key(route)} as ${role}: ${res.body}`).toBeLessThan(300);
        else expect(res.statusCode, `${key(route)} as ${role}`).toBe(403);
        // Signed-in answers are never cached, except the file proxies' own private caching (plugins/app/no-store.ts).
        const files = ['GET /api/audio-prompts/:id/audio', 'GET /api/cc/assets/:id/items/:itemId/file'];
        const cache = allowed && files.includes(key(route)) ? 'private, max-age=300' : /^no-store\b/;
        expect(res.headers['cache-control'], `${key(route)} as ${role}`).toMatch(cache);
        expect(res.statusCode).toBeGreaterThanOrEqual(200);
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(Object.keys(SAMPLES).length * ROLES.length);
  }, 120_000);
});

describe('the guard itself', () => {
  test('a route whose rule excludes a role answers 403 with a sentence; writes also need CSRF', async () => {
    const f = Fastify({ logger: false });
    await f.register(fp(app), {
      config: { ...loadConfig({ WEB_DIST: NO_WEB_DIST }) },
      database: await testDatabase(),
    });
    f.post('/api/probe-admin-only', { config: { access: POLICIES.editRouting } }, async () => ({ ok: true }));
    await f.ready();
    try {
      const support = await signIn(f, 'support');
      const admin = await signIn(f, 'admin');
      const denied = await f.inject({ method: 'POST', url: '/api/probe-admin-only', headers: support.writeHeaders });
      expect(denied.statusCode).toBe(403);
      expect(denied.json().error).toEqual({ code: 'forbidden', message: 'Your role does not allow this. Ask an administrator if you need it.' });
      const noCsrf = await f.inject({ method: 'POST', url: '/api/probe-admin-only', headers: admin.headers });
      expect(noCsrf.statusCode).toBe(403);
      expect(noCsrf.json().error.code).toBe('csrf');
      const ok = await f.inject({ method: 'POST', url: '/api/probe-admin-only', headers: admin.writeHeaders });
      expect(ok.statusCode).toBe(200);
    } finally {
      await f.close();
    }
  });

  test('an /api route without an access rule stops the app from starting', async () => {
    const f = Fastify({ logger: false });
    await f.register(fp(app), { config: loadConfig({ WEB_DIST: NO_WEB_DIST }), database: await testDatabase() });
    expect(() => f.get('/api/forgotten', async () => ({}))).toThrow(/declares no access rule/);
    await f.close();
  });
});
