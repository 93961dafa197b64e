// Issue 11 benchmark: the routing explorer on the simulator's large account
// (300 auto receptionists, 100 call queues, 2,000 users, holidays on every
// site) on the Pro plan. Cold: one snapshot built from Zoom (GET
// /api/routing/trace?refresh=true), compared with the rate-limit floor — the
// least time Zoom's per-label limits allow for the calls it made (each label
// has its own budget per second, so the floor is the largest of calls ÷ limit
// over the labels). Warm: 200 traces of the account's numbers at varied
// instants and key presses answered from the cached snapshot, timed at the
// BFF (HTTP round trip on loopback), p95 against 50 ms.
import { ZOOM_OPERATIONS, type ZoomOperation } from '@switchboard/zoom-schema/operations';
import { RATE_LIMITS, type RateLimitLabel } from '@switchboard/zoom-schema/rate-limits';
import type { ProblemsResponse, TraceResponse } from '@switchboard/contract/routing';
import { clearSimLog, simLog, startBff, type SimLogEntry } from './ivr-support';
import { loadavg } from 'node:os';
import { traceWithOutcome } from '@switchboard/routing-core/routing/trace';
import { fmt, machine, percentile } from './stats';

const LIMITS = RATE_LIMITS.pro;
const TRACES = 200;

function labelOf(r: SimLogEntry): RateLimitLabel | 'unknown' {
  const path = r.path.replace(/^\/v2/, '').split('?')[0]!;
  const op = Object.values(ZOOM_OPERATIONS as Record<string, ZoomOperation>).find(
    (o) => o.method === r.method && new RegExp(`^${o.path.replace(/\{\w+\}/g, '[^/]+')}$`).test(path),
  );
  return op?.label ?? 'unknown';
}

