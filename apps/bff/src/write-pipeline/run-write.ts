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
// Every run that read the current state leaves exactly one history entry, and
// it is written AHEAD: before the first request goes to Zoom the history holds
// the plan (its outcome reads `interrupted` until the run finishes), and each
// request is recorded as it is sent and as it is answered. A process killed
// mid-write therefore leaves an entry saying what was sent and what was not
// (see features/audit/recovery.ts).
export type WriteOutcome = 'applied' | 'no_change' | 'not_persisted' | 'unverified' | 'partial' | 'conflict';

export interface PlannedWrite {
  description: string;
  /** The part of the object the op writes (for per-field display). */
  field?: string;
  request: { method: 'PATCH' | 'POST' | 'PUT' | 'DELETE'; path: string; body: unknown };
}

export interface OpResult extends PlannedWrite {
  /**
   * applied / failed: Zoom's answer; skipped: never sent. In the history only:
   * pending (planned, not sent yet) and sending (sent, no answer yet) while a
   * run goes on; unknown when the process died after sending and the answer
   * was lost.
   */
  status: 'applied' | 'failed' | 'skipped' | 'pending' | 'sending' | 'unknown';
  httpStatus?: number;
  trackingId: string | null;
  error?: string;
  /** Answers retried before the recorded one (HTTP status; null: no answer). */
  retries?: (number | null)[];
}

export interface Mismatch {
  field: string;
  expected: string;
  actual: string;
}

export interface Change {
  field: string;
  before: string;
  after: string;
}

/** What sending one op gave: Zoom's status and tracking id, or why it failed. */
export type ExecuteResult =
  | { ok: true; httpStatus: number; trackingId: string | null; retries?: (number | null)[] }
  | { ok: false; httpStatus?: number; trackingId: string | null; error: string; retries?: (number | null)[] };

export interface WriteSteps<S> {
  /** Read the current state (exactly one provider read). */
  read(): Promise<S>;
  /** The version of a state (a hash of what it does). */
  version(state: S): string;
  /** The version the caller based its change on; undefined skips the conflict check. */
  baseVersion?: string | undefined;
  /** What changed in the provider since baseVersion, in words (for the 409). */
  conflictDiff(current: S): Change[] | Promise<Change[]>;
  /** The ops that turn `current` into the desired state, and the change in words. May throw a 4xx. */
  plan(current: S): Promise<{ ops: PlannedWrite[]; diff: Change[] }>;
  /** Send one op (through the rate-limited client). */
  execute(op: PlannedWrite): Promise<ExecuteResult>;
  /** Read the state again after the writes (exactly one provider read). */
  readBack(): Promise<S>;
  /** Desired vs read back; empty when everything landed. */
  verify(readBack: S): Mismatch[];
  /** The change history, written ahead of every request to Zoom. */
  journal: WriteJournal<S>;
  /** Told as the run goes (live progress displays); see WriteProgress. Its errors are ignored. */
  onProgress?(event: WriteProgress): void;
}

/**
 * What a run reports while it goes, in order: `planned` once the ops are known
 * (not for a conflict), one `op` per planned op as it is answered (or skipped),
 * `verifying` before the read-back (only when something was planned). The
 * outcome itself is runWrite's result: the caller reports it.
 */
export type WriteProgress =
  | { type: 'planned'; ops: PlannedWrite[] }
  | { type: 'op'; index: number; total: number; result: OpResult }
  | { type: 'verifying' };

export interface WriteRecord<S> {
  outcome: WriteOutcome;
  before: S;
  /** The state after: read back after writes; the state just read when nothing was written; null when unknown. */
  after: S | null;
  ops: OpResult[];
  mismatches: Mismatch[];
  diff: Change[];
  message: string;
  /** The version after the write (read back), or the current one when nothing was written. */
  version: string | undefined;
  /** Provider calls made: reads and sent ops (for job summaries and benches). */
  providerCalls: number;
}

export interface WriteResult<S> extends WriteRecord<S> {
  auditId: string | null;
}

/**
 * The change history as the pipeline writes it. `begin` runs before anything
 * is sent; if it fails, nothing is sent. `op` records each request before it
 * is sent (status `sending`) and when it is answered; if that fails, no later
 * request is sent. `finish` writes the final record (a run that sent nothing,
 * such as a conflict, has no `begin` and passes a null id).
 */
export interface WriteJournal<S> {
  begin(entry: { before: S; ops: PlannedWrite[]; diff: Change[] }): Promise<string>;
  op(id: string, index: number, op: OpResult): Promise<void>;
  finish(id: string | null, record: WriteRecord<S>): Promise<string>;
}

