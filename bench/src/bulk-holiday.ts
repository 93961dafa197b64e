// Issue 9 benchmark: add one holiday to 30 extensions on the Pro plan as a
// background job (POST /api/jobs/add-holiday), followed over server-sent
// events, and compare the elapsed time with the rate-limit floor: the least
// time Zoom's documented per-label limits allow for the calls the job made
// (each label has its own budget per second, so the floor is the largest of
// calls ÷ limit over the labels used). 429s are counted in the simulator's
// log: every one of them was seen by the BFF's client.
import type { DirectoryList } from '@switchboard/contract/directory';
import type { AddHolidayJob } from '@switchboard/contract/jobs';
import { ZOOM_OPERATIONS, type ZoomOperation } from '@switchboard/zoom-schema/operations';
import { RATE_LIMITS, type RateLimitLabel } from '@switchboard/zoom-schema/rate-limits';
import { followJob } from './job-events';
import { clearSimLog, simLog, startBff, type SimLogEntry } from './ivr-support';
import { machine } from './stats';

const EXTENSIONS = 30;
const HOLIDAY = { name: 'Company day', start: '2027-03-10T00:00', end: '2027-03-10T23:59' };
const LIMITS = RATE_LIMITS.pro;

/** The documented label of a logged request, from the client's operation table. */
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
    // The picker's lists (as a manager choosing extensions would have loaded them).
    const lists = await Promise.all(
      (['autoReceptionist', 'callQueue', 'sharedLineGroup', 'user'] as const).map(async (type) => (await bff.api<DirectoryList>('GET', `/api/directory?type=${type}`)).body.items),
    );
    const chosen = lists.flat().filter((i) => i.extensionId).slice(0, EXTENSIONS);
    const byType = new Map<string, number>();
    for (const i of chosen) byType.set(i.type, (byType.get(i.type) ?? 0) + 1);
    const kinds = [...byType].map(([t, n]) => `${n} ${t}`).join(', ');
    await new Promise((r) => setTimeout(r, 1100)); // start in a fresh rate-limit second
    await clearSimLog(bff.sim);
    const t0 = performance.now();
    const started = await bff.api<{ jobId: string }>('POST', '/api/jobs/add-holiday', { extensionIds: chosen.map((i) => i.extensionId), ...HOLIDAY });
    if (started.status !== 202) throw new Error(`job not started: ${JSON.stringify(started.body)}`);
    const events = await followJob(bff, started.body.jobId);
    const elapsedMs = performance.now() - t0;
    const log = await simLog(bff.sim);
    const job = (await bff.api<AddHolidayJob>('GET', `/api/jobs/${started.body.jobId}`)).body;

    const byLabel = new Map<string, number>();
    for (const r of log) byLabel.set(labelOf(r), (byLabel.get(labelOf(r)) ?? 0) + 1);
    const floors = [...byLabel].filter(([l]) => l !== 'unknown').map(([l, n]) => ({ label: l, n, ms: (n / LIMITS[l as RateLimitLabel]) * 1000 }));
    const floor = floors.reduce((a, b) => (b.ms > a.ms ? b : a));
    const over = ((elapsedMs - floor.ms) / floor.ms) * 100;
    const tooMany = log.filter((r) => r.status === 429).length;
    const counts = Object.entries(job.summary?.counts ?? {}).map(([o, n]) => `${n} ${o}`).join(', ');
    const verb = (m: string, end: string) => log.filter((r) => r.method === m && r.path.includes(end)).length;
    const lines = [
      `Add one holiday ("${HOLIDAY.name}", ${HOLIDAY.start.slice(0, 10)} 00:00–23:59 on each extension's own clock) to ${chosen.length} extensions`,
      `(${kinds}) on the Pro plan, as a background job followed over server-sent events.`,
      `Machine: ${machine()}. Run ${new Date().toISOString()}.`,
      '',
      '| figure | value |',
      '|---|---|',
      `| extensions | ${chosen.length} (${counts}) |`,
      `| Zoom calls during the job | ${log.length}: ${[...byLabel].map(([l, n]) => `${n} ${l}`).join(', ')} — call handling GET ${verb('GET', '/call_handling/')}, holiday POST ${verb('POST', '/holiday_hours')}, routing PATCH ${verb('PATCH', '/holiday_hours')}; zones: ${verb('GET', '/phone/call_queues/') + verb('GET', '/phone/shared_line_groups/')} call queue / shared line group reads, ${verb('GET', '/phone/auto_receptionists') + verb('GET', '/phone/sites')} lists |`,
      `| rate-limit floor (${floors.map((f) => `${f.n} ${f.label} ÷ ${LIMITS[f.label as RateLimitLabel]}/s = ${(f.ms / 1000).toFixed(2)} s`).join('; ')}) | ${(floor.ms / 1000).toFixed(2)} s |`,
      `| elapsed (POST /api/jobs/add-holiday → \`done\` event) | ${(elapsedMs / 1000).toFixed(2)} s |`,
      `| over the floor | **${over.toFixed(1)} %** (target ≤ 15 %) |`,
      `| 429 answers seen by the client | **${tooMany}** |`,
      `| job status | ${job.status}: ${job.summary?.message ?? ''} |`,
      `| SSE events received | ${events.length} (${events.filter((e) => e.event === 'target').length} target, ${events.filter((e) => e.event === 'progress').length} progress) |`,
      '',
      'Per extension: one GET of its call handling (the holidays it has, checked for overlap), the POST of the',
      "holiday, the PATCH of its routing (the closed hours', with the id Zoom answered) and one GET to read back",
      "and verify — 4 Light calls; a call queue's or shared line group's zone is read once (Light, cached), auto",
      "receptionists' and users' come from one list of auto receptionists and one of sites (Medium). The job writes",
      "4 extensions at a time on Pro and the client's Light limiter (at most 20 calls in any rolling 1.05 s) sets",
      'the pace: the job runs at the limit without a 429. The floor counts every call at 20/s; a job that starts',
      'with a full second of budget can finish a little under it, so a few percent either side is noise.',
    ];
    return lines.join('\n');
  } finally {
    await bff.close();
  }
}
