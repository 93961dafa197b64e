// How long a copy must take at least: Zoom's per-second budget, not our
// round trips, sets the pace. Per target the job reads the menu, writes each
// planned operation and reads it back; the source is read once.
import type { IvrCopyPlanResponse } from '@switchboard/contract/ivr-copy';
import { RATE_LIMITS, type ZoomPlan } from '@switchboard/zoom-schema/rate-limits';

export interface CopyEstimate {
  /** Targets that can be copied (their plan has no error and is not refused). */
  targets: number;
  operations: number;
  zoomCalls: number;
  perSecond: number;
  seconds: number;
}

export function estimateCopy(plan: IvrCopyPlanResponse, zoomPlan: ZoomPlan): CopyEstimate {
  const ok = plan.targets.filter((t) => !t.error && !t.refusal);
  const operations = ok.reduce((n, t) => n + t.ops.length, 0);
  const zoomCalls = 1 + ok.length * 2 + operations;
  // IVR reads and writes are Light-labelled operations.
  const perSecond = RATE_LIMITS[zoomPlan].light;
  return { targets: ok.length, operations, zoomCalls, perSecond, seconds: zoomCalls / perSecond };
}

export function formatSeconds(s: number): string {
  if (s < 90) {
    const t = Math.ceil(s * 10) / 10;
    return `${t} second${t === 1 ? '' : 's'}`;
  }
  return `${Math.ceil(s / 60)} minutes`;
}
