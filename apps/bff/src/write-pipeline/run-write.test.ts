// The pipeline's outcome rules on a toy provider (a key → value store), so
// each rule is checked without Zoom: what is read, sent, skipped, verified
// and audited.
import { describe, expect, test } from 'vitest';
import { JournalUnavailableError, runWrite } from './run-write';
import type { ExecuteResult, OpResult, PlannedWrite, WriteProgress, WriteRecord, WriteSteps } from './types';

type State = Record<string, string>;

const progressLine = (e: WriteProgress) =>
  e.type === 'planned' ? `planned ${e.ops.length}` : e.type === 'op' ? `op ${e.index + 1}/${e.total} ${e.result.status}` : e.type;

interface Toy {
  steps: WriteSteps<State>;
  store: State;
  sent: string[];
  reads: number;
  audits: WriteRecord<State>[];
  /** What the history held at each moment, in order: "begin", "op a sending", "op a applied", "finish applied". */
  journal: string[];
}

function toy(opts: {
  initial?: State;
  desired: State;
  baseVersion?: string;
  /** Keys whose write fails (answer), or is accepted but dropped. */
  fail?: Record<string, ExecuteResult | 'throw'>;
  drop?: string[];
  readBackFails?: boolean;
  /** Which history write fails: the plan (begin), the nth op record, or the final record. */
  journalFails?: 'begin' | { op: number } | 'finish';
}): Toy {
  const t: Toy = { store: { ...(opts.initial ?? { a: '1', b: '1', c: '1' }) }, sent: [], reads: 0, audits: [], journal: [], steps: undefined! };
  let opRecords = 0;
  const version = (s: State) => JSON.stringify(Object.entries(s).sort());
  t.steps = {
    baseVersion: opts.baseVersion,
    read: async () => {
      t.reads++;
      return { ...t.store };
    },
    version,
    conflictDiff: (current) => [{ field: '*', before: opts.baseVersion ?? '', after: version(current) }],
    plan: async (current) => {
      const ops: PlannedWrite[] = Object.keys(opts.desired)
        .filter((k) => current[k] !== opts.desired[k])
        .map((k) => ({ description: `${k} → ${opts.desired[k]}`, field: k, request: { method: 'PATCH', path: `/${k}`, body: opts.desired[k] } }));
      return { ops, diff: ops.map((o) => ({ field: o.field!, before: current[o.field!]!, after: opts.desired[o.field!]! })) };
    },
    execute: async (op) => {
      const k = op.field!;
      t.sent.push(k);
      t.journal.push(`send ${k}`);
      const f = opts.fail?.[k];
      if (f === 'throw') throw new Error('socket hang up');
      if (f) return f;
      if (!opts.drop?.includes(k)) t.store[k] = op.request.body as string;
      return { ok: true, httpStatus: 204, trackingId: `t-${k}` };
    },
    readBack: async () => {
      t.reads++;
      if (opts.readBackFails) throw new Error('Zoom could not be reached');
      return { ...t.store };
    },
    verify: (rb) =>
      Object.keys(opts.desired)
        .filter((k) => rb[k] !== opts.desired[k])
        .map((k) => ({ field: k, expected: opts.desired[k]!, actual: rb[k] ?? '' })),
    journal: {
      begin: async ({ ops }) => {
        if (opts.journalFails === 'begin') throw new Error('database is gone');
        t.journal.push(`begin ${ops.length}`);
        return 'audit-1';
      },
      op: async (_id, _i, op: OpResult) => {
        opRecords++;
        const f = opts.journalFails;
        if (typeof f === 'object' && f.op === opRecords) throw new Error('disk full');
        t.journal.push(`op ${op.field} ${op.status}`);
      },
      finish: async (id, record) => {
        if (opts.journalFails === 'finish') throw new Error('database is gone');
        t.audits.push(record);
        t.journal.push(`finish ${record.outcome}`);
        return id ?? `audit-${t.audits.length}`;
      },
    },
  };
  return t;
}

