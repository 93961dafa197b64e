// Holidays of one extension through the write pipeline: read (one GET of its
// call handling), rules checked before Zoom (plan.ts), the requests through
// the rate-limited client (a new holiday's routing written with the id Zoom
// answered), one GET to read back, verify, one history entry (kind
// `holiday`) written ahead. A lost POST answer is settled from a read-back,
// never by posting again. Also used by the add-holiday job, per extension.
import type { HolidayList, HolidayWriteResult } from '@switchboard/contract/holidays';
import type { WritePlan } from '@switchboard/contract/write';
import { describeCallRouting } from '@switchboard/routing-core/schedule/call-routing-zoom';
import { AppError } from '../../http/app-error';
import { KeyedLock } from '../../write-pipeline/keyed-lock';
import type { WriteLock } from '../../write-pipeline/keyed-lock';
import { JournalUnavailableError, runWrite } from '../../write-pipeline/run-write';
import type { Change, Mismatch, OpResult, PlannedWrite, Settlement, WriteSteps } from '../../write-pipeline/types';
import { zoomExecutor } from '../../write-pipeline/zoom-executor';
import { withZoomPriority } from '../../zoom/priority';
import { holidaysFromZoom, hoursFromZoom, readCallHandling } from '../call-handling/read';
import type { Extension } from '../extensions/service';
import type { HoursDeps } from '../hours/service';
import type { Actor } from '../ivr-write/service';
import * as plan from './plan';
import { findHoliday, holidayVersion, listVersion, versionOf, type HolidayInput, type HolidaysWriteState } from './state';

export interface HolidayDeps extends HoursDeps {
  /** Told after every write that may have changed an extension's holidays (the calendar forgets its copy). */
  onChanged?: (extensionId: string) => void;
}

export type HolidayWrite =
  | { kind: 'add'; holiday: HolidayInput }
  | { kind: 'update'; holidayId: string; holiday: HolidayInput; baseVersion: string }
  | { kind: 'delete'; holidayId: string; baseVersion?: string | undefined };

const ACTIONS = { add: 'holiday.add', update: 'holiday.update', delete: 'holiday.delete' } as const;

const CONFLICT_MESSAGE =
  'This holiday was changed or deleted in Zoom after you loaded it, so nothing was written. Reload to see the current holidays, then apply your change again.';

interface Steps {
  plan(current: HolidaysWriteState): { ops: PlannedWrite[]; diff: Change[] };
  verify(readBack: HolidaysWriteState, ops: readonly OpResult[]): Mismatch[];
  settle?(op: PlannedWrite, state: HolidaysWriteState, before: HolidaysWriteState): Settlement;
  version(state: HolidaysWriteState): string;
}

export class HolidayService {
  private readonly lock: WriteLock;

  constructor(private readonly deps: HolidayDeps) {
    this.lock = deps.lock ?? new KeyedLock();
  }

  private now = () => (this.deps.now?.() ?? new Date()).toISOString();

  private async read(ext: Extension): Promise<HolidaysWriteState> {
    const read = await readCallHandling(this.deps.zoom, ext);
    return { ...holidaysFromZoom(read, ext), closedRouting: hoursFromZoom(read, ext).closedRouting };
  }

  async list(extensionId: string): Promise<HolidayList> {
    const ext = await this.deps.extensions.get(extensionId);
    const state = await this.read(ext);
    const { zoomId: _zoomId, ...extension } = ext;
    const items = state.holidays
      .filter((h): h is typeof h & { id: string } => h.id !== undefined)
      .map((h) => ({
        id: h.id,
        name: h.name,
        start: h.start,
        end: h.end,
        timezone: ext.timezone,
        routing: h.routing ? { ...h.routing, words: describeCallRouting(h.routing, 'holiday') } : null,
        version: holidayVersion(h),
      }))
      .sort((a, b) => a.start.localeCompare(b.start));
    return { items, extension };
  }

  private steps(ext: Extension, w: HolidayWrite): Steps {
    switch (w.kind) {
      case 'add': {
        let routing: ReturnType<typeof plan.holidayRouting> = null;
        return {
          plan: (current) => {
            routing = plan.holidayRouting(ext, current);
            return plan.planAdd(ext, current, w.holiday, this.now());
          },
          verify: (rb, ops) => plan.verifyAdd(ext, w.holiday, routing, rb, ops),
          settle: (op, state, before) => plan.settleAdd(op, state, before, w.holiday, ext.timezone),
          version: listVersion,
        };
      }
      case 'update':
        return {
          plan: (current) => plan.planUpdate(ext, current, w.holidayId, w.holiday, this.now()),
          verify: (rb) => plan.verifyUpdate(ext, w.holidayId, w.holiday, rb),
          version: (s) => versionOf(s, w.holidayId),
        };
      case 'delete': {
        let name = 'the holiday';
        return {
          plan: (current) => {
            name = findHoliday(current, w.holidayId)?.name ?? name;
            return plan.planDelete(ext, current, w.holidayId);
          },
          verify: (rb) => plan.verifyDelete(w.holidayId, name, rb),
          version: (s) => versionOf(s, w.holidayId),
        };
      }
    }
  }

