// Small statistics and reporting helpers shared by the benchmarks.
import { cpus, totalmem, platform, release } from 'node:os';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';

export function percentile(sortedMs: number[], p: number): number {
  if (sortedMs.length === 0) return NaN;
  const idx = Math.min(sortedMs.length - 1, Math.max(0, Math.ceil((p / 100) * sortedMs.length) - 1));
  return sortedMs[idx]!;
}

export function summarize(samplesMs: number[]) {
  const s = [...samplesMs].sort((a, b) => a - b);
  return { n: s.length, p50: percentile(s, 50), p99: percentile(s, 99), max: s[s.length - 1] ?? NaN };
}

export const fmt = (ms: number) => `${ms.toFixed(2)} ms`;

export function machine(): string {
  const c = cpus();
  return `${c.length} × ${c[0]?.model.trim() ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM, ${platform()} ${release()}, Node ${process.version}`;
}

/** Replace (or append) the section `## <title>` of bench/RESULTS.md. */
export function writeSection(resultsPath: string, title: string, body: string): void {
  const header = '# Benchmark results\n\nWritten by `npx --yes pnpm@10.34.9 bench`; each section is replaced by its latest run.\n';
  const text = existsSync(resultsPath) ? readFileSync(resultsPath, 'utf8') : header;
  const marker = `## ${title}\n`;
  const start = text.indexOf(marker);
  const section = `${marker}\n${body.trim()}\n\n`;
  let out: string;
  if (start === -1) out = `${text.trimEnd()}\n\n${section}`;
  else {
    const next = text.indexOf('\n## ', start + marker.length);
    out = text.slice(0, start) + section + (next === -1 ? '' : text.slice(next + 1));
  }
  writeFileSync(resultsPath, out.trimEnd() + '\n');
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