describe('runWrite', () => {
  test('applied: every op 2xx and the read-back verifies; one read before, one after, one audit', async () => {
    const t = toy({ desired: { a: '2', b: '2' } });
    const r = await runWrite(t.steps);
    expect(r.outcome).toBe('applied');
    expect(r.ops.map((o) => [o.field, o.status, o.trackingId])).toEqual([
      ['a', 'applied', 't-a'],
      ['b', 'applied', 't-b'],
    ]);
    expect(t.reads).toBe(2);
    expect(r.providerCalls).toBe(4);
    expect(r.after).toEqual({ a: '2', b: '2', c: '1' });
    expect(r.auditId).toBe('audit-1');
    expect(t.audits).toHaveLength(1);
    expect(t.audits[0]!.before).toEqual({ a: '1', b: '1', c: '1' });
  });

  test('conflict: baseVersion differs → nothing planned or sent, audited with the diff', async () => {
    const t = toy({ desired: { a: '2' }, baseVersion: 'stale' });
    const r = await runWrite(t.steps);
    expect(r.outcome).toBe('conflict');
    expect(t.sent).toEqual([]);
    expect(t.reads).toBe(1);
    expect(r.diff[0]!.before).toBe('stale');
    expect(t.audits.map((a) => a.outcome)).toEqual(['conflict']);
  });

  test('no_change: empty plan → nothing sent, nothing read back, still reported and audited', async () => {
    const t = toy({ desired: { a: '1' } });
    const r = await runWrite(t.steps);
    expect(r.outcome).toBe('no_change');
    expect(r.after).toEqual(r.before);
    expect(t.sent).toEqual([]);
    expect(t.reads).toBe(1);
    expect(t.audits).toHaveLength(1);
  });

  test('partial: stops at the first failure; later ops skipped and never sent; still read back', async () => {
    const t = toy({ desired: { a: '2', b: '2', c: '2' }, fail: { b: { ok: false, httpStatus: 500, trackingId: 't-b', error: 'Internal Error.' } } });
    const r = await runWrite(t.steps);
    expect(r.outcome).toBe('partial');
    expect(t.sent).toEqual(['a', 'b']);
    expect(r.ops.map((o) => o.status)).toEqual(['applied', 'failed', 'skipped']);
    expect(r.ops[1]).toMatchObject({ httpStatus: 500, trackingId: 't-b', error: 'Internal Error.' });
    expect(r.mismatches.map((m) => m.field)).toEqual(['b', 'c']);
    expect(r.message).toBe('1 of 3 requests landed. Zoom refused this one — b → 2 (HTTP 500: Internal Error), so the remaining 1 request was not sent. Zoom tracking id: t-b.');
  });

  test('an op that throws counts as failed, not as a crash', async () => {
    const t = toy({ desired: { a: '2', b: '2' }, fail: { a: 'throw' } });
    const r = await runWrite(t.steps);
    expect(r.outcome).toBe('partial');
    expect(r.ops.map((o) => o.status)).toEqual(['failed', 'skipped']);
    expect(r.ops[0]!.error).toBe('socket hang up');
    // Nothing landed reads as a failure, never as "0 of 2 landed".
    expect(r.message).toBe('None of the 2 requests landed: Zoom refused this one — a → 2 (socket hang up), so the remaining 1 request was not sent.');
  });

  test('not_persisted: all 2xx but the read-back differs — never applied', async () => {
    const t = toy({ desired: { a: '2', b: '2' }, drop: ['b'] });
    const r = await runWrite(t.steps);
    expect(r.outcome).toBe('not_persisted');
    expect(r.ops.every((o) => o.status === 'applied')).toBe(true);
    expect(r.mismatches).toEqual([{ field: 'b', expected: '2', actual: '1' }]);
    // Requests and changes are counted as what they are (one request may carry two changes).
    expect(r.message).toBe('Zoom answered all 2 requests with success but did not keep 1 of the changes they asked for. Quote the tracking ids to Zoom support.');
  });

  test('unverified when the read-back itself fails: unknown is neither success nor "not kept"', async () => {
    const t = toy({ desired: { a: '2' }, readBackFails: true });
    const r = await runWrite(t.steps);
    expect(r.outcome).toBe('unverified');
    expect(r.after).toBeNull();
    expect(r.ops.map((o) => o.status)).toEqual(['applied']);
    expect(r.mismatches).toEqual([]);
    expect(r.message).toBe(
      'Zoom accepted 1 change, but reading it back failed (Zoom could not be reached), so nobody knows yet whether Zoom kept it. Reload to see what Zoom holds.',
    );
  });

  test('written ahead: the plan is in the history before the first request, each request before it is sent and when answered', async () => {
    const t = toy({ desired: { a: '2', b: '2' } });
    await runWrite(t.steps);
    expect(t.journal).toEqual(['begin 2', 'op a sending', 'send a', 'op a applied', 'op b sending', 'send b', 'op b applied', 'finish applied']);
  });

  test('when the plan cannot be recorded, nothing is sent', async () => {
    const t = toy({ desired: { a: '2' }, journalFails: 'begin' });
    await expect(runWrite(t.steps)).rejects.toBeInstanceOf(JournalUnavailableError);
    expect(t.sent).toEqual([]);
  });

  test('when a request cannot be recorded, it and the rest are not sent: partial, saying why', async () => {
    const t = toy({ desired: { a: '2', b: '2', c: '2' }, journalFails: { op: 3 } }); // a sending, a applied, b sending ✗
    const r = await runWrite(t.steps);
    expect(t.sent).toEqual(['a']);
    expect(r.outcome).toBe('partial');
    expect(r.ops.map((o) => o.status)).toEqual(['applied', 'skipped', 'skipped']);
    expect(r.message).toBe('1 of 3 requests landed. The change history stopped accepting records (disk full), so the remaining 2 requests were not sent.');
  });

  test('a failed final record does not hide the result of writes that happened', async () => {
    const t = toy({ desired: { a: '2' }, journalFails: 'finish' });
    const r = await runWrite(t.steps);
    expect(r.outcome).toBe('applied');
    expect(r.auditId).toBe('audit-1'); // the entry written ahead stays (it reads interrupted until recovery)
    expect(r.message).toMatch(/change history could not be completed \(database is gone\)/);
  });

  test('onProgress reports planned, each op as it is answered, then verifying', async () => {
    const t = toy({ desired: { a: '2', b: '2' } });
    const seen: string[] = [];
    const r = await runWrite({ ...t.steps, onProgress: (e) => seen.push(progressLine(e)) });
    expect(seen).toEqual(['planned 2', 'op 1/2 applied', 'op 2/2 applied', 'verifying']);
    expect(r.outcome).toBe('applied');
  });

  test('onProgress after a failure: the failed op, then the rest as skipped, then verifying', async () => {
    const t = toy({ desired: { a: '2', b: '2', c: '2' }, fail: { b: { ok: false, httpStatus: 500, trackingId: 't-b', error: 'boom' } } });
    const seen: string[] = [];
    await runWrite({ ...t.steps, onProgress: (e) => seen.push(progressLine(e)) });
    expect(seen).toEqual(['planned 3', 'op 1/3 applied', 'op 2/3 failed', 'op 3/3 skipped', 'verifying']);
  });

  test('onProgress: a conflict reports nothing, an empty plan only planned', async () => {
    const seen: string[] = [];
    const conflict = toy({ desired: { a: '2' }, baseVersion: 'stale' });
    expect((await runWrite({ ...conflict.steps, onProgress: (e) => seen.push(progressLine(e)) })).outcome).toBe('conflict');
    expect(seen).toEqual([]);
    const same = toy({ desired: { a: '1' } });
    expect((await runWrite({ ...same.steps, onProgress: (e) => seen.push(progressLine(e)) })).outcome).toBe('no_change');
    expect(seen).toEqual(['planned 0']);
  });

  test('a progress listener that throws does not change the run', async () => {
    const t = toy({ desired: { a: '2', b: '2' } });
    const r = await runWrite({
      ...t.steps,
      onProgress: () => {
        throw new Error('stream closed');
      },
    });
    expect(r.outcome).toBe('applied');
    expect(t.sent).toHaveLength(2);
  });
});
