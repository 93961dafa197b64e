import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // every answer in these tests is checked against Zoom's documented shapes
    setupFiles: ['src/testing/conformance-setup.ts'],
  },
});
