// The write pipeline's vocabulary (see run-write.ts): planned ops and their
// results, the steps a feature hands in, progress events, the record a run
// leaves and the write-ahead journal it leaves it in.
import type { RateLimitLabel } from '@switchboard/zoom-schema/rate-limits';

export type WriteOutcome = 'applied' | 'no_change' | 'not_persisted' | 'unverified' | 'partial' | 'conflict';

export interface WriteRequest {
  method: 'PATCH' | 'POST' | 'PUT' | 'DELETE';
  path: string;
  body: unknown;
}

export interface PlannedWrite {
  description: string;
  /** The part of the object the op writes (for per-field display). */
  field?: string;
  /** The op's rate-limit label (Zoom's documents name one per operation); the executor's default otherwise. */
  label?: RateLimitLabel;
  /** The request as planned (shown before anything is sent). With `bind`, placeholders stand where earlier answers go. */
  request: WriteRequest;
  /**
   * The request as sent, made from the earlier ops' results when its turn
   * comes (e.g. the id Zoom gave a holiday the op before created). Throwing
   * (a sentence) fails the op without sending it. Not stored: the result
   * records the request actually sent.
   */
  bind?: (earlier: readonly OpResult[]) => WriteRequest;
}

export interface OpResult extends Omit<PlannedWrite, 'bind'> {
  /**
   * applied / failed: Zoom's answer; skipped: never sent; unknown: sent, and
   * whether Zoom acted on it could not be told (its answer was lost and the
   * read-back could not settle it). In the history only: pending (planned,
   * not sent yet) and sending (sent, no answer yet) while a run goes on.
   */
  status: 'applied' | 'failed' | 'skipped' | 'pending' | 'sending' | 'unknown';
  httpStatus?: number;
  trackingId: string | null;
  error?: string;
  /** Answers retried before the recorded one (HTTP status; null: no answer). */
  retries?: (number | null)[];
  /** Zoom's answer body when it has one (e.g. a POST's `{holiday_id}`); later ops may use it. */
  answer?: unknown;
  /** How a lost answer was settled by reading Zoom back, in words. */
  settled?: string;
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

/** What sending one op gave: Zoom's status, tracking id and answer, or why it failed. */
export type ExecuteResult =
  | { ok: true; httpStatus: number; trackingId: string | null; retries?: (number | null)[]; answer?: unknown }
  | {
      ok: false;
      httpStatus?: number;
      trackingId: string | null;
      error: string;
      retries?: (number | null)[];
      /** No answer (or a 5xx to a call not sent again): Zoom may or may not have acted on it. */
      outcomeUnknown?: boolean;
    };

/** Whether an op whose answer was lost landed, judged from a fresh read (null: cannot tell). */
export type Settlement = { landed: true; answer?: unknown } | { landed: false } | { landed: null };

export interface WriteSteps<S> {
  /** Who is written to, in the outcome's sentences: "Zoom" unless said. */
  provider?: string;
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
  /** Desired vs read back; empty when everything landed (`ops`: the results, e.g. ids Zoom gave). */
  verify(readBack: S, ops: readonly OpResult[]): Mismatch[];
  /**
   * An op's answer was lost: did it land? Asked with a fresh read (one provider
   * call) instead of sending it again — a POST sent twice would create twice.
   * Without it, such an op ends `unknown` and the run stops.
   */
  settle?(op: PlannedWrite, index: number, state: S, before: S): Settlement;
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
