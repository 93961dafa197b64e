// The client's rate limiter on its own against the simulator on the Pro plan:
// 200 concurrent Light calls (IVR menu reads) — how close to Zoom's Light
// limit they finish, and how many 429s Zoom answered on the way (retried,
// never reaching the caller). The correctness half (no 429 reaches the caller)
// is a test: apps/bff/src/zoom/rate-limiter.pro.test.ts.
import { RATE_LIMITS } from '@switchboard/zoom-schema/rate-limits';
import { zoomAutoReceptionistListSchema } from '@switchboard/zoom-schema/phone-auto-receptionists';
import { zoomIvrReadSchema } from '@switchboard/zoom-schema/phone-ivr';
import { simClient, simControl, simRequests, startTestSim } from '@switchboard/bff/zoom/testing';
import { machine } from './stats';

const CALLS = 200;
const RUNS = 3;

export async function run(): Promise<string> {
  const sim = await startTestSim({ plan: 'pro' });
  try {
    const client = simClient(sim);
    const { data } = await client.get('/phone/auto_receptionists', { label: 'medium', schema: zoomAutoReceptionistListSchema });
    const arId = data.auto_receptionists[0]!.id;
    const limit = RATE_LIMITS.pro.light;
    const rates: number[] = [];
    const zoom429s: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      await simControl(sim, 'requests', undefined, 'DELETE');
      await new Promise((r) => setTimeout(r, 1100)); // a fresh rate window for the Light label
      const started = performance.now();
      const results = await Promise.allSettled(
        Array.from({ length: CALLS }, () =>
          client.get(`/phone/auto_receptionists/${arId}/ivr`, { label: 'light', schema: zoomIvrReadSchema, query: { hours_type: 'business_hours' } }),
        ),
      );
      const seconds = (performance.now() - started) / 1000;
      const failed = results.filter((r) => r.status === 'rejected').length;
      if (failed) throw new Error(`${failed} of ${CALLS} calls failed`);
      rates.push(CALLS / seconds);
      zoom429s.push((await simRequests(sim)).filter((r) => r.path.endsWith('/ivr') && r.status === 429).length);
    }
    const sorted = [...rates].sort((a, b) => a - b);
    const r = { p50: sorted[Math.floor(sorted.length / 2)]!, min: sorted[0]!, max: sorted[sorted.length - 1]! };
    const n = (x: number) => x.toFixed(2);
    return [
      `${CALLS} concurrent Light calls, ${RUNS} runs, Pro plan (Zoom's Light limit ${limit}/s). ${machine()}`,
      '',
      '| | median | min | max |',
      '|---|---|---|---|',
      `| calls per second | ${n(r.p50)} | ${n(r.min)} | ${n(r.max)} |`,
      `| share of the limit | ${n((r.p50 / limit) * 100)} % | ${n((r.min / limit) * 100)} % | ${n((r.max / limit) * 100)} % |`,
      `| 429s answered by Zoom (retried, none reached the caller) | ${zoom429s.join(', ')} | | |`,
    ].join('\n');
  } finally {
    await sim.close();
  }
}
