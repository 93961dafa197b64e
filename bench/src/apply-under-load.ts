// Writes are never queued behind a crowd of reads (apps/bff/src/zoom/priority.ts):
// one IVR apply's latency alone, and again while 100 list and menu reads are
// in flight against the same Pro-plan budget (50 auto-receptionist lists —
// two Medium calls each — and 50 IVR menu reads, Light like the apply's own
// calls), with the directory cache emptied so the apply's lookups queue too.
import { fmt, machine, summarize } from './stats';
import { startBff, type BenchBff } from './ivr-support';

interface Menu {
  keys: Record<string, { action: number; target: unknown; voicemailGreetingId?: string | null }>;
}

const RUNS = 5;
const CROWD = 100;

async function applyOnce(bff: BenchBff, arId: string): Promise<number> {
  const read = await bff.api<{ menu: Menu; version: string }>('GET', `/api/auto-receptionists/${arId}/ivr?hours=business`);
  const menu = structuredClone(read.body.menu);
  menu.keys['7'] = menu.keys['7']!.action === 100 ? { action: -1, target: null, voicemailGreetingId: null } : { action: 100, target: null, voicemailGreetingId: null };
  bff.app.directory.clear(); // the apply's own directory lookups go to Zoom, into the same queues
  const started = performance.now();
  const res = await bff.api<{ outcome: string }>('PUT', `/api/auto-receptionists/${arId}/ivr`, { hours: 'business', baseVersion: read.body.version, menu });
  const ms = performance.now() - started;
  if (res.body.outcome !== 'applied') throw new Error(`apply: ${res.status} ${JSON.stringify(res.body)}`);
  return ms;
}

function crowd(bff: BenchBff, arIds: string[]): Promise<number> {
  const started = performance.now();
  const reads = Array.from({ length: CROWD }, (_, i) =>
    i % 2 === 0 ? bff.api('GET', '/api/auto-receptionists') : bff.api('GET', `/api/auto-receptionists/${arIds[i % arIds.length]}/ivr?hours=closed`),
  );
  return Promise.all(reads).then(() => performance.now() - started);
}

export async function run(): Promise<string> {
  const bff = await startBff();
  try {
    const ars = (await bff.api<{ items: { id: string; name: string }[] }>('GET', '/api/auto-receptionists')).body.items;
    const arId = ars.find((a) => a.name.includes('San Francisco'))!.id;
    await applyOnce(bff, arId); // warm-up
    await new Promise((r) => setTimeout(r, 1100));

    const alone: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      alone.push(await applyOnce(bff, arId));
      await new Promise((r) => setTimeout(r, 1100)); // a fresh second of budget each time
    }
    const loaded: number[] = [];
    const crowds: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const reads = crowd(bff, ars.map((a) => a.id));
      await new Promise((r) => setTimeout(r, 50)); // the reads are queued first
      loaded.push(await applyOnce(bff, arId));
      crowds.push(await reads);
      await new Promise((r) => setTimeout(r, 1100));
    }
    const a = summarize(alone);
    const l = summarize(loaded);
    const c = summarize(crowds);
    const ratio = l.p50 / a.p50;
    return [
      `Machine: ${machine()}. Pro plan (Light 20/s, Medium 10/s), simulator in-process, ${RUNS} applies each (one PATCH of key 7, GET before and after, directory cache emptied first).`,
      '',
      '| | p50 | max |',
      '|---|---|---|',
      `| apply alone | ${fmt(a.p50)} | ${fmt(a.max)} |`,
      `| apply behind ${CROWD} concurrent reads | ${fmt(l.p50)} | ${fmt(l.max)} |`,
      `| the ${CROWD} reads themselves (to finish) | ${fmt(c.p50)} | ${fmt(c.max)} |`,
      '',
      `Ratio (p50 behind reads / alone): **${ratio.toFixed(2)}×** (target: under 2×). The apply's calls wait in the limiter's write queue, served before the reads, and while someone is writing the reads leave a fifth of each window free (jobs one slot), so the apply does not wait for the next window either (apps/bff/src/zoom/priority.ts, rate-limiter.ts).`,
    ].join('\n');
  } finally {
    await bff.close();
  }
}
