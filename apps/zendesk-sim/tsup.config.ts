import { defineConfig } from 'tsup';

// Bundle workspace packages (they export TypeScript source); keep npm deps external.
export default defineConfig({
  entry: ['src/cli.ts', 'src/server.ts'],
  format: ['esm'],
  target: 'node20',
  platform: 'node',
  noExternal: [/^@switchboard\//],
  clean: true,
  sourcemap: true,
});
