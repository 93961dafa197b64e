// Sign-in storm: the BFF process's memory during 60 concurrent bad sign-ins
// (scrypt N=2^17 takes 128 MB per running check), against its idle memory, and
// the wait of a real person signing in to another account meanwhile. The BFF
// runs as its own process (the built server) so the memory is its own; it
// trusts the bench as its proxy (TRUST_PROXY=127.0.0.1) so the storms can come
// from many client addresses through X-Forwarded-For.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DEMO_PASSWORD } from '@switchboard/contract/session';
import { buildBff, peakRss, resetPeakRss, sampleRss, startBffProcess } from './bff-process';
import type { BffProcess } from './bff-process';
import { machine, sleep } from './stats';

const STORM = 60;
const TARGET_RATIO = 1.5;

async function signIn(url: string, email: string, password: string, clientAddress: string): Promise<{ status: number; retryAfter: number }> {
  const res = await fetch(`${url}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': clientAddress },
    body: JSON.stringify({ email, password }),
  });
  await res.arrayBuffer();
  return { status: res.status, retryAfter: Number(res.headers.get('retry-after') ?? 0) };
}

/** A person signing in: on 503 "busy" they try again after Retry-After, up to 5 times. */
async function person(url: string, email: string, clientAddress: string) {
  const t0 = performance.now();
  const answers: number[] = [];
  for (let i = 0; i < 5; i++) {
    const { status, retryAfter } = await signIn(url, email, DEMO_PASSWORD, clientAddress);
    answers.push(status);
    if (status !== 503) break;
    await sleep(retryAfter * 1000);
  }
  return { answers, ms: performance.now() - t0 };
}

interface Storm {
  name: string;
  /** The i-th bad attempt: which email, from which client address. */
  attempt: (i: number) => { email: string; from: string };
  bystander: { email: string; from: string };
}

const STORMS: Storm[] = [
  {
    name: 'one account, one address',
    attempt: () => ({ email: 'manager@example.com', from: '203.0.113.10' }),
    bystander: { email: 'support@example.com', from: '203.0.113.10' },
  },
  {
    name: `${STORM} accounts (unknown emails), ${STORM} addresses`,
    attempt: (i) => ({ email: `nobody-${i}@example.com`, from: `198.51.100.${i + 1}` }),
    bystander: { email: 'admin@example.com', from: '192.0.2.1' },
  },
];

async function measure(bff: BffProcess, storm: Storm) {
  await sleep(1500); // let the previous run's garbage go
  const idleSamples = sampleRss(bff.pid);
  await sleep(1000);
  const idle = Math.max(...idleSamples.stop());
  const hwmReset = resetPeakRss(bff.pid);

  const sampler = sampleRss(bff.pid);
  const t0 = performance.now();
  const attempts = Array.from({ length: STORM }, (_, i) => {
    const { email, from } = storm.attempt(i);
    return signIn(bff.url, email, `wrong-guess-${i}`, from);
  });
  // the person arrives while the storm's checks are queued
  await sleep(100);
  const bystander = person(bff.url, storm.bystander.email, storm.bystander.from);
  const answers = await Promise.all(attempts);
  const stormMs = performance.now() - t0;
  const seen = await bystander;
  await sleep(200);
  const samples = sampler.stop();
  const peak = Math.max(...samples, hwmReset ? peakRss(bff.pid) : 0);
  const count = (status: number) => answers.filter((a) => a.status === status).length;
  return {
    idle,
    peak,
    sampledPeak: Math.max(...samples),
    samples: samples.length,
    checked: count(401),
    throttled: count(429),
    busy: count(503),
    other: answers.filter((a) => ![401, 429, 503].includes(a.status)).map((a) => a.status),
    stormMs,
    bystander: seen,
  };
}

const mb = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MB`;
const secs = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

function bystanderText(b: { answers: number[]; ms: number }): string {
  const last = b.answers[b.answers.length - 1];
  const tries = b.answers.length === 1 ? '' : ` (answers ${b.answers.join(', ')}: tried again after Retry-After)`;
  return `${last} after ${secs(b.ms)}${tries}`;
}

export async function run(): Promise<string> {
  // BENCH_BFF_SERVER: measure another build (e.g. an older commit's) instead of building this tree's
  const serverJs = process.env.BENCH_BFF_SERVER ?? buildBff();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'sb-bench-signin-'));
  try {
    // The first start creates and migrates the PGlite directory and seeds the
    // demo sign-ins; that one-off work keeps memory the process never returns.
    // The measured process opens the existing directory, like any restart.
    const env = { DATA_DIR: dataDir, TRUST_PROXY: '127.0.0.1' };
    await (await startBffProcess(serverJs, env)).stop();
    const bff = await startBffProcess(serverJs, env);
    try {
      // warm-up: code paths, one real check and one failed one, from an address no storm uses
      await signIn(bff.url, 'admin@example.com', DEMO_PASSWORD, '192.0.2.200');
      await signIn(bff.url, 'admin@example.com', 'warm-up', '192.0.2.200');
      const rows: string[] = [];
      for (const storm of STORMS) {
        const r = await measure(bff, storm);
        if (r.other.length) throw new Error(`Unexpected answers during the storm: ${r.other.join(', ')}`);
        rows.push(
          `| ${storm.name} | ${mb(r.idle)} | ${mb(r.peak)} | **${(r.peak / r.idle).toFixed(2)}×** | ${r.checked} | ${r.throttled} | ${r.busy} | ${secs(r.stormMs)} | ${bystanderText(r.bystander)} |`,
        );
        console.log(`  ${storm.name}: ${r.samples} RSS samples, sampled peak ${mb(r.sampledPeak)}, kernel peak ${mb(r.peak)}`);
      }
      return [
        `${STORM} concurrent wrong-password sign-ins against the built BFF (\`node apps/bff/dist/server.js\`, demo mode,`,
        'PGlite on disk, restarted once after creating it), each storm sent at once; 100 ms later another person signs in',
        'to a different account. RSS is the BFF process\'s own (`/proc/<pid>/status`): idle is the highest of 1 s of',
        'samples before the storm, peak the higher of VmRSS sampled every 20 ms and the kernel\'s VmHWM (reset before',
        `the storm). Target: peak under ${TARGET_RATIO}× idle. Machine: ${machine()}. Run ${new Date().toISOString()}.`,
        '',
        '| storm | idle RSS | peak RSS | peak ÷ idle | hash-checked (401) | refused by the throttle (429) | refused as busy (503) | all answered after | the other person\'s sign-in |',
        '|---|---|---|---|---|---|---|---|---|',
        ...rows,
        '',
        'Before (the same bench against commit ca7b762 through `BENCH_BFF_SERVER`, 2026-11-30, same machine): the',
        'first storm raced past the limit of 5 and all 60 were hashed, up to 4 at a time (libuv\'s thread pool):',
        '382 MB → 903 MB (2.36×), and the other person waited 12.24 s. The second storm was all 429, the other',
        'person included: without TRUST_PROXY every request was 127.0.0.1, and the first storm\'s 30 failures had',
        'locked that address for every account.',
        '',
        'Now one derivation runs at a time (128 MB), at most 8 wait and the rest are answered 503 at once with',
        'Retry-After; attempts for an account with no recent failures (a person, most likely) wait ahead of the',
        'others. The first storm is stopped by the per-account limit after 5 checks. The second — fresh accounts',
        'from fresh addresses, which no throttle can tell from people — is bounded by the hashing line alone; the',
        'person may be told "busy" and get in on a retry (docs/decisions/007-sign-in-throttling.md).',
      ].join('\n');
    } finally {
      await bff.stop();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
