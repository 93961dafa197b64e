// One op of a run: its request made from the earlier answers (bind), sent,
// and — when Zoom's answer was lost — settled by reading Zoom back instead of
// sending it again (a POST sent twice creates twice).
import type { ExecuteResult, OpResult, PlannedWrite, WriteRequest, WriteSteps } from './types';

const errorText = (err: unknown) => (err instanceof Error ? err.message : String(err));

/** The op as recorded: without its bind function, with the request it sends. */
export function recordable(op: PlannedWrite, request: WriteRequest = op.request): Omit<PlannedWrite, 'bind'> {
  const { bind: _bind, ...rest } = op;
  return { ...rest, request };
}

/** The request to send, made from the earlier results; a sentence when it cannot be made (nothing is sent). */
export function bindOp(op: PlannedWrite, earlier: readonly OpResult[]): { request: WriteRequest } | { error: string } {
  if (!op.bind) return { request: op.request };
  try {
    return { request: op.bind(earlier) };
  } catch (err) {
    return { error: errorText(err) };
  }
}

/** Send the op and turn Zoom's answer into its result; a lost answer is settled with one read (counted in `reads`). */
export async function sendOp<S>(
  steps: WriteSteps<S>,
  op: PlannedWrite,
  index: number,
  before: S,
): Promise<{ result: OpResult; reads: number }> {
  const base = recordable(op);
  const sent = await steps.execute(base).catch((err: unknown): ExecuteResult => ({ ok: false, trackingId: null, error: errorText(err) }));
  const retries = sent.retries?.length ? { retries: sent.retries } : {};
  if (sent.ok) {
    const answer = sent.answer === undefined || sent.answer === null ? {} : { answer: sent.answer };
    return { result: { ...base, status: 'applied', httpStatus: sent.httpStatus, trackingId: sent.trackingId, ...retries, ...answer }, reads: 0 };
  }
  const failed: OpResult = {
    ...base,
    status: 'failed',
    ...(sent.httpStatus === undefined ? {} : { httpStatus: sent.httpStatus }),
    trackingId: sent.trackingId,
    error: sent.error,
    ...retries,
  };
  if (!sent.outcomeUnknown) return { result: failed, reads: 0 };
  if (!steps.settle) return { result: { ...failed, status: 'unknown' }, reads: 0 };
  const p = steps.provider ?? 'Zoom';
  let state: S;
  try {
    state = await steps.readBack();
  } catch (err) {
    return { result: { ...failed, status: 'unknown', settled: `Reading ${p} back to see whether it landed failed too (${errorText(err)}).` }, reads: 1 };
  }
  const s = steps.settle(base, index, state, before);
  if (s.landed === true) {
    const answer = s.answer === undefined ? {} : { answer: s.answer };
    return {
      result: { ...failed, status: 'applied', ...answer, settled: `${p}'s answer was lost (${sent.error}); reading ${p} back showed it had landed, so it was not sent again.` },
      reads: 1,
    };
  }
  if (s.landed === false) {
    return { result: { ...failed, settled: `${p}'s answer was lost (${sent.error}); reading ${p} back showed it had not landed.` }, reads: 1 };
  }
  return { result: { ...failed, status: 'unknown', settled: `Reading ${p} back could not tell whether it landed.` }, reads: 1 };
}
