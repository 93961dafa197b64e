// The pipeline grown for call handling, on a toy provider that creates
// records with ids: an op made from an earlier op's answer (create, then
// write with the new id), each op's own rate-limit label handed to the
// executor, and a lost answer settled by reading back — never by sending again.
import { describe, expect, test } from 'vitest';
import { runWrite } from './run-write';
import type { ExecuteResult, OpResult, PlannedWrite, WriteSteps } from './types';

interface Row {
  id: string;
  name: string;
  routing: string;
}
type State = Row[];

interface Toy {
  steps: WriteSteps<State>;
  store: State;
  sent: { path: string; body: unknown; label: string | undefined }[];
  reads: number;
  history: OpResult[][];
}

/** Create "Christmas" (POST → {id}), then set its routing with that id (PATCH). */
function toy(opts: { lose?: 'after-landing' | 'before-landing'; settle?: boolean; readBackFails?: boolean } = {}): Toy {
  const t: Toy = { store: [], sent: [], reads: 0, history: [], steps: undefined! };
  let next = 1;
  let finalOps: OpResult[] = [];
  t.steps = {
    read: async () => {
      t.reads++;
      return structuredClone(t.store);
    },
    version: (s) => JSON.stringify(s),
    conflictDiff: () => [],
    plan: async () => {
      const ops: PlannedWrite[] = [
        { description: 'Add Christmas', label: 'light', request: { method: 'POST', path: '/holidays', body: { name: 'Christmas' } } },
        {
          description: 'Route Christmas like closed hours',
          label: 'medium',
          request: { method: 'PATCH', path: '/holidays/{id from the answer above}', body: { routing: 'closed' } },
          bind: (earlier) => {
            const id = (earlier[0]?.answer as { id?: string } | undefined)?.id;
            if (!id) throw new Error('Zoom did not say which id the new holiday got, so its routing could not be written.');
            return { method: 'PATCH', path: `/holidays/${id}`, body: { routing: 'closed' } };
          },
        },
      ];
      return { ops, diff: [{ field: 'Christmas', before: 'none', after: 'closed' }] };
    },
    execute: async (op): Promise<ExecuteResult> => {
      t.sent.push({ path: op.request.path, body: op.request.body, label: op.label });
      if (op.request.method === 'POST') {
        if (opts.lose === 'before-landing') return { ok: false, trackingId: null, error: 'No answer came from Zoom.', outcomeUnknown: true };
        const row = { id: `h${next++}`, name: 'Christmas', routing: 'voicemail' };
        t.store.push(row);
        if (opts.lose === 'after-landing') return { ok: false, trackingId: null, error: 'No answer came from Zoom.', outcomeUnknown: true };
        return { ok: true, httpStatus: 201, trackingId: 'T1', answer: { id: row.id } };
      }
      const id = op.request.path.split('/')[2];
      const row = t.store.find((r) => r.id === id);
      if (!row) return { ok: false, httpStatus: 404, trackingId: 'T2', error: 'Holiday does not exist.' };
      row.routing = 'closed';
      return { ok: true, httpStatus: 204, trackingId: 'T2' };
    },
    readBack: async () => {
      t.reads++;
      if (opts.readBackFails) throw new Error('Zoom could not be reached');
      return structuredClone(t.store);
    },
    verify: (rb, ops) => {
      const id = (ops[0]?.answer as { id?: string } | undefined)?.id;
      const row = rb.find((r) => r.id === id);
      return row?.routing === 'closed' ? [] : [{ field: 'Christmas', expected: 'closed', actual: row?.routing ?? 'missing' }];
    },
    ...(opts.settle === false
      ? {}
      : {
          settle: (op: PlannedWrite, _i: number, state: State, before: State) => {
            if (op.request.method !== 'POST') return { landed: null };
            const created = state.find((r) => !before.some((b) => b.id === r.id) && r.name === 'Christmas');
            return created ? { landed: true, answer: { id: created.id } } : { landed: false };
          },
        }),
    journal: {
      begin: async () => 'audit-1',
      op: async (_id, i, op) => {
        finalOps[i] = op;
      },
      finish: async (id, record) => {
        finalOps = record.ops;
        t.history.push(record.ops);
        return id ?? 'audit-x';
      },
    },
  };
  return t;
}

