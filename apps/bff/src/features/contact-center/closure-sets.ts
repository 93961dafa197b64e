// Contact Center closure sets: list, one set with its closures (on the wall
// clock of the set's zone, recurrences as routing-core's model) and the
// queues and flows using it, a change of the whole list of closures with its
// plan twin, and every set's closures expanded to occurrences over dates.
import type { ClosureSetList, ClosureSetResponse, ClosureSetWriteBody, OccurrencesQuery, OccurrencesResponse } from '@switchboard/contract/cc-hours';
import type { WritePlan, WriteResult } from '@switchboard/contract/write';
import { describeClosure } from '@switchboard/routing-core/schedule/closure-words';
import type { Closure } from '@switchboard/routing-core/schedule/closures';
import { closureSetFromCc } from '@switchboard/routing-core/schedule/from-cc';
import { closureOccurrences } from '@switchboard/routing-core/schedule/occurrences';
import { ccClosureSetPatch } from '@switchboard/routing-core/schedule/to-cc';
import { ScheduleNotWritableError } from '@switchboard/routing-core/schedule/validate';
import { isValidZone } from '@switchboard/routing-core/schedule/zone-time';
import type { CcClosureSetRead } from '@switchboard/zoom-schema/contact-center-hours';
import { ZOOM_OPERATIONS, operationPath } from '@switchboard/zoom-schema/operations';
import { badRequest } from '../../http/app-error';
import { TtlCache } from '../../lib/ttl-cache';
import type { Change, Mismatch } from '../../write-pipeline/types';
import { withZoomPriority } from '../../zoom/priority';
import type { Actor } from '../ivr-write/service';
import { differs, versionOf, type CcWriteSpec, type CcWriter } from './cc-write';
import type { CcReads } from './zoom-reads';

export interface ClosureSetState {
  id: string;
  name: string;
  description: string;
  timezone: string;
  accountDefault: boolean;
  closures: Closure[];
}

const CONFLICT =
  'This closure set was changed in Zoom after you loaded it, so nothing was written. Reload to see the current closures, then apply your change again.';

export const closureSetState = (read: CcClosureSetRead): ClosureSetState => ({ ...closureSetFromCc(read), accountDefault: read.account_default ?? false });

/** A closure as compared and shown: without its id and zone (the set's). */
const bare = ({ id: _id, timezone: _tz, ...c }: Closure) => ({ ...c, name: c.name.trim() });
const byName = <T extends { name: string }>(list: T[]) => [...list].sort((a, b) => a.name.localeCompare(b.name));
const words = (c: Closure) => `“${c.name.trim()}” ${describeClosure(c)}`;

export class CcClosureSetService {
  /** The sets as read for occurrences and the calendar, kept 30 s and forgotten after a write. */
  private readonly cache = new TtlCache<string, ClosureSetState[]>(30_000);

  constructor(
    private readonly reads: CcReads,
    private readonly writer: CcWriter,
  ) {}

  list(): Promise<ClosureSetList> {
    return withZoomPriority('read', async () => ({
      items: (await this.reads.closureSets()).map((r) => ({
        id: r.closure_set_id,
        name: r.closure_set_name,
        description: r.closure_set_description ?? '',
        timezone: r.timezone,
        accountDefault: r.account_default ?? false,
        closuresCount: r.closures.length,
      })),
    }));
  }

  private read = async (id: string) => closureSetState(await this.reads.closureSet(id));

  get(id: string): Promise<ClosureSetResponse> {
    return withZoomPriority('read', async () => {
      const [s, usedBy] = await Promise.all([this.read(id), this.reads.usedBy('closureSet', id)]);
      return {
        closureSet: { id: s.id, name: s.name, description: s.description, timezone: s.timezone, accountDefault: s.accountDefault, closures: s.closures.map(({ timezone: _tz, ...c }) => c) },
        usedBy,
        version: versionOf(s),
      };
    });
  }

  /** Every set (or one) with its closures, for occurrences and the calendar. */
  private async allSets(): Promise<ClosureSetState[]> {
    return this.cache.get('all', () => withZoomPriority('read', async () => (await this.reads.closureSets()).map(closureSetState)));
  }

  async occurrences(q: OccurrencesQuery): Promise<OccurrencesResponse> {
    const sets = (await this.allSets()).filter((s) => !q.closureSetId || s.id === q.closureSetId);
    return { items: closureOccurrences(sets, q.from, q.to) };
  }

