// One extension of an add-holiday job: the holiday added through the write
// pipeline (checked first: an overlap or a holiday already over there is
// `refused`, nothing written), its routing set like the closed hours'. The
// result is what the job records and streams; nothing here throws.
import type { FastifyBaseLogger } from 'fastify';
import type { DirectoryItem } from '@switchboard/contract/directory';
import type { ExtensionType } from '@switchboard/contract/hours';
import type { HolidayJobTargetResult } from '@switchboard/contract/jobs';
import { AppError } from '../../http/app-error';
import type { ExtensionService } from '../extensions/service';
import type { HolidayService } from '../holidays/service';
import type { HolidayInput } from '../holidays/state';
import { ZoomApiError } from '../../zoom/zoom-error';
import type { Actor } from '../ivr-write/service';

export interface HolidayTargetRun {
  holidays: HolidayService;
  extensions: ExtensionService;
  holiday: HolidayInput;
  actor: Actor;
  jobId: string;
  log: FastifyBaseLogger;
}

const errorSentence = (err: unknown): string =>
  err instanceof AppError || err instanceof ZoomApiError ? err.message : 'Something went wrong on our side with this extension.';

const nothingWritten = (item: DirectoryItem, outcome: 'refused' | 'error', message: string): HolidayJobTargetResult => ({
  extensionId: item.extensionId!,
  name: item.name,
  type: item.type as ExtensionType,
  outcome,
  message,
  opsApplied: 0,
  opsTotal: 0,
  mismatches: [],
  auditId: null,
  holidayId: null,
});

export async function holidayTarget(run: HolidayTargetRun, item: DirectoryItem): Promise<{ result: HolidayJobTargetResult; zoomCalls: number }> {
  try {
    const ext = await run.extensions.withZone(item);
    const r = await run.holidays.run(ext, { kind: 'add', holiday: run.holiday }, run.actor, run.jobId);
    return {
      zoomCalls: r.providerCalls,
      result: {
        extensionId: ext.id,
        name: ext.name,
        type: ext.type,
        outcome: r.outcome,
        message: r.message ?? '',
        opsApplied: r.ops.filter((o) => o.status === 'applied').length,
        opsTotal: r.ops.length,
        mismatches: r.mismatches,
        auditId: r.auditId,
        holidayId: r.holidayId ?? null,
      },
    };
  } catch (err) {
    // The rules refused it before anything was sent (overlap, over already there): nothing written.
    if (err instanceof AppError && err.statusCode === 400) return { result: nothingWritten(item, 'refused', err.message), zoomCalls: 1 };
    if (!(err instanceof AppError)) run.log.warn({ err, jobId: run.jobId, extensionId: item.extensionId }, 'holiday target failed');
    return { result: nothingWritten(item, 'error', errorSentence(err)), zoomCalls: 1 };
  }
}