describe('an op made from an earlier answer', () => {
  test('POST then PATCH with the new id: the id is bound when its turn comes, each op keeps its label', async () => {
    const t = toy();
    const r = await runWrite(t.steps);
    expect(r.outcome).toBe('applied');
    expect(t.sent).toEqual([
      { path: '/holidays', body: { name: 'Christmas' }, label: 'light' },
      { path: '/holidays/h1', body: { routing: 'closed' }, label: 'medium' },
    ]);
    // the result (and the history) records the request actually sent, never the bind function
    expect(r.ops[1]!.request.path).toBe('/holidays/h1');
    expect('bind' in r.ops[1]!).toBe(false);
    expect(r.ops[0]!.answer).toEqual({ id: 'h1' });
    expect(r.providerCalls).toBe(4); // read, POST, PATCH, read back
  });

  test("an answer without what the next op needs fails that op without sending it", async () => {
    const t = toy();
    const execute = t.steps.execute;
    t.steps.execute = async (op) => {
      const res = await execute(op);
      return res.ok && op.request.method === 'POST' ? { ...res, answer: {} } : res;
    };
    const r = await runWrite(t.steps);
    expect(r.outcome).toBe('partial');
    expect(r.ops.map((o) => o.status)).toEqual(['applied', 'failed']);
    expect(r.ops[1]!.error).toMatch(/did not say which id/);
    expect(t.sent).toHaveLength(1);
  });
});

describe('a POST whose answer was lost is settled by reading back, never sent again', () => {
  test('it had landed: applied, the id found on read-back feeds the next op; exactly one created', async () => {
    const t = toy({ lose: 'after-landing' });
    const r = await runWrite(t.steps);
    expect(r.outcome).toBe('applied');
    expect(t.store).toHaveLength(1);
    expect(t.sent.filter((s) => s.path === '/holidays')).toHaveLength(1);
    expect(r.ops[0]).toMatchObject({ status: 'applied', answer: { id: 'h1' } });
    expect(r.ops[0]!.settled).toMatch(/reading Zoom back showed it had landed, so it was not sent again/);
    expect(r.ops[1]!.request.path).toBe('/holidays/h1');
    expect(r.message).toMatch(/All 2 changes landed.*answer to 1 request was lost; reading Zoom back showed it had landed/);
    expect(r.providerCalls).toBe(5); // read, POST, settle read, PATCH, read back
  });

  test('it had not landed: failed, nothing after it sent, and the message says so', async () => {
    const t = toy({ lose: 'before-landing' });
    const r = await runWrite(t.steps);
    expect(r.outcome).toBe('partial');
    expect(t.store).toHaveLength(0);
    expect(r.ops.map((o) => o.status)).toEqual(['failed', 'skipped']);
    expect(r.ops[0]!.settled).toMatch(/showed it had not landed/);
    expect(r.message).toMatch(/^None of the 2 requests landed: this one did not reach Zoom — Add Christmas/);
  });

  test('without a way to settle, or when the read-back fails, it is unknown and the run stops', async () => {
    for (const t of [toy({ lose: 'after-landing', settle: false }), toy({ lose: 'after-landing', readBackFails: true })]) {
      const r = await runWrite(t.steps);
      expect(r.outcome).toBe('partial');
      expect(r.ops.map((o) => o.status)).toEqual(['unknown', 'skipped']);
      expect(r.message).toMatch(/^Whether anything landed is not known: Zoom's answer to this one was lost/);
      expect(t.sent).toHaveLength(1);
    }
  });
});
