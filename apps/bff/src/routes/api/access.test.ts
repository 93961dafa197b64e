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
          headers: write ? as[role].writeHeaders : as[role].headers,
        });
        if (allowed) expect(res.statusCode, `${key(route)} as ${role}: ${res.body}`).toBeLessThan(300);
        else expect(res.statusCode, `${key(route)} as ${role}`).toBe(403);
        // Signed-in answers are never cached, except the audio proxy's own private caching (plugins/app/no-store.ts).
        const cache = allowed && key(route) === 'GET /api/audio-prompts/:id/audio' ? 'private, max-age=300' : /^no-store\b/;
        expect(res.headers['cache-control'], `${key(route)} as ${role}`).toMatch(cache);
        expect(res.statusCode).toBeGreaterThanOrEqual(200);
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(Object.keys(SAMPLES).length * ROLES.length);
  });
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
