// ZENDESK_API_TOKEN stays in the BFF: configured for a "real" Zendesk (the
// simulator standing in for it), every answer the browser gets and every log
// line, at the most talkative level, through reads, a write and refusals,
// carries neither the token nor the Basic credentials made from it.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startSimulator, type RunningSimulator } from '@switchboard/zendesk-sim/server';
import { basicAuthorization } from '@switchboard/zendesk-sim/demo-credentials';
import type { NeutralMenu } from '@switchboard/routing-core/menu-model/neutral-menu';
import { ZendeskReads } from '../../../features/zendesk-ivrs/reads';
import { AppError } from '../../../http/app-error';
import { createTestApp, signIn } from '../../../testing/harness';

const TOKEN = 'zd-Secret-Token-7f3a9c';
const credentials = { subdomain: 'acme', email: 'agent@acme.test', apiToken: TOKEN };
let sim: RunningSimulator;
let app: FastifyInstance;
const logLines: string[] = [];

beforeAll(async () => {
  sim = await startSimulator({ host: '127.0.0.1', port: 0, plan: 'off', credentials });
  app = await createTestApp({
    env: { ZENDESK_SUBDOMAIN: 'acme', ZENDESK_EMAIL: credentials.email, ZENDESK_API_TOKEN: TOKEN, ZENDESK_API_BASE_URL: sim.url },
    logLevel: 'trace',
    logStream: { write: (line) => void logLines.push(line) },
  });
});
afterAll(async () => {
  await app.close();
  await sim.close();
});

test('the Zendesk API token never reaches the browser or a log line', async () => {
  const admin = await signIn(app, 'admin');
  const answers: string[] = [];
  const call = async (method: 'GET' | 'PUT' | 'POST', url: string, payload?: object) => {
    const res = await app.inject({ method, url, headers: method === 'GET' ? admin.headers : admin.writeHeaders, ...(payload ? { payload } : {}) });
    answers.push(JSON.stringify(res.headers), res.body);
    return res;
  };
  const health = (await call('GET', '/api/health')).json();
  expect(health.zendesk).toEqual({ connected: true });
  expect((await call('GET', '/api/zendesk/ivrs')).statusCode).toBe(200);
  const { menu, version } = (await call('GET', '/api/zendesk/ivrs/10001/menus/20001')).json() as { menu: NeutralMenu; version: string };
  const desired = { ...menu, keys: { ...menu.keys, '1': { kind: 'forward', targets: [{ type: 'group', id: '360000100002' }] } } };
  expect((await call('PUT', '/api/zendesk/ivrs/10001/menus/20001', { baseVersion: version, menu: desired })).json().outcome).toBe('applied');
  await fetch(`${sim.url}/__sim/faults`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ status: 500 }) });
  expect((await call('GET', '/api/zendesk/ivrs')).statusCode).toBe(502);
  await fetch(`${sim.url}/__sim/faults`, { method: 'DELETE' });
  await call('GET', '/api/history?kind=zendeskMenu');
  await call('GET', '/api/openapi.json');

  expect(logLines.length).toBeGreaterThan(10);
  const basic = basicAuthorization(credentials).replace(/^Basic /, '');
  for (const text of [...answers, ...logLines]) {
    expect(text).not.toContain(TOKEN);
    expect(text).not.toContain(basic);
  }
});

test('without Zendesk credentials outside demo mode, Zendesk routes answer 503 with what to set', async () => {
  const err = await new ZendeskReads(null).ivrs().catch((e: unknown) => e);
  expect(err).toBeInstanceOf(AppError);
  expect((err as AppError).statusCode).toBe(503);
  expect((err as AppError).message).toMatch(/set.*ZENDESK_SUBDOMAIN, ZENDESK_EMAIL and ZENDESK_API_TOKEN/);
});