  private desired(current: ClosureSetState, body: ClosureSetWriteBody): ClosureSetState {
    const timezone = body.timezone ?? current.timezone;
    if (!isValidZone(timezone)) throw badRequest(`${timezone} is not a time zone; choose one by its IANA name, e.g. Australia/Sydney.`);
    const known = new Set(current.closures.map((c) => c.id));
    for (const c of body.closures) {
      if (c.id && !known.has(c.id)) throw badRequest(`Closure ${c.id} is not in “${current.name}” (any more): reload the closure set.`);
    }
    return {
      ...current,
      name: body.name ?? current.name,
      description: body.description ?? current.description,
      timezone,
      closures: body.closures.map((c) => ({ ...c, timezone })),
    };
  }

  private diff(current: ClosureSetState, want: ClosureSetState): Change[] {
    const out: Change[] = [];
    if (want.name !== current.name) out.push({ field: 'Name', before: current.name, after: want.name });
    if (want.description !== current.description) out.push({ field: 'Description', before: current.description, after: want.description });
    if (want.timezone !== current.timezone) out.push({ field: 'Time zone', before: current.timezone, after: want.timezone });
    const before = new Map(current.closures.map((c) => [c.id, c]));
    const kept = new Set<string>();
    for (const c of want.closures) {
      const old = c.id ? before.get(c.id) : undefined;
      if (!old) out.push({ field: `Closure “${c.name.trim()}”`, before: 'none', after: words(c) });
      else {
        kept.add(old.id!);
        if (JSON.stringify(bare(old)) !== JSON.stringify(bare(c)) || want.timezone !== current.timezone)
          out.push({ field: `Closure “${old.name}”`, before: words(old), after: words(c) });
      }
    }
    for (const c of current.closures) if (c.id && !kept.has(c.id)) out.push({ field: `Closure “${c.name}”`, before: words(c), after: 'deleted' });
    return out;
  }

  private spec(id: string, body: ClosureSetWriteBody, name: string | null): CcWriteSpec<ClosureSetState> {
    return {
      key: `cc-cs:${id}`,
      read: () => this.read(id),
      baseVersion: body.baseVersion,
      plan: (current) => {
        const want = this.desired(current, body);
        const diff = this.diff(current, want);
        if (diff.length === 0) return { ops: [], diff };
        let patch;
        try {
          patch = ccClosureSetPatch(
            { name: want.name, description: want.description, timezone: want.timezone, closures: want.closures },
            current.closures.flatMap((c) => (c.id ? [c.id] : [])),
          );
        } catch (err) {
          if (err instanceof ScheduleNotWritableError) throw badRequest(err.message, { issues: err.issues });
          throw err;
        }
        return {
          ops: [
            {
              description: `Closure set “${current.name}” (${want.timezone}): ${diff.map((d) => `${d.field}: ${d.after}`).join('; ')}`,
              field: 'closures',
              label: 'light',
              request: { method: 'PATCH', path: operationPath(ZOOM_OPERATIONS.updateCcClosureSet, id), body: patch },
            },
          ],
          diff,
        };
      },
      verify: (readBack): Mismatch[] => {
        const want = this.desired({ ...readBack, closures: readBack.closures }, { ...body, closures: body.closures.map(({ id: _id, ...c }) => c) });
        const expected = byName(want.closures.map(bare));
        const actual = byName(readBack.closures.map(bare));
        return [
          ...differs('Name', want.name, readBack.name),
          ...differs('Description', want.description, readBack.description),
          ...differs('Time zone', want.timezone, readBack.timezone),
          ...differs('Closures', expected, actual, (v) => (v as ReturnType<typeof bare>[]).map((c) => `“${c.name}” ${describeClosure(c)}`).join('; ') || 'none'),
        ];
      },
      feature: 'edit-cc-hours',
      audit: { action: 'cc.closureSet.update', type: 'closureSet', target: { id, name }, subject: 'closures' },
      conflictMessage: CONFLICT,
    };
  }

  plan(id: string, body: ClosureSetWriteBody): Promise<WritePlan> {
    return this.writer.plan(this.spec(id, body, null));
  }

  async apply(id: string, body: ClosureSetWriteBody, actor: Actor): Promise<WriteResult> {
    const current = await withZoomPriority('write', () => this.read(id));
    try {
      return (await this.writer.apply(this.spec(id, body, current.name), actor)).result;
    } finally {
      this.cache.delete('all');
    }
  }
}
