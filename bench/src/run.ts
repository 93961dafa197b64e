// `pnpm bench [name…]`: run the benchmarks, print each result and rewrite its
// section of bench/RESULTS.md. Without names, all of them run in order.
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { writeSection } from './stats';

type Bench = { title: string; load: () => Promise<{ run: () => Promise<string> }> };

const BENCHES: Record<string, Bench> = {
  'ivr-read-latency': { title: 'BFF added latency on the IVR read', load: () => import('./ivr-read-latency') },
  'ivr-calls': { title: 'Zoom calls per IVR change', load: () => import('./ivr-calls') },
  'ivr-copy': { title: 'Bulk IVR copy against the rate-limit floor', load: () => import('./ivr-copy') },
  'bulk-holiday': { title: 'Bulk holiday against the rate-limit floor', load: () => import('./bulk-holiday') },
  'apply-under-load': { title: 'An apply behind 100 concurrent reads', load: () => import('./apply-under-load') },
  'limiter-throughput': { title: 'Rate limiter throughput on the Pro plan', load: () => import('./limiter-throughput') },
  'sign-in-storm': { title: 'BFF memory during a sign-in storm', load: () => import('./sign-in-storm') },
  'cc-upload-memory': { title: 'BFF memory during a 10 MB Contact Center upload', load: () => import('./cc-upload-memory') },
  'routing-snapshot': { title: 'Routing explorer: cold snapshot of a large account and warm traces', load: () => import('./routing-snapshot') },
  replicas: { title: 'Two replicas sharing one Zoom account through Redis', load: () => import('./replicas') },
};

const resultsPath = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'RESULTS.md');

async function main() {
  const names = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const selected = names.length ? names : Object.keys(BENCHES);
  for (const name of selected) {
    const bench = BENCHES[name];
    if (!bench) {
      console.error(`Unknown benchmark "${name}". Known: ${Object.keys(BENCHES).join(', ')}.`);
      process.exit(2);
    }
    console.log(`\n== ${bench.title} (${name})`);
    const body = await (await bench.load()).run();
    console.log(body);
    writeSection(resultsPath, bench.title, body);
  }
  console.log(`\nResults written to ${path.relative(process.cwd(), resultsPath)}`);
  process.exit(0);
}

void main();
