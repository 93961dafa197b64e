// One target of a copy job: judged first (a copy that would trap its callers
// is refused and nothing is written), then written through the pipeline. The
// result is what the job records and streams; nothing here throws.
import type { FastifyBaseLogger } from 'fastify';
import type { JobTargetResult } from '@switchboard/contract/jobs';
import { AppError } from '../../http/app-error';
import { withZoomPriority } from '../../zoom/priority';
import type { ArMenus } from '../ivr-write/copy-checks';
import { errorSentence, type CopyTarget, type IvrCopyService, type PreparedCopy } from '../ivr-write/copy';
import type { Actor } from '../ivr-write/service';

export interface TargetRun {
  copy: IvrCopyService;
  prep: PreparedCopy;
  /** Other auto receptionists' menus for the safety check, read once per job. */
  menus: ArMenus;
  actor: Actor;
  jobId: string;
  log: FastifyBaseLogger;
}

const nothingWritten = (target: CopyTarget, outcome: 'refused' | 'error', message: string): JobTargetResult => ({
  arId: target.arId,
  name: target.name,
  outcome,
  message,
  opsApplied: 0,
  opsTotal: 0,
  mismatches: [],
  auditId: null,
});

/** The target's result and the IVR calls its write made (the safety reads are counted by `menus`). */
export async function copyTarget(run: TargetRun, target: CopyTarget): Promise<{ result: JobTargetResult; zoomCalls: number }> {
  try {
    // Judged against the menus as Zoom holds them now, not as they were at the preview.
    const refusal = await withZoomPriority('bulk', () => run.copy.refusal(run.prep, target, run.menus));
    if (refusal !== null) return { result: nothingWritten(target, 'refused', refusal), zoomCalls: 0 };
    const r = await run.copy.copyTo(run.prep, target, run.actor, run.jobId);
    return {
      zoomCalls: r.providerCalls,
      result: {
        arId: target.arId,
        name: target.name,
        outcome: r.outcome,
        message: r.message ?? '',
        opsApplied: r.ops.filter((o) => o.status === 'applied').length,
        opsTotal: r.ops.length,
        mismatches: r.mismatches,
        auditId: r.auditId,
      },
    };
  } catch (err) {
    if (!(err instanceof AppError)) run.log.warn({ err, jobId: run.jobId, arId: target.arId }, 'copy target failed');
    return { result: nothingWritten(target, 'error', errorSentence(err)), zoomCalls: 1 };
  }
}
