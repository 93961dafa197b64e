// The sentence each outcome reads as, decided once for every kind of write.
// Requests and the changes they carry are counted apart (one request can set
// two things); an answer lost and settled by reading Zoom back is said so.
import type { Mismatch, OpResult, WriteOutcome } from './types';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** " Zoom's answer to 1 request was lost; …" when a lost answer was settled by a read-back. */
function settledNote(ops: readonly OpResult[], p: string): string {
  const settled = ops.filter((o) => o.settled && o.status === 'applied').length;
  if (settled === 0) return '';
  return ` ${p}'s answer to ${plural(settled, 'request')} was lost; reading ${p} back showed ${settled === 1 ? 'it' : 'they'} had landed, so ${settled === 1 ? 'it was' : 'they were'} not sent again.`;
}

function partialMessage(ops: readonly OpResult[], stopped: string | null, p: string): string {
  const sent = ops.filter((o) => o.status !== 'skipped').length;
  const landed = ops.filter((o) => o.status === 'applied').length;
  const skipped = ops.length - sent;
  const failed = ops.find((o) => o.status === 'failed' || o.status === 'unknown');
  if (!failed) {
    return `${landed} of ${plural(ops.length, 'request')} landed. The change history stopped accepting records (${stopped ?? 'unknown error'}), so the remaining ${plural(skipped, 'request was', 'requests were')} not sent.`;
  }
  // Nothing landed is a failure, and reads as one ("0 of 3 landed" sounds like progress).
  // No quotes around the description (it may quote a name itself) and no doubled full stop.
  const head = landed === 0 ? `None of the ${plural(ops.length, 'request')} landed:` : `${landed} of ${plural(ops.length, 'request')} landed.`;
  const rest = skipped > 0 ? `, so the remaining ${plural(skipped, 'request was', 'requests were')} not sent` : '';
  const tracking = failed.trackingId ? ` ${p} tracking id: ${failed.trackingId}.` : '';
  if (failed.status === 'unknown') {
    const head2 = landed === 0 ? `Whether anything landed is not known:` : head;
    return `${head2} ${p}'s answer to this one was lost and reading ${p} back could not tell whether it landed — ${failed.description}${rest}. Reload to see what ${p} holds before trying again.${tracking}`;
  }
  if (failed.settled) {
    // Its answer was lost and the read-back showed it had not landed: not a refusal by Zoom.
    return `${head} this one did not reach ${p} — ${failed.description} (no answer came; reading ${p} back showed it had not landed)${rest}.${landed === 0 ? ' Nothing was changed: try again.' : ''}${tracking}`;
  }
  const why = failed.error?.replace(/[.\s]+$/, '');
  return (
    `${head} ${p} refused this one — ${failed.description}` +
    `${failed.httpStatus ? ` (HTTP ${failed.httpStatus}${why ? `: ${why}` : ''})` : why ? ` (${why})` : ''}` +
    `${rest}.${tracking}`
  );
}

export function outcomeMessage(
  outcome: WriteOutcome,
  ops: readonly OpResult[],
  mismatches: readonly Mismatch[],
  readBackError: string | null,
  stopped: string | null,
  /** Who was written to, in sentences: "Zoom" (the default), "Zendesk Talk". */
  p = 'Zoom',
): string {
  const sent = ops.filter((o) => o.status !== 'skipped').length;
  const landed = ops.filter((o) => o.status === 'applied').length;
  switch (outcome) {
    case 'conflict':
      return `This was changed in ${p} after you loaded it, so nothing was written. Reload to see the current state, then apply your change again.`;
    case 'no_change':
      return `Nothing to change: ${p} already has exactly this.`;
    case 'applied':
      return `${landed === 1 ? 'The change' : `All ${landed} changes`} landed: ${p} read ${landed === 1 ? 'it' : 'them'} back as set.${settledNote(ops, p)}`;
    case 'partial':
      return partialMessage(ops, stopped, p);
    case 'unverified':
      return `${p} accepted ${plural(sent, 'change')}, but reading ${sent === 1 ? 'it' : 'them'} back failed (${readBackError ?? 'no answer'}), so nobody knows yet whether ${p} kept ${sent === 1 ? 'it' : 'them'}. Reload to see what ${p} holds.`;
    case 'not_persisted':
      // Requests and the changes they carry are counted apart: one request can set the greeting and "no key pressed" together.
      return `${p} answered ${sent === 1 ? 'the request' : `all ${sent} requests`} with success but did not keep ${mismatches.length} of the changes ${sent === 1 ? 'it' : 'they'} asked for. Quote the tracking ids to ${p} support.${settledNote(ops, p)}`;
  }
}
