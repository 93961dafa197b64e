// The BFF as its own process, for benchmarks that measure the process itself
// (its memory): the built server (`apps/bff/dist/server.js`, built here so the
// figures are for the code in the tree), started the way an operator starts it.
import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const bffDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'apps', 'bff');

/** tsup → apps/bff/dist/server.js (workspace packages bundled in, as in production). */
export function buildBff(): string {
  const result = spawnSync(path.join(bffDir, 'node_modules', '.bin', 'tsup'), [], { cwd: bffDir, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`Building the BFF failed:\n${result.stdout}\n${result.stderr}`);
  return path.join(bffDir, 'dist', 'server.js');
}

export interface BffProcess {
  pid: number;
  url: string;
  stop(): Promise<void>;
}

/** Start the server with `env` added to the environment; resolves once it prints its address. */
export function startBffProcess(serverJs: string, env: Record<string, string>): Promise<BffProcess> {
  const child: ChildProcess = spawn(process.execPath, [serverJs], {
    cwd: bffDir,
    // demo mode on PGlite whatever the caller's shell has set (empty means unset)
    env: {
      ...process.env,
      ...{ ZOOM_ACCOUNT_ID: '', ZOOM_CLIENT_ID: '', ZOOM_CLIENT_SECRET: '', DATABASE_URL: '' },
      ...{ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', WEB_DIST: '/nonexistent' },
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error(`The BFF did not start within 120 s:\n${output}`)), 120_000);
    const fail = (err: Error) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(err);
    };
    child.once('exit', (code) => fail(new Error(`The BFF exited (code ${code}) before it was ready:\n${output}`)));
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const ready = /Switchboard is ready: (http:\/\/\S+)/.exec(output);
      if (!ready) return;
      clearTimeout(timer);
      child.removeAllListeners('exit');
      child.stdout!.off('data', onData);
      child.stdout!.resume(); // keep draining its log lines
      child.stderr!.resume();
      resolve({
        pid: child.pid!,
        url: ready[1]!,
        stop: () =>
          new Promise((done) => {
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  });
}

function statusField(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
  if (!kb) throw new Error(`/proc/${pid}/status has no ${field}`);
  return Number(kb[1]) * 1024;
}

/** Resident set size now, in bytes. */
export const rss = (pid: number) => statusField(pid, 'VmRSS');

/**
 * The kernel's own high-water mark of the resident set since the last reset,
 * which no sampling interval can miss. Reset by writing 5 to clear_refs.
 */
export const peakRss = (pid: number) => statusField(pid, 'VmHWM');
export function resetPeakRss(pid: number): boolean {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}

/** Sample RSS every `everyMs` until stopped; returns the samples in bytes. */
export function sampleRss(pid: number, everyMs = 20): { stop(): number[] } {
  const samples: number[] = [rss(pid)];
  const timer = setInterval(() => samples.push(rss(pid)), everyMs);
  return {
    stop() {
      clearInterval(timer);
      samples.push(rss(pid));
      return samples;
    },
  };
}
