import { defineConfig } from 'tsup';

// One ESM bundle for Node 20. Workspace packages (contract, routing-core,
// zoom-schema, zoom-sim) are bundled in; npm dependencies stay external and
// resolve from node_modules at runtime (PGlite finds its wasm/data files
// next to its own module that way).
export default defineConfig({
  entry: { server: 'src/server.ts', cli: 'src/cli.ts' },
  format: ['esm'],
  target: 'node20',
  platform: 'node',
  outDir: 'dist',
  clean: true,
  sourcemap: true,
  splitting: true,
  noExternal: [/^@switchboard\//],
});