  private baseVersion(w: HolidayWrite): string | undefined {
    return w.kind === 'add' ? undefined : w.baseVersion;
  }

  /** The review of a holiday write: its requests in words; nothing is written. 409 when the holiday changed since. */
  plan(extensionId: string, w: HolidayWrite): Promise<WritePlan> {
    return withZoomPriority('write', async () => {
      const ext = await this.deps.extensions.get(extensionId);
      const current = await this.read(ext);
      const s = this.steps(ext, w);
      const version = s.version(current);
      const base = this.baseVersion(w);
      if (base !== undefined && base !== version) throw new AppError(409, 'conflict', CONFLICT_MESSAGE, { version });
      const { ops, diff } = s.plan(current);
      return { ops: ops.map(({ description, field, request }) => ({ description, field, request })), diff, version };
    });
  }

  /** A person's write (route): scopes checked, the extension looked up. */
  async write(extensionId: string, w: HolidayWrite, actor: Actor, opts: { revertOf?: string } = {}): Promise<HolidayWriteResult> {
    await this.deps.setup.require('edit-holidays');
    const ext = await withZoomPriority('write', () => this.deps.extensions.get(extensionId));
    const { providerCalls: _calls, ...result } = await this.run(ext, w, actor, null, opts.revertOf);
    return result;
  }

  /** Run one holiday write through the pipeline (the add-holiday job calls this per extension). */
  async run(
    ext: Extension,
    w: HolidayWrite,
    actor: Actor,
    jobId: string | null,
    revertOf?: string,
  ): Promise<HolidayWriteResult & { providerCalls: number }> {
    const s = this.steps(ext, w);
    const named = w.kind === 'delete' ? { id: w.holidayId, name: 'a holiday' } : { id: w.kind === 'update' ? w.holidayId : null, name: w.holiday.name.trim() };
    const steps: WriteSteps<HolidaysWriteState> = {
      read: () => this.read(ext),
      version: s.version,
      baseVersion: this.baseVersion(w),
      conflictDiff: () => [],
      plan: async (current) => {
        if (w.kind === 'delete') named.name = findHoliday(current, w.holidayId)?.name ?? named.name;
        return s.plan(current);
      },
      execute: zoomExecutor(this.deps.zoom, 'light'),
      readBack: () => this.read(ext),
      verify: s.verify,
      ...(s.settle ? { settle: (op: PlannedWrite, _i: number, state: HolidaysWriteState, before: HolidaysWriteState) => s.settle!(op, state, before) } : {}),
      journal: this.deps.audit.journal<HolidaysWriteState>({
        kind: 'holiday',
        action: ACTIONS[w.kind],
        actor,
        target: { id: ext.id, name: ext.name },
        scope: w.kind === 'add' ? 'holiday:new' : `holiday:${w.holidayId}`,
        details: { targetType: ext.type, timezone: ext.timezone, holiday: named },
        finishDetails: (record) => ({
          holiday: {
            ...named,
            id: named.id ?? plan.newHolidayId(record.ops) ?? (w.kind === 'add' && record.after ? (plan.sameExisting(ext, record.after, w.holiday)?.id ?? null) : null),
          },
        }),
        jobId,
        revertOf: revertOf ?? null,
      }),
    };
    const priority = jobId ? 'bulk' : 'write';
    const result = await this.lock
      .run(ext.id, () => withZoomPriority(priority, () => runWrite(steps)))
      .catch((err: unknown) => {
        if (err instanceof JournalUnavailableError) throw new AppError(503, 'internal', err.message);
        throw err;
      })
      .finally(() => this.deps.onChanged?.(ext.id));
    return {
      outcome: result.outcome,
      ops: result.ops,
      mismatches: result.mismatches,
      ...(result.outcome === 'conflict' ? { diff: result.diff } : {}),
      ...(result.version ? { version: result.version } : {}),
      auditId: result.auditId,
      message: result.outcome === 'conflict' ? CONFLICT_MESSAGE : result.message,
      ...(w.kind === 'add' ? { holidayId: plan.newHolidayId(result.ops) ?? (result.after && plan.sameExisting(ext, result.after, w.holiday)?.id) ?? null } : {}),
      providerCalls: result.providerCalls,
    };
  }
}
