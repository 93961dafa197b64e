// The Zoom simulator as its own process (its CLI, as `pnpm --filter
// @switchboard/zoom-sim start` runs it), so its clock and its per-second
// counting are not held up by the replicas' work in the test process.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const simDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'zoom-sim');

export interface StandaloneSim {
  url: string;
  stop(): Promise<void>;
}

export function startStandaloneSim(plan: 'pro' | 'business' = 'pro'): Promise<StandaloneSim> {
  const child = spawn(path.join(simDir, 'node_modules', '.bin', 'tsx'), ['src/cli.ts'], {
    cwd: simDir,
    // eslint-disable-next-line no-restricted-properties -- the child's environment, not this app's configuration
    env: { ...process.env, SIM_PORT: '0', SIM_HOST: '127.0.0.1', SIM_PLAN: plan, SIM_RECORD_FILE: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error(`The simulator did not start within 60 s:\n${output}`)), 60_000);
    const fail = (err: Error) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(err);
    };
    child.once('exit', (code) => fail(new Error(`The simulator exited (code ${code}) before it was ready:\n${output}`)));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const ready = /listening on (http:\/\/\S+)/.exec(output);
      if (!ready) return;
      clearTimeout(timer);
      child.removeAllListeners('exit');
      child.stdout.removeAllListeners('data');
      child.stdout.resume();
      child.stderr.resume();
      resolve({
        url: ready[1]!,
        stop: () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null) return done();
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    });
  });
}
