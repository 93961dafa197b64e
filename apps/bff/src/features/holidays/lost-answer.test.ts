// A POST is never blindly sent again: when the answer to "add this holiday" is
// lost (the connection drops after Zoom acted, or before it did), or Zoom
// answers 500, the client does not retry it; the pipeline reads Zoom back and
// the outcome says what really happened. Exactly one holiday (or none) in Zoom.
// The holiday service runs here with a client whose fetch loses answers, on
// the same in-process simulator, directory and history as the app.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { DEMO_CREDENTIALS } from '@switchboard/zoom-sim/demo-credentials';
import { createTestApp } from '../../testing/harness';
import { ZoomClient } from '../../zoom/client';
import { RollingWindowLimiter } from '../../zoom/rate-limiter';
import { OAuthTokenCache } from '../../zoom/token-cache';
import { extensionNamed, zoomHolidays } from '../call-handling/test-support';
import type { Extension } from '../extensions/service';
import { clearSimLog, simControl, simLog } from '../ivr-write/test-support';
import { HolidayService } from './service';

let bff: FastifyInstance;
let ext: Extension;
const actor = { id: 'test', email: 'admin@example.com' };
const HOLIDAY = { name: 'Lost answer day', start: '2027-03-10T00:00', end: '2027-03-10T23:59' };

/** Sends holiday POSTs for real (or not at all), then throws as a dropped connection does. */
function lossy(mode: 'after-landing' | 'before-landing'): typeof fetch {
  return async (input, init) => {
    const isPost = init?.method === 'POST' && String(input).endsWith('/holiday_hours');
    if (isPost && mode === 'before-landing') throw new TypeError('fetch failed: connect ECONNRESET');
    const res = await fetch(input, init);
    if (isPost) {
      await res.body?.cancel();
      throw new TypeError('fetch failed: socket hang up');
    }
    return res;
  };
}

function service(fetchFn: typeof fetch): HolidayService {
  const zoom = new ZoomClient({
    apiBaseUrl: bff.zoomConnection.apiBaseUrl,
    tokens: new OAuthTokenCache({ oauthBaseUrl: bff.zoomConnection.simulatorUrl!, credentials: { ...DEMO_CREDENTIALS } }),
    limiter: RollingWindowLimiter.forPlan('pro'),
    retry: { maxRetries: 3, baseDelayMs: 10, maxDelayMs: 50 },
    fetch: fetchFn,
  });
  return new HolidayService({ zoom, extensions: bff.extensions, directory: bff.directory, audit: bff.audit, setup: bff.setup });
}

beforeAll(async () => {
  bff = await createTestApp();
  ext = await bff.extensions.get((await extensionNamed(bff, 'callQueue', (i) => i.name === 'APAC Support')).extensionId);
});
afterAll(() => bff.close());
beforeEach(async () => {
  await simControl(bff, 'reset');
  await clearSimLog(bff);
});

const named = async () => (await zoomHolidays(bff, ext.id)).filter((h) => h.name === HOLIDAY.name);
const posts = async () => (await simLog(bff)).filter((r) => r.method === 'POST');

describe('the answer to a holiday POST is lost', () => {
  test('after Zoom created it: sent once, found on read-back, its routing written with the found id — applied, one holiday', async () => {
    const r = await service(lossy('after-landing')).run(ext, { kind: 'add', holiday: HOLIDAY }, actor, null);
    const [held] = await named();
    expect(await named()).toHaveLength(1);
    expect(await posts()).toHaveLength(1);
    expect(r.outcome).toBe('applied');
    expect(r.holidayId).toBe(held!.id);
    expect(r.ops[0]).toMatchObject({ status: 'applied', answer: { holiday_id: held!.id } });
    expect(r.ops[0]!.settled).toMatch(/^Zoom's answer was lost \(No answer came from Zoom.*reading Zoom back showed it had landed, so it was not sent again\.$/);
    expect(r.ops[1]).toMatchObject({ status: 'applied', request: { body: { settings: { holiday_id: held!.id } } } });
    expect(r.message).toMatch(/^All 2 changes landed: Zoom read them back as set\. Zoom's answer to 1 request was lost; reading Zoom back showed it had landed/);
    // read, POST, the read that settled it, the routing PATCH, the read-back
    expect(r.providerCalls).toBe(5);
    const entry = await bff.audit.get(r.auditId!);
    expect(entry).toMatchObject({ kind: 'holiday', outcome: 'applied', holiday: { id: held!.id } });
  });

  test('before it reached Zoom: sent once, not found on read-back — nothing created, the outcome says so', async () => {
    const r = await service(lossy('before-landing')).run(ext, { kind: 'add', holiday: HOLIDAY }, actor, null);
    expect(await named()).toHaveLength(0);
    expect(r.outcome).toBe('partial');
    expect(r.ops.map((o) => o.status)).toEqual(['failed', 'skipped']);
    expect(r.message).toMatch(
      /^None of the 2 requests landed: this one did not reach Zoom — Add holiday “Lost answer day” .*\(no answer came; reading Zoom back showed it had not landed\), so the remaining 1 request was not sent\. Nothing was changed: try again\.$/,
    );
  });

  test('Zoom answers 500 to the POST: not retried, read back, reported as not landed', async () => {
    await simControl(bff, 'faults', { status: 500, match: { method: 'POST', pathPrefix: '/phone/extension' } });
    const r = await service(fetch).run(ext, { kind: 'add', holiday: HOLIDAY }, actor, null);
    expect(await posts()).toHaveLength(1);
    expect(await named()).toHaveLength(0);
    expect(r.outcome).toBe('partial');
    expect(r.ops[0]).toMatchObject({ status: 'failed', httpStatus: 500 });
  });
});
