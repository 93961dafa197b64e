// Serving the built SPA with security headers; API 404s stay JSON.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp } from '../../testing/harness';

let dist: string;
let app: FastifyInstance;
let bare: FastifyInstance;

beforeAll(async () => {
  dist = mkdtempSync(path.join(tmpdir(), 'sb-web-'));
  mkdirSync(path.join(dist, 'assets'));
  writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>Switchboard</title><script type="module" src="/assets/app-1a2b.js"></script>');
  writeFileSync(path.join(dist, 'assets', 'app-1a2b.js'), 'console.log("app")');
  app = await createTestApp({ env: { WEB_DIST: dist } });
  bare = await createTestApp();
});
afterAll(async () => {
  await app.close();
  await bare.close();
  rmSync(dist, { recursive: true, force: true });
});

describe('with a web build', () => {
  test('index.html for / and for client-side routes; assets as files', async () => {
    for (const url of ['/', '/auto-receptionists/abc', '/login?next=%2F']) {
      const res = await app.inject(url);
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['content-type']).toMatch(/text\/html/);
      expect(res.body).toContain('<title>Switchboard</title>');
      expect(res.headers['cache-control'], url).toBe('no-cache');
    }
    const asset = await app.inject('/assets/app-1a2b.js');
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['content-type']).toMatch(/javascript/);
    // the API's no-store hook leaves the app's files their own caching
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await app.inject('/assets/gone-0000.js')).statusCode).toBe(404);
  });

  test('unknown /api paths are JSON 404s, not the app page', async () => {
    const res = await app.inject('/api/unknown/thing');
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({
      error: { code: 'not_found', message: 'There is no such API route. The routes are described at /api/openapi.json.' },
    });
  });

  test('security headers: strict CSP without inline script or style, no framing, no referrer', async () => {
    const res = await app.inject('/');
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect((await app.inject('/api/health')).headers['content-security-policy']).toBe(csp);
  });
});

test('without a web build: the API works and pages say how to build the app', async () => {
  expect((await bare.inject('/api/health')).statusCode).toBe(200);
  const page = await bare.inject('/');
  expect(page.statusCode).toBe(404);
  expect(page.body).toMatch(/web app has not been built yet.*pnpm --filter @switchboard\/web build/);
});