export async function run(): Promise<string> {
  const bff = await startBff();
  try {
    const res = await fetch(`${bff.sim}/__sim/scenario`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 'large' }) });
    if (res.status !== 204) throw new Error(`scenario: ${res.status}`);
    await new Promise((r) => setTimeout(r, 1100)); // start in a fresh rate-limit second
    await clearSimLog(bff.sim);

    const t0 = performance.now();
    const cold = await bff.api<TraceResponse>('GET', '/api/routing/trace?refresh=true&number=30000&at=2026-12-25T10:00:00%2B11:00&keys=1');
    const coldMs = performance.now() - t0;
    if (cold.status !== 200) throw new Error(`cold trace: ${JSON.stringify(cold.body)}`);
    const log = await simLog(bff.sim);
    const byLabel = new Map<string, number>();
    for (const r of log) byLabel.set(labelOf(r), (byLabel.get(labelOf(r)) ?? 0) + 1);
    if (byLabel.has('unknown')) throw new Error('a request outside the operation table');
    const floors = [...byLabel].map(([l, n]) => ({ label: l as RateLimitLabel, n, ms: (n / LIMITS[l as RateLimitLabel]) * 1000 }));
    const floor = floors.reduce((a, b) => (b.ms > a.ms ? b : a));
    const over = ((coldMs - floor.ms) / floor.ms) * 100;
    const tooMany = log.filter((r) => r.status === 429).length;
    const count = (re: RegExp) => log.filter((r) => re.test(r.path)).length;

    const p0 = performance.now();
    const problems = await bff.api<ProblemsResponse>('GET', '/api/routing/problems');
    const problemsMs = performance.now() - p0;

    // warm: numbers and extension numbers of the account, instants across a year (holidays, nights, weekends), keys
    const snapshot = await bff.app.routingExplorer.snapshot();
    const numbers = [...snapshot.phoneNumbers.map((n) => n.number), ...snapshot.autoReceptionists.map((a) => a.extensionNumber!)];
    const instants = ['2026-12-25T10:00:00+11:00', '2026-12-02T10:00:00-08:00', '2027-01-01T03:00:00Z', '2026-12-06T12:00:00+00:00', '2027-04-05T15:30:00+10:00'];
    const keys = ['', '1', '2', '1,1', '4', '0', '3,2'];
    await clearSimLog(bff.sim);
    const samples: number[] = [];
    const outcomes = new Map<string, number>();
    for (let i = 0; i < TRACES; i++) {
      const url = `/api/routing/trace?number=${encodeURIComponent(numbers[(i * 7) % numbers.length]!)}&at=${encodeURIComponent(instants[i % instants.length]!)}&keys=${keys[i % keys.length]}`;
      const s = performance.now();
      const r = await bff.api<TraceResponse>('GET', url);
      samples.push(performance.now() - s);
      if (r.status !== 200) throw new Error(`warm trace ${url}: ${JSON.stringify(r.body)}`);
      outcomes.set(r.body.outcome, (outcomes.get(r.body.outcome) ?? 0) + 1);
    }
    const warmCalls = (await simLog(bff.sim)).length;
    // the same traces in routing-core alone (no HTTP, session or serialisation): what the BFF adds is the rest
    const pure: number[] = [];
    for (let i = 0; i < TRACES; i++) {
      const s = performance.now();
      traceWithOutcome(snapshot, numbers[(i * 7) % numbers.length]!, instants[i % instants.length]!, keys[i % keys.length]!.split(',').filter(Boolean));
      pure.push(performance.now() - s);
    }
    const pureSorted = [...pure].sort((a, b) => a - b);
    const load = loadavg()[0]!.toFixed(1);
    const sorted = [...samples].sort((a, b) => a - b);
    const p95 = percentile(sorted, 95);

    return [
      `The routing explorer on the simulator's large account (${snapshot.autoReceptionists.length} auto receptionists, ${snapshot.callQueues.length} call queues,`,
      `${snapshot.users.length} users, ${snapshot.sites.length} sites each with its holidays; the Contact Center's queues, flows and closures) on the Pro plan.`,
      `Machine: ${machine()}. Run ${new Date().toISOString()}.`,
      '',
      '| figure | value |',
      '|---|---|',
      `| Zoom calls for one cold snapshot | ${log.length}: ${floors.map((f) => `${f.n} ${f.label}`).join(', ')} — call handling ${count(/\/call_handling\//)}, IVR menus ${count(/\/ivr$/)}, call queue details ${count(/^\/v2\/phone\/call_queues\/[^/]+$/)}, Contact Center ${count(/contact_center/)}, list pages ${log.length - count(/\/call_handling\//) - count(/\/ivr$/) - count(/^\/v2\/phone\/call_queues\/[^/]+$/) - count(/contact_center/)} |`,
      `| rate-limit floor (${floors.map((f) => `${f.n} ${f.label} ÷ ${LIMITS[f.label]}/s = ${(f.ms / 1000).toFixed(2)} s`).join('; ')}) | ${(floor.ms / 1000).toFixed(2)} s |`,
      `| cold snapshot (GET /api/routing/trace?refresh=true, answered) | ${(coldMs / 1000).toFixed(2)} s |`,
      `| over the floor | **${over.toFixed(1)} %** (target ≤ 15 %) |`,
      `| 429 answers seen by the client | **${tooMany}** |`,
      `| problems report on the cached snapshot | ${problems.body.items.length} problems, ${fmt(problemsMs)} |`,
      `| warm traces | ${TRACES} (${[...outcomes].map(([o, n]) => `${n} ${o}`).join(', ')}), ${warmCalls} Zoom calls |`,
      `| warm trace at the BFF, p50 / p95 / max | ${fmt(percentile(sorted, 50))} / **${fmt(p95)}** / ${fmt(sorted.at(-1)!)} (target p95 < 50 ms) |`,
      `| the same traces in routing-core alone, p50 / p95 / max | ${fmt(percentile(pureSorted, 50))} / ${fmt(percentile(pureSorted, 95))} / ${fmt(pureSorted.at(-1)!)} |`,
      `| machine load (1-minute load average, 2 cores shared) at the end | ${load} |`,
      '',
      'Calls: every list once (Medium: sites, numbers, auto receptionists, call queues, 20 pages of users, shared line',
      "groups, common areas, rooms, external contacts; Contact Center entry points, flows, queues, business hours and",
      "closure sets), then Light: each auto receptionist's and call queue's call handling, each call queue's detail",
      '(members), only the menus that can play (business; closed when it closes and plays its menu; a holiday\'s when',
      "that holiday plays it), each voice flow's export and each voice queue's operating hours. Users' call handling",
      "is not read (2,000 calls; they are judged open). Up to 48 requests wait for budget at once so the client's",
      'per-label limiter (Light and Medium in parallel) is the only pace.',
    ].join('\n');
  } finally {
    await bff.close();
  }
}
