import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    // every request the BFF sends to the simulated Zoom is checked against Zoom's documents
    setupFiles: ['src/testing/conformance-setup.ts'],
    // One PGlite (≈0.5–1 GB, seconds to start) per worker, shared by the
    // files that worker runs (see src/testing/harness.ts): hence forks
    // without per-file isolation, and two workers at most.
    pool: 'forks',
    isolate: false,
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
