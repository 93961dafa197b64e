// Issue 2 benchmark: the BFF's added latency on the IVR read, against calling
// the simulator directly, in one run. Requests alternate BFF / direct so both
// see the same machine load. Paced below Zoom's Pro "Light" budget (20/s for
// the account, shared by both paths) so neither the simulator's limit nor the
// BFF's own limiter adds waiting time: what remains is the BFF's own cost
// (session check, validation, Zoom client, mapping, serialization).
import { buildApp } from '@switchboard/bff/build-app';
import { DEMO_CREDENTIALS } from '@switchboard/zoom-sim/demo-credentials';
import { DEMO_PASSWORD } from '@switchboard/contract/session';
import { fmt, machine, sleep, summarize } from './stats';

const PAIRS = Number(process.env.BENCH_PAIRS ?? 300);
const PAIRS_PER_SECOND = 9; // 18 Light calls/s in all: under the Pro account budget of 20/s

async function timed(fn: () => Promise<Response>): Promise<number> {
  const t0 = performance.now();
  const res = await fn();
  await res.arrayBuffer();
  if (!res.ok) throw new Error(`HTTP ${res.status} during the benchmark`);
  return performance.now() - t0;
}

export async function run(): Promise<string> {
  const app = await buildApp({
    env: { LOG_LEVEL: 'silent', WEB_DIST: '/nonexistent' },
    config: { db: { kind: 'pglite', dataDir: null } }, // in-memory: the bench leaves nothing behind
  });
  try {
    const bff = await app.listen({ host: '127.0.0.1', port: 0 });
    const health = (await (await fetch(`${bff}/api/health`)).json()) as { zoom: { simulatorUrl: string } };
    const sim = health.zoom.simulatorUrl;

    const login = await fetch(`${bff}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'support@example.com', password: DEMO_PASSWORD }),
    });
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;

    const basic = Buffer.from(`${DEMO_CREDENTIALS.clientId}:${DEMO_CREDENTIALS.clientSecret}`).toString('base64');
    const tokenRes = await fetch(
      `${sim}/oauth/token?grant_type=account_credentials&account_id=${DEMO_CREDENTIALS.accountId}`,
      { method: 'POST', headers: { authorization: `Basic ${basic}` } },
    );
    const { access_token } = (await tokenRes.json()) as { access_token: string };
    const zoomHeaders = { authorization: `Bearer ${access_token}` };

    const ars = (await (await fetch(`${bff}/api/auto-receptionists`, { headers: { cookie } })).json()) as {
      items: { id: string }[];
    };
    const arId = ars.items[0]!.id;
    const viaBff = () => fetch(`${bff}/api/auto-receptionists/${arId}/ivr?hours=business`, { headers: { cookie } });
    const direct = () =>
      fetch(`${sim}/v2/phone/auto_receptionists/${arId}/ivr?hours_type=business_hours`, { headers: zoomHeaders });

    // warm-up: JIT, token cache, connection pools
    for (let i = 0; i < 20; i++) {
      await timed(viaBff);
      await timed(direct);
      await sleep(1000 / PAIRS_PER_SECOND);
    }
    const bffMs: number[] = [];
    const directMs: number[] = [];
    const started = performance.now();
    for (let i = 0; i < PAIRS; i++) {
      const slot = started + (i * 1000) / PAIRS_PER_SECOND;
      const wait = slot - performance.now();
      if (wait > 0) await sleep(wait);
      if (i % 2 === 0) {
        bffMs.push(await timed(viaBff));
        directMs.push(await timed(direct));
      } else {
        directMs.push(await timed(direct));
        bffMs.push(await timed(viaBff));
      }
    }
    const b = summarize(bffMs);
    const d = summarize(directMs);
    const lines = [
      `IVR read (GET one auto receptionist's business-hours menu), ${PAIRS} requests each way,`,
      `alternating, paced at ${PAIRS_PER_SECOND} pairs/s. Machine: ${machine()}. Run ${new Date().toISOString()}.`,
      '',
      '| path | p50 | p99 | max |',
      '|---|---|---|---|',
      `| simulator directly (\`GET /v2/phone/auto_receptionists/:id/ivr\`) | ${fmt(d.p50)} | ${fmt(d.p99)} | ${fmt(d.max)} |`,
      `| through the BFF (\`GET /api/auto-receptionists/:id/ivr\`) | ${fmt(b.p50)} | ${fmt(b.p99)} | ${fmt(b.max)} |`,
      `| **BFF added** | ${fmt(b.p50 - d.p50)} | ${fmt(b.p99 - d.p99)} | |`,
      `| **ratio BFF ÷ direct** | ${(b.p50 / d.p50).toFixed(2)}× | ${(b.p99 / d.p99).toFixed(2)}× | |`,
      '',
      'The BFF path includes the session lookup (database), query validation, the Zoom',
      'client (token cache, limiter, zod parse of Zoom\'s answer), mapping to the normalized',
      'menu, the version hash and response serialization. Both paths share one loopback',
      'simulator in the same process as the BFF.',
    ];
    return lines.join('\n');
  } finally {
    await app.close();
  }
}
