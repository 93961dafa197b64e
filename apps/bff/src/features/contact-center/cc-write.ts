// One Contact Center write through the shared pipeline (read → conflict
// check → plan → history written ahead → apply in Zoom's write shape → read
// back → verify → audit), and its plan twin (read → conflict check → plan,
// nothing sent). Each object is locked while it is written; the history
// entry is of kind `cc`, naming the object and what changed in words.
import type { CcAuditEntry } from '@switchboard/contract/audit';
import type { WritePlan, WriteResult } from '@switchboard/contract/write';
import { fnv1a64 } from '@switchboard/routing-core/ivr/version';
import { stableStringify } from '@switchboard/routing-core/ivr/semantic';
import { AppError } from '../../http/app-error';
import { KeyedLock } from '../../write-pipeline/keyed-lock';
import { JournalUnavailableError, runWrite } from '../../write-pipeline/run-write';
import type { Change, ExecuteResult, Mismatch, OpResult, PlannedWrite, Settlement, WriteResult as RunResult } from '../../write-pipeline/types';
import { zoomExecutor } from '../../write-pipeline/zoom-executor';
import type { ZoomClient } from '../../zoom/client';
import { withZoomPriority } from '../../zoom/priority';
import type { AuditService } from '../audit/service';
import type { Actor } from '../ivr-write/service';
import type { SetupService } from '../setup/service';

/** The version of any read state: a hash of its canonical JSON. */
export const versionOf = (state: unknown): string => fnv1a64(stableStringify(state));

export interface CcWriteSpec<S> {
  /** Lock key: one write per object at a time. */
  key: string;
  read(): Promise<S>;
  version?(state: S): string;
  /** undefined: no conflict check (a create). */
  baseVersion: string | undefined;
  plan(current: S): Promise<{ ops: PlannedWrite[]; diff: Change[] }> | { ops: PlannedWrite[]; diff: Change[] };
  verify(readBack: S, ops: readonly OpResult[]): Mismatch[];
  settle?(op: PlannedWrite, index: number, state: S, before: S): Settlement;
  /** Sends an op itself (an upload); default: the JSON client. */
  execute?(op: PlannedWrite): Promise<ExecuteResult>;
  /** Read back after a create: the new object's state, found from the ops' answers. */
  readBack?(ops: readonly OpResult[]): Promise<S>;
  /** The Setup feature whose scopes the write needs (refused with a sentence, nothing sent, when the app lacks one). */
  feature: 'edit-cc-hours' | 'edit-cc-assets';
  audit: { action: CcAuditEntry['action']; type: CcAuditEntry['target']['type']; target: { id: string; name: string | null }; subject: string };
  conflictMessage: string;
  /** The history entry this write reverts (features/revert). */
  revertOf?: string;
}

export class CcWriter {
  private readonly lock = new KeyedLock();

  constructor(private readonly deps: { zoom: ZoomClient; audit: AuditService; setup: Pick<SetupService, 'require'> }) {}

  /** The plan twin: the requests in words; nothing is written. 409 when the object changed since baseVersion. */
  plan<S>(spec: CcWriteSpec<S>): Promise<WritePlan> {
    return withZoomPriority('write', async () => {
      const current = await spec.read();
      const version = (spec.version ?? versionOf)(current);
      if (spec.baseVersion !== undefined && spec.baseVersion !== version) throw new AppError(409, 'conflict', spec.conflictMessage, { version });
      const { ops, diff } = await spec.plan(current);
      return { ops: ops.map(({ description, field, request }) => ({ description, field, request })), diff, version };
    });
  }

  async apply<S>(spec: CcWriteSpec<S>, actor: Actor): Promise<{ result: WriteResult; run: RunResult<S> }> {
    await this.deps.setup.require(spec.feature);
    const version = spec.version ?? versionOf;
    const opsSent: OpResult[] = [];
    const execute = spec.execute ?? zoomExecutor(this.deps.zoom, 'light');
    const run = await this.lock
      .run(spec.key, () =>
        withZoomPriority('write', () =>
          runWrite<S>({
            read: () => spec.read(),
            version,
            baseVersion: spec.baseVersion,
            conflictDiff: () => [],
            plan: async (current) => spec.plan(current),
            execute,
            readBack: () => (spec.readBack ? spec.readBack(opsSent) : spec.read()),
            verify: (readBack, ops) => spec.verify(readBack, ops),
            ...(spec.settle ? { settle: spec.settle } : {}),
            onProgress: (e) => {
              if (e.type === 'op') opsSent[e.index] = e.result;
            },
            journal: this.deps.audit.journal<S>({
              kind: 'cc',
              action: spec.audit.action,
              actor,
              target: spec.audit.target,
              scope: spec.audit.type,
              details: { ccType: spec.audit.type, subject: spec.audit.subject },
              jobId: null,
              revertOf: spec.revertOf ?? null,
            }),
          }),
        ),
      )
      .catch((err: unknown) => {
        if (err instanceof JournalUnavailableError) throw new AppError(503, 'internal', err.message);
        throw err;
      });
    return {
      run,
      result: {
        outcome: run.outcome,
        ops: run.ops,
        mismatches: run.mismatches,
        ...(run.outcome === 'conflict' ? { diff: run.diff } : {}),
        ...(run.version ? { version: run.version } : {}),
        auditId: run.auditId,
        message: run.outcome === 'conflict' ? spec.conflictMessage : run.message,
      },
    };
  }
}

/** A mismatch when `expected` and `actual` differ (compared as canonical JSON), in words. */
export function differs(field: string, expected: unknown, actual: unknown, words: (v: unknown) => string = (v) => String(v ?? 'none')): Mismatch[] {
  return stableStringify(expected) === stableStringify(actual) ? [] : [{ field, expected: words(expected), actual: words(actual) }];
}
