// The one way Switchboard changes anything in Zoom: read → (conflict check) →
// plan → apply op by op → read back → verify → audit. It knows nothing about
// IVR menus: a feature hands in its steps (how to read, plan, send, verify)
// and gets back a verified outcome. Call handling, holidays and contact center
// writes reuse it with their own steps.
//
// Outcomes, decided here once for every feature:
// - conflict       the current version differs from the caller's baseVersion:
//                  nothing is planned or sent; the diff says what changed.
// - no_change      the plan is empty: nothing is sent and nothing read back.
// - partial        an op failed: the ops after it are not sent (skipped); the
//                  state is still read back, so mismatches show what is missing.
// - not_persisted  every op was answered 2xx, but the read-back differs:
//                  Zoom accepted and did not keep it.
// - unverified     every op was answered 2xx, but the read-back failed: nobody
//                  knows yet whether Zoom kept it (never called not_persisted,
//                  which would claim Zoom dropped it).
// - applied        every op answered 2xx and the read-back verifies clean.
// An op may use an earlier op's answer (PlannedWrite.bind: POST a holiday,
// then write its routing with the id Zoom gave it), carries its own
// rate-limit label, and is never sent twice when its answer is lost: the run
// reads Zoom back and asks the feature whether it landed (WriteSteps.settle);
// landed, it counts as applied and the run goes on; not landed, it failed;
// undecidable, it is `unknown` and the run stops (partial).
// Every run that read the current state leaves exactly one history entry, and
// it is written AHEAD: before the first request goes to Zoom the history holds
// the plan (its outcome reads `interrupted` until the run finishes), and each
// request is recorded as it is sent and as it is answered. A process killed
// mid-write therefore leaves an entry saying what was sent and what was not
// (see features/audit/recovery.ts).
import { outcomeMessage } from './outcome-message';
import { bindOp, recordable, sendOp } from './send-op';
import type { Mismatch, OpResult, WriteOutcome, WriteProgress, WriteRecord, WriteResult, WriteSteps } from './types';

/** The history could not be written before sending: nothing was sent (the feature answers 503). */
export class JournalUnavailableError extends Error {
  override name = 'JournalUnavailableError';
}

export async function runWrite<S>(steps: WriteSteps<S>): Promise<WriteResult<S>> {
  const before = await steps.read();
  let providerCalls = 1;
  const currentVersion = steps.version(before);

  let record: WriteRecord<S>;
  if (steps.baseVersion !== undefined && steps.baseVersion !== currentVersion) {
    record = {
      outcome: 'conflict',
      before,
      after: null,
      ops: [],
      mismatches: [],
      diff: await steps.conflictDiff(before),
      message: outcomeMessage('conflict', [], [], null, null, steps.provider),
      version: currentVersion,
      providerCalls,
    };
    return finish(steps, record);
  }

  const { ops: planned, diff } = await steps.plan(before);
  report(steps, { type: 'planned', ops: planned });
  if (planned.length === 0) {
    record = {
      outcome: 'no_change',
      before,
      after: before, // nothing was written: what was just read is still what Zoom has
      ops: [],
      mismatches: [],
      diff,
      message: outcomeMessage('no_change', [], [], null, null, steps.provider),
      version: currentVersion,
      providerCalls,
    };
    return finish(steps, record);
  }

  // Written ahead: the plan is in the history before the first request goes to Zoom.
  let auditId: string;
  try {
    auditId = await steps.journal.begin({ before, ops: planned, diff });
  } catch (err) {
    throw new JournalUnavailableError(
      `The change history could not be written (${err instanceof Error ? err.message : String(err)}), so nothing was sent to ${steps.provider ?? 'Zoom'}.`,
      { cause: err },
    );
  }

  const ops: OpResult[] = [];
  let failed = false;
  let stopped: string | null = null;
  for (const [i, op] of planned.entries()) {
    let result: OpResult;
    if (failed || stopped) {
      result = { ...recordable(op), status: 'skipped', trackingId: null };
    } else {
      const bound = bindOp(op, ops);
      if ('error' in bound) {
        // Its request could not be made (an earlier answer lacks what it needs): not sent.
        result = { ...recordable(op), status: 'failed', trackingId: null, error: bound.error };
        failed = true;
        await steps.journal.op(auditId, i, result).catch((err: unknown) => {
          stopped = err instanceof Error ? err.message : String(err);
        });
        ops.push(result);
        report(steps, { type: 'op', index: i, total: planned.length, result });
        continue;
      }
      const sending = recordable(op, bound.request);
      try {
        await steps.journal.op(auditId, i, { ...recordable(sending), status: 'sending', trackingId: null });
      } catch (err) {
        // No record of this request, so it is not sent (nor any after it).
        stopped = err instanceof Error ? err.message : String(err);
        result = { ...recordable(sending), status: 'skipped', trackingId: null };
        ops.push(result);
        report(steps, { type: 'op', index: i, total: planned.length, result });
        continue;
      }
      providerCalls++;
      const sent = await sendOp(steps, sending, i, before);
      providerCalls += sent.reads;
      result = sent.result;
      failed = result.status !== 'applied';
      await steps.journal.op(auditId, i, result).catch((err: unknown) => {
        stopped = err instanceof Error ? err.message : String(err);
      });
    }
    ops.push(result);
    report(steps, { type: 'op', index: i, total: planned.length, result });
  }
  report(steps, { type: 'verifying' });

  let after: S | null = null;
  let mismatches: Mismatch[];
  let readBackError: string | null = null;
  providerCalls++;
  try {
    after = await steps.readBack();
    mismatches = steps.verify(after, ops);
  } catch (err) {
    // Unknown, not "not kept": the mismatches list nothing Zoom was seen to drop.
    readBackError = err instanceof Error ? err.message : String(err);
    mismatches = [];
  }
  const outcome: WriteOutcome = failed || stopped ? 'partial' : readBackError ? 'unverified' : mismatches.length > 0 ? 'not_persisted' : 'applied';
  record = {
    outcome,
    before,
    after,
    ops,
    mismatches,
    diff,
    message: outcomeMessage(outcome, ops, mismatches, readBackError, stopped, steps.provider),
    version: after === null ? undefined : steps.version(after),
    providerCalls,
  };
  return finish(steps, record, auditId);
}

/** A progress listener that throws (e.g. a closed stream) must not change what the run does. */
function report<S>(steps: WriteSteps<S>, event: WriteProgress): void {
  try {
    steps.onProgress?.(event);
  } catch {
    // progress is best effort; the result carries the truth
  }
}

async function finish<S>(steps: WriteSteps<S>, record: WriteRecord<S>, auditId: string | null = null): Promise<WriteResult<S>> {
  try {
    return { ...record, auditId: await steps.journal.finish(auditId, record) };
  } catch (err) {
    // The write happened; losing its result to a failed history update would be worse.
    const why = err instanceof Error ? err.message : String(err);
    return { ...record, auditId, message: `${record.message} The change history could not be completed (${why}).` };
  }
}
