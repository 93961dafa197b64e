// One lint set-up for the whole workspace. Besides the usual checks it keeps
// imports flowing one way: routing-core stays free of I/O, web features do not
// import one another, shared web code imports no feature, and only config
// modules read process.env.
import { readdirSync, existsSync } from 'node:fs';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const featuresDir = 'apps/web/src/features';
const features = existsSync(featuresDir)
  ? readdirSync(featuresDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name)
  : [];

const ioModules = [
  'node:*', 'fs', 'fs/*', 'http', 'https', 'net', 'child_process', 'path', 'os', 'crypto',
  'fastify', 'fastify-*', '@fastify/*', 'pg', 'kysely', 'kysely-*', '@electric-sql/*', 'ioredis',
  'react', 'react-*', '@tanstack/*', '@switchboard/contract/*', '@switchboard/bff/*', '@switchboard/zoom-sim/*', '@switchboard/zendesk-sim/*',
];

export default tseslint.config(
  {
    ignores: ['**/dist/**', '**/node_modules/**', '**/.data/**', '**/test-results/**', '**/playwright-report/**', '**/.turbo/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'separate-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Read configuration in config/env.ts only.' },
      ],
    },
  },
  {
    files: ['**/config/env.ts', 'apps/zoom-sim/src/cli.ts', 'apps/zendesk-sim/src/cli.ts', 'e2e/**', 'bench/**', 'scripts/**', '**/*.config.{ts,js}'],
    rules: { 'no-restricted-properties': 'off' },
  },
  {
    files: ['packages/routing-core/src/**/*.ts', 'packages/zoom-schema/src/**/*.ts', 'packages/zoom-facts/src/**/*.ts', 'packages/zendesk-facts/src/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ioModules, message: 'Pure packages do no I/O and know no framework.' }] },
      ],
      'no-restricted-globals': ['error', 'fetch', 'process', 'window', 'document', 'localStorage'],
    },
  },
  // the simulator is a second implementation of Zoom, from Zoom's documents: it shares no code with the client
  {
    files: ['apps/zoom-sim/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@switchboard/zoom-schema', '@switchboard/zoom-schema/*', '@switchboard/routing-core', '@switchboard/routing-core/*', '@switchboard/contract', '@switchboard/contract/*', '@switchboard/bff', '@switchboard/bff/*', '@switchboard/zendesk-sim', '@switchboard/zendesk-sim/*', '@switchboard/zendesk-facts', '@switchboard/zendesk-facts/*'],
              message: "The simulator shares no code with the client (docs/decisions/006): write Zoom's rule from its documents or read it from @switchboard/zoom-facts.",
            },
          ],
        },
      ],
    },
  },
  // the Zendesk Talk simulator is written from Zendesk's documents the same way (docs/decisions/013)
  {
    files: ['apps/zendesk-sim/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '@switchboard/zoom-schema', '@switchboard/zoom-schema/*', '@switchboard/routing-core', '@switchboard/routing-core/*',
                '@switchboard/contract', '@switchboard/contract/*', '@switchboard/bff', '@switchboard/bff/*',
                '@switchboard/zoom-sim', '@switchboard/zoom-sim/*', '@switchboard/zoom-facts', '@switchboard/zoom-facts/*',
              ],
              message: "The Zendesk simulator shares no code with the client or the Zoom simulator (docs/decisions/013): write Zendesk's rule from its documents or read it from @switchboard/zendesk-facts.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ['apps/web/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  // shared web code (components, lib, hooks, config) imports no feature and not the app
  {
    files: ['apps/web/src/{components,lib,hooks,config,types,testing}/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@/features/*', '@/app/*', '**/features/*', '**/app/*'], message: 'Shared code must not import features or the app.' }] },
      ],
    },
  },
  // each feature imports only itself and shared code
  ...features.map((feature) => ({
    files: [`${featuresDir}/${feature}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [...features.filter((f) => f !== feature).flatMap((f) => [`@/features/${f}`, `@/features/${f}/*`, `**/features/${f}/*`]), '@/app/*'],
              message: 'Features do not import one another; compose them in src/app.',
            },
          ],
        },
      ],
    },
  })),
);
