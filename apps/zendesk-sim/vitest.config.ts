import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // every answer in these tests is checked against the Zendesk Talk facts
    setupFiles: ['src/testing/conformance-setup.ts'],
  },
});
