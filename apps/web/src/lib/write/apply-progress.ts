// Where each request of an apply stands while it runs, from the PUT's live
// events: every op pending, the one Zoom is answering `sending`, then each as
// Zoom answered it (accepted, refused, or not sent after a refusal); then
// reading back. Pure: the hook folds events into it.
import type { OpResult, PlannedOp } from '@switchboard/contract/ivr';
import type { ApplyProgressEvent } from './send-write';

/** `unknown`: the connection broke before Zoom's answer to it arrived. */
export type OpProgress = 'pending' | 'sending' | 'unknown' | OpResult['status'];

export type LiveOp = PlannedOp & {
  state: OpProgress;
  httpStatus?: number;
  trackingId?: string | null;
  error?: string;
  retries?: (number | null)[];
};

export interface ApplyProgress {
  /** starting: Switchboard reads and plans; sending: requests go out; verifying: reading back. */
  phase: 'starting' | 'sending' | 'verifying';
  ops: LiveOp[];
}

export const startProgress = (ops: PlannedOp[]): ApplyProgress => ({
  phase: 'starting',
  ops: ops.map((op) => ({ ...op, state: 'pending' })),
});

export function applyProgressEvent(p: ApplyProgress, e: ApplyProgressEvent): ApplyProgress {
  switch (e.event) {
    case 'planned':
      return {
        phase: 'sending',
        ops: e.data.ops.map((op, i) => ({ ...op, state: i === 0 ? 'sending' : 'pending' })),
      };
    case 'op': {
      const { index, ...answer } = e.data;
      if (!p.ops[index]) return p;
      const ops = p.ops.map((op, i): LiveOp => {
        if (i === index) return { ...op, ...answer, state: answer.status };
        if (i === index + 1 && answer.status === 'applied' && op.state === 'pending')
          return { ...op, state: 'sending' };
        return op;
      });
      return { phase: 'sending', ops };
    }
    case 'verifying':
      return { ...p, phase: 'verifying' };
  }
}

/** Requests Zoom has answered (accepted or refused). */
export const sentCount = (p: ApplyProgress) =>
  p.ops.filter((o) => o.state === 'applied' || o.state === 'failed').length;

/** After a broken connection: ops still waiting for an answer are unknown, not "sending". */
export const freezeProgress = (p: ApplyProgress): ApplyProgress => ({
  ...p,
  ops: p.ops.map((o) => (o.state === 'pending' || o.state === 'sending' ? { ...o, state: 'unknown' } : o)),
});
