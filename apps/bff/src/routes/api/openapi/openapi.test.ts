import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createTestApp } from '../../../testing/harness';

let app: FastifyInstance;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.close());

test('GET /api/openapi.json documents every /api route with its schemas', async () => {
  const res = await app.inject('/api/openapi.json');
  expect(res.statusCode).toBe(200);
  const doc = res.json() as { openapi: string; paths: Record<string, Record<string, { responses: Record<string, unknown>; parameters?: { name: string; in: string }[] }>> };
  expect(doc.openapi).toMatch(/^3\./);
  const documented = Object.entries(doc.paths).flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`));
  const expected = app.apiRoutes
    .filter((r) => r.url !== '/api/openapi.json')
    .map((r) => `${r.method} ${r.url.replace(/:(\w+)/g, '{$1}')}`);
  expect(documented.sort()).toEqual(expected.sort());
  const ivr = doc.paths['/api/auto-receptionists/{id}/ivr']!.get!;
  expect(ivr.responses['200']).toBeDefined();
  expect(ivr.parameters?.map((p) => `${p.in}:${p.name}`).sort()).toEqual(['path:id', 'query:holidayId', 'query:hours']);
  const retry = doc.paths['/api/jobs/{id}/retry']!.post!;
  expect(Object.keys(retry.responses).sort()).toEqual(['202', '400', '403', '404', '409']);
  // call handling: hours, holidays (each write with its plan twin), status, the calendar and its exports, bulk holidays
  expect(Object.keys(doc.paths['/api/extensions/{extensionId}/hours']!).sort()).toEqual(['get', 'put']);
  expect(Object.keys(doc.paths['/api/extensions/{extensionId}/holidays/{holidayId}']!).sort()).toEqual(['delete', 'put']);
  for (const p of ['/api/extensions/{extensionId}/hours/plan', '/api/extensions/{extensionId}/holidays/plan', '/api/extensions/{extensionId}/holidays/{holidayId}/plan', '/api/extensions/{extensionId}/holidays/{holidayId}/delete/plan', '/api/jobs/add-holiday']) {
    expect(doc.paths[p]?.post, p).toBeDefined();
  }
  const status = doc.paths['/api/extensions/{extensionId}/status']!.get!;
  expect(status.parameters?.map((p) => `${p.in}:${p.name}`).sort()).toEqual(['path:extensionId', 'query:at']);
  const ics = doc.paths['/api/calendar.ics']!.get!;
  expect(ics.parameters?.map((p) => `${p.in}:${p.name}`).sort()).toEqual(['query:from', 'query:site', 'query:to', 'query:type']);
  expect(Object.keys(doc.paths['/api/extensions/{extensionId}/holidays']!.post!.responses).sort()).toEqual(['200', '400', '403', '404', '409']);
  // Contact Center: every write with its plan twin
  for (const p of ['/api/cc/business-hours/{id}/plan', '/api/cc/closure-sets/{id}/plan', '/api/cc/queues/{id}/operating-hours/plan', '/api/cc/assets/plan', '/api/cc/assets/{id}/plan', '/api/cc/assets/{id}/items/plan', '/api/cc/assets/{id}/duplicate/plan', '/api/cc/assets/{id}/delete/plan', '/api/cc/asset-categories/plan', '/api/cc/asset-categories/{id}/plan', '/api/cc/asset-categories/{id}/delete/plan']) {
    expect(doc.paths[p]?.post, p).toBeDefined();
  }
  expect(Object.keys(doc.paths['/api/cc/assets/{id}']!).sort()).toEqual(['delete', 'get', 'patch']);
  const occurrences = doc.paths['/api/cc/occurrences']!.get!;
  expect(occurrences.parameters?.map((p) => `${p.in}:${p.name}`).sort()).toEqual(['query:closureSetId', 'query:from', 'query:to']);
});
