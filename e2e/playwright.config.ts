// Browser journeys against the built SPA + BFF + in-process simulator, in
// Debian's Chromium (never a downloaded browser).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 3210);
const baseURL = `http://127.0.0.1:${port}`;
const dataDir = mkdtempSync(join(tmpdir(), 'switchboard-e2e-'));
// Every request the BFF sends to the simulated Zoom during the journeys, one JSON line each, checked
// against Zoom's documents by the last project. Set once here; workers inherit it from this process.
process.env.E2E_ZOOM_REQUESTS ??= join(dataDir, 'zoom-requests.jsonl');
const zoomRequests = process.env.E2E_ZOOM_REQUESTS;
// The same for the simulated Zendesk Talk, checked against Zendesk's documents.
process.env.E2E_ZENDESK_REQUESTS ??= join(dataDir, 'zendesk-requests.jsonl');
const zendeskRequests = process.env.E2E_ZENDESK_REQUESTS;

export default defineConfig({
  testDir: './tests',
  projects: [
    { name: 'journeys', testIgnore: /-conformance\.spec\.ts/ },
    // after every journey: the requests the BFF sent to Zoom and Zendesk meanwhile
    { name: 'zoom-conformance', testMatch: /(zoom|zendesk)-conformance\.spec\.ts/, dependencies: ['journeys'] },
    // docs/screenshots, on demand only (`pnpm screenshots`), never in the test run
    ...(process.env.E2E_SCREENSHOTS ? [{ name: 'screenshots', testDir: './screenshots', testMatch: /\.shot\.ts$/ }] : []),
  ],
  fullyParallel: false,
  workers: 1,
  // one retry on CI only: a loaded 2-core machine can time out a step; a real failure fails twice
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // list for people; JSON beside the vitest reports for scripts/test-summary.mjs,
  // which counts flaky (passed on retry) and skipped tests from it
  reporter: [
    ['list'],
    [
      'json',
      { outputFile: fileURLToPath(new URL('../test-results/reports/e2e.json', import.meta.url)) },
    ],
  ],
  outputDir: './test-results',
  use: {
    baseURL,
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  webServer: {
    // node, not pnpm: pnpm may not be on PATH (README runs it through npx)
    command: 'node ../apps/bff/dist/server.js',
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    env: { PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn', SIM_RECORD_FILE: zoomRequests, ZENDESK_SIM_RECORD_FILE: zendeskRequests },
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
