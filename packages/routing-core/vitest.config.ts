import { defineConfig } from 'vitest/config';

// Property tests run 100+ cases each; on a busy 2-core CI machine that can
// pass vitest's 5 s default without anything being wrong.
export default defineConfig({ test: { testTimeout: 30_000 } });
