// The problems report against the simulator's scenarios: nothing on the clean
// generated account, and on the same account with one problem of each kind
// planted (apps/zoom-sim/src/seed/scenarios/problems.ts) exactly those, each
// on its object, with a link to the page that fixes it.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ProblemsResponse } from '@switchboard/contract/routing';
import { PROBLEM_KINDS } from '@switchboard/routing-core/routing/problem-types';
import { createTestApp, signIn, type SignedIn } from '../../testing/harness';
import { simControl } from '../ivr-write/test-support';

let bff: FastifyInstance;
let support: SignedIn;

beforeAll(async () => {
  bff = await createTestApp();
  support = await signIn(bff, 'support');
});
afterAll(async () => {
  await simControl(bff, 'reset');
  await bff.close();
});

const problems = async () => {
  const res = await bff.inject({ url: '/api/routing/problems?refresh=true', headers: support.headers });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as ProblemsResponse;
};

describe('the problems report', () => {
  test('a clean account has none', async () => {
    await simControl(bff, 'scenario', { name: 'routing-clean' });
    const report = await problems();
    expect(report.items.map((p) => `${p.kind}: ${p.message}`)).toEqual([]);
    expect(report.counts).toEqual({ errors: 0, warnings: 0 });
  });

  test('the same account with one problem of each kind planted: each found once, on its object, with a link', async () => {
    await simControl(bff, 'scenario', { name: 'routing-problems' });
    const report = await problems();
    const byKind = Object.fromEntries(PROBLEM_KINDS.map((k) => [k, report.items.filter((p) => p.kind === k)]));
    for (const k of PROBLEM_KINDS) expect(byKind[k]!.map((p) => p.message), k).toHaveLength(1);
    expect(report.items).toHaveLength(PROBLEM_KINDS.length);
    const one = (k: (typeof PROBLEM_KINDS)[number]) => byKind[k]![0]!;
    expect(one('target_disabled').message).toMatch(/Former Employee/);
    expect(one('audio_deleted').href).toMatch(/\?menu=business&part=greeting$/);
    expect(one('loop_without_exit').message).toMatch(/Loop One|Loop Two/);
    expect(one('menu_without_usable_key').object.name).toBe('Dead Keys');
    expect(one('queue_without_members').object.name).toBe('Empty Queue');
    expect(one('queue_without_members').href).toMatch(/^\/extensions\/[^/]+\/hours$/);
    expect(one('external_not_e164').message).toMatch(/02 5550 9999/);
    expect(one('target_deleted').href).toMatch(/&key=5$/);
    expect(one('voicemail_of_nobody').href).toMatch(/&key=6$/);
    expect(report.counts.errors + report.counts.warnings).toBe(PROBLEM_KINDS.length);
  });
});
