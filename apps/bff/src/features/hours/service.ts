// Business hours and closed-hours routing of one extension through the write
// pipeline: one GET of its call handling, the version check, plan (plan.ts),
// PATCHes through the rate-limited client, one GET to read back, verify,
// one history entry (kind `hours`) written ahead. Also the "Open now?"
// status from the same GET. Names come from Zoom, never from the browser.
import type { HoursResponse, HoursWriteBody, StatusResponse } from '@switchboard/contract/hours';
import type { WritePlan, WriteResult } from '@switchboard/contract/write';
import { hoursVersion, type HoursState } from '@switchboard/routing-core/schedule/call-routing';
import { describeCallRouting } from '@switchboard/routing-core/schedule/call-routing-zoom';
import { diffHours, verifyHours } from '@switchboard/routing-core/schedule/hours-diff';
import { nextChangeWords, statusAt } from '@switchboard/routing-core/schedule/status';
import { AppError, badRequest } from '../../http/app-error';
import { ProcessVersionStore } from '../../lib/version-store';
import type { VersionStore } from '../../lib/version-store';
import { KeyedLock } from '../../write-pipeline/keyed-lock';
import type { WriteLock } from '../../write-pipeline/keyed-lock';
import { JournalUnavailableError, runWrite } from '../../write-pipeline/run-write';
import type { WriteProgress, WriteSteps } from '../../write-pipeline/types';
import { zoomExecutor } from '../../write-pipeline/zoom-executor';
import type { ZoomClient } from '../../zoom/client';
import { withZoomPriority } from '../../zoom/priority';
import type { AuditService } from '../audit/service';
import { holidaysFromZoom, hoursFromZoom, readCallHandling } from '../call-handling/read';
import { checkRouting } from '../call-handling/routing-targets';
import type { DirectoryService } from '../directory/service';
import type { Extension, ExtensionService } from '../extensions/service';
import type { Actor } from '../ivr-write/service';
import type { SetupService } from '../setup/service';
import { desiredHours, planHours } from './plan';

export interface HoursDeps {
  zoom: ZoomClient;
  extensions: ExtensionService;
  directory: DirectoryService;
  audit: AuditService;
  setup: Pick<SetupService, 'require'>;
  /** "Now" for the status (tests pin it). */
  now?: () => Date;
  /** Shared by the replicas when REDIS_URL is set; this process's own otherwise. */
  lock?: WriteLock;
  versions?: VersionStore<HoursState>;
}

const CONFLICT_MESSAGE =
  'These hours were changed in Zoom after you loaded them, so nothing was written. Reload to see the current hours, then apply your change again.';

export class HoursService {
  private readonly states: VersionStore<HoursState>;
  private readonly lock: WriteLock;

  constructor(private readonly deps: HoursDeps) {
    this.states = deps.versions ?? new ProcessVersionStore<HoursState>();
    this.lock = deps.lock ?? new KeyedLock();
  }

  private async read(ext: Extension): Promise<HoursState> {
    const state = hoursFromZoom(await readCallHandling(this.deps.zoom, ext), ext);
    this.states.remember(hoursVersion(state), state);
    return state;
  }

  async get(extensionId: string): Promise<HoursResponse> {
    const ext = await this.deps.extensions.get(extensionId);
    const state = await this.read(ext);
    const { zoomId: _zoomId, ...extension } = ext;
    return {
      extension,
      schedule: state.schedule,
      closedRouting: state.closedRouting ? { ...state.closedRouting, words: describeCallRouting(state.closedRouting, 'closed') } : null,
      version: hoursVersion(state),
    };
  }

  /** Open, closed or holiday at `at` (default now), why, and until when — in the extension's zone. */
  async status(extensionId: string, at?: string): Promise<StatusResponse> {
    const ext = await this.deps.extensions.get(extensionId);
    const read = await readCallHandling(this.deps.zoom, ext);
    const { schedule } = hoursFromZoom(read, ext);
    const { holidays } = holidaysFromZoom(read, ext);
    const instant = at ?? (this.deps.now?.() ?? new Date()).toISOString();
    const s = statusAt(schedule, holidays, instant);
    return { ...s, untilWords: nextChangeWords(s.until, ext.timezone), timezone: ext.timezone };
  }

  private async prepare(ext: Extension, current: HoursState, body: Pick<HoursWriteBody, 'schedule' | 'closedRouting'>) {
    const desired = desiredHours(ext, current, body);
    const { namer, issues } = await checkRouting(this.deps.directory, body.closedRouting ? desired.closedRouting : null, ext);
    if (issues.length > 0) throw badRequest(issues.map((i) => i.message).join(' '), { issues });
    return { desired, namer, ...planHours(ext, current, desired, namer) };
  }

  private async conflictDiff(baseVersion: string, current: HoursState) {
    const base = await this.states.get(baseVersion);
    return base ? diffHours(base, current) : [];
  }

  plan(extensionId: string, body: HoursWriteBody): Promise<WritePlan> {
    return withZoomPriority('write', async () => {
      const ext = await this.deps.extensions.get(extensionId);
      const current = await this.read(ext);
      const version = hoursVersion(current);
      if (version !== body.baseVersion) {
        throw new AppError(409, 'conflict', CONFLICT_MESSAGE, { diff: await this.conflictDiff(body.baseVersion, current), version });
      }
      const { ops, diff } = await this.prepare(ext, current, body);
      return { ops: ops.map(({ description, field, request }) => ({ description, field, request })), diff, version };
    });
  }

  async apply(
    extensionId: string,
    body: HoursWriteBody,
    actor: Actor,
    onProgress?: (e: WriteProgress) => void,
    opts: { revertOf?: string } = {},
  ): Promise<WriteResult> {
    await this.deps.setup.require('edit-hours');
    const ext = await withZoomPriority('write', () => this.deps.extensions.get(extensionId));
    let planned: Awaited<ReturnType<HoursService['prepare']>> | undefined;
    const steps: WriteSteps<HoursState> = {
      read: () => this.read(ext),
      version: hoursVersion,
      baseVersion: body.baseVersion,
      conflictDiff: (current) => this.conflictDiff(body.baseVersion, current),
      plan: async (current) => (planned = await this.prepare(ext, current, body)),
      execute: zoomExecutor(this.deps.zoom, 'light'),
      readBack: () => this.read(ext),
      verify: (readBack) => verifyHours(planned!.desired, readBack, planned!.namer),
      journal: this.deps.audit.journal<HoursState>({
        kind: 'hours',
        action: 'hours.apply',
        actor,
        target: { id: ext.id, name: ext.name },
        scope: 'hours',
        details: { targetType: ext.type, timezone: ext.timezone },
        jobId: null,
        revertOf: opts.revertOf ?? null,
      }),
      ...(onProgress ? { onProgress } : {}),
    };
    const result = await this.lock
      .run(ext.id, () => withZoomPriority('write', () => runWrite(steps)))
      .catch((err: unknown) => {
        if (err instanceof JournalUnavailableError) throw new AppError(503, 'internal', err.message);
        throw err;
      });
    return {
      outcome: result.outcome,
      ops: result.ops,
      mismatches: result.mismatches,
      ...(result.outcome === 'conflict' ? { diff: result.diff } : {}),
      ...(result.version ? { version: result.version } : {}),
      auditId: result.auditId,
      message: result.outcome === 'conflict' ? CONFLICT_MESSAGE : result.message,
    };
  }
}