/** The history could not be written before sending: nothing was sent (the feature answers 503). */
export class JournalUnavailableError extends Error {
  override name = 'JournalUnavailableError';
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function outcomeMessage(outcome: WriteOutcome, ops: OpResult[], mismatches: Mismatch[], readBackError: string | null, stopped: string | null) {
  const sent = ops.filter((o) => o.status !== 'skipped').length;
  const landed = ops.filter((o) => o.status === 'applied').length;
  switch (outcome) {
    case 'conflict':
      return 'This was changed in Zoom after you loaded it, so nothing was written. Reload to see the current state, then apply your change again.';
    case 'no_change':
      return 'Nothing to change: Zoom already has exactly this.';
    case 'applied':
      return `${landed === 1 ? 'The change' : `All ${landed} changes`} landed: Zoom read ${landed === 1 ? 'it' : 'them'} back as set.`;
    case 'partial': {
      const failed = ops.find((o) => o.status === 'failed');
      const skipped = ops.length - sent;
      if (!failed) {
        return `${landed} of ${plural(ops.length, 'request')} landed. The change history stopped accepting records (${stopped ?? 'unknown error'}), so the remaining ${plural(skipped, 'request was', 'requests were')} not sent.`;
      }
      // Counted as requests (the read-back's list of what is missing counts changes: one request can carry two).
      // Nothing landed is a failure, and reads as one ("0 of 3 landed" sounds like progress).
      // No quotes around the description (it may quote a name itself) and no doubled full stop.
      const head = landed === 0 ? `None of the ${plural(ops.length, 'request')} landed:` : `${landed} of ${plural(ops.length, 'request')} landed.`;
      const why = failed.error?.replace(/[.\s]+$/, '');
      return (
        `${head} Zoom refused this one — ${failed.description}` +
        `${failed.httpStatus ? ` (HTTP ${failed.httpStatus}${why ? `: ${why}` : ''})` : why ? ` (${why})` : ''}` +
        `${skipped > 0 ? `, so the remaining ${plural(skipped, 'request was', 'requests were')} not sent` : ''}.` +
        `${failed.trackingId ? ` Zoom tracking id: ${failed.trackingId}.` : ''}`
      );
    }
    case 'unverified':
      return `Zoom accepted ${plural(sent, 'change')}, but reading ${sent === 1 ? 'it' : 'them'} back failed (${readBackError ?? 'no answer'}), so nobody knows yet whether Zoom kept ${sent === 1 ? 'it' : 'them'}. Reload to see what Zoom holds.`;
    case 'not_persisted':
      // Requests and the changes they carry are counted apart: one request can set the greeting and "no key pressed" together.
      return `Zoom answered ${sent === 1 ? 'the request' : `all ${sent} requests`} with success but did not keep ${mismatches.length} of the changes ${sent === 1 ? 'it' : 'they'} asked for. Quote the tracking ids to Zoom support.`;
  }
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
      message: outcomeMessage('conflict', [], [], null, null),
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
      message: outcomeMessage('no_change', [], [], null, null),
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
      `The change history could not be written (${err instanceof Error ? err.message : String(err)}), so nothing was sent to Zoom.`,
      { cause: err },
    );
  }

  const ops: OpResult[] = [];
  let failed = false;
  let stopped: string | null = null;
  for (const [i, op] of planned.entries()) {
    let result: OpResult;
    if (failed || stopped) {
      result = { ...op, status: 'skipped', trackingId: null };
    } else {
      try {
        await steps.journal.op(auditId, i, { ...op, status: 'sending', trackingId: null });
      } catch (err) {
        // No record of this request, so it is not sent (nor any after it).
        stopped = err instanceof Error ? err.message : String(err);
        result = { ...op, status: 'skipped', trackingId: null };
        ops.push(result);
        report(steps, { type: 'op', index: i, total: planned.length, result });
        continue;
      }
      providerCalls++;
      const sent = await steps.execute(op).catch(
        (err: unknown): ExecuteResult => ({ ok: false, trackingId: null, error: err instanceof Error ? err.message : String(err) }),
      );
      const retries = sent.retries?.length ? { retries: sent.retries } : {};
      result = sent.ok
        ? { ...op, status: 'applied', httpStatus: sent.httpStatus, trackingId: sent.trackingId, ...retries }
        : {
            ...op,
            status: 'failed',
            ...(sent.httpStatus === undefined ? {} : { httpStatus: sent.httpStatus }),
            trackingId: sent.trackingId,
            error: sent.error,
            ...retries,
          };
      failed = !sent.ok;
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
    mismatches = steps.verify(after);
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
    message: outcomeMessage(outcome, ops, mismatches, readBackError, stopped),
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
