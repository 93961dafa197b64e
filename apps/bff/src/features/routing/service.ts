// The routing explorer's service: one snapshot of the account (build-snapshot.ts),
// built on first use and kept until it is SNAPSHOT_TTL_MS old, a write through
// Switchboard lands (the audit service tells it), or someone asks for
// `refresh=true`. Concurrent requests share one build. Traces, problems and
// searches are answered from it by routing-core, purely.
import type { ProblemsResponse, RoutingSearchResponse, TraceResponse } from '@switchboard/contract/routing';
import { findProblems, problemCounts } from '@switchboard/routing-core/routing/problems';
import type { RoutingSnapshot } from '@switchboard/routing-core/routing/snapshot';
import { parseTraceKeys, traceWithOutcome } from '@switchboard/routing-core/routing/trace';
import { TraceInputError } from '@switchboard/routing-core/routing/trace-types';
import { badRequest } from '../../http/app-error';
import type { ZoomClient } from '../../zoom/client';
import { withZoomPriority } from '../../zoom/priority';
import { buildSnapshot } from './build-snapshot';
import { problemHref } from './href';
import { searchSnapshot } from './search';

/** A snapshot older than this is rebuilt on the next request (changes made in Zoom's own portal show up by then). */
export const SNAPSHOT_TTL_MS = 10 * 60_000;

export interface RoutingDeps {
  zoom: ZoomClient;
  now?: () => Date;
  /** Builds the snapshot (tests and the bench may count or replace it). */
  build?: (zoom: ZoomClient, now: () => Date) => Promise<RoutingSnapshot>;
}

interface Held {
  snapshot: RoutingSnapshot;
  builtAt: number;
  problems?: ProblemsResponse;
}

export class RoutingService {
  private held: Held | null = null;
  private building: { generation: number; promise: Promise<Held> } | null = null;
  /** Bumped by every invalidation: a build that started before it is not kept. */
  private generation = 0;
  private readonly now: () => Date;

  constructor(private readonly deps: RoutingDeps) {
    this.now = deps.now ?? (() => new Date());
  }

  /** Forget the snapshot (a write landed): the next request reads Zoom again. */
  invalidate(): void {
    this.generation++;
    this.held = null;
  }

  async snapshot(opts: { refresh?: boolean } = {}): Promise<RoutingSnapshot> {
    return (await this.current(opts.refresh ?? false)).snapshot;
  }

  private async current(refresh: boolean): Promise<Held> {
    // A refresh asked for while a build of the current state is reading Zoom joins it: it is reading Zoom now.
    if (refresh && this.building?.generation !== this.generation) this.invalidate();
    const held = this.held;
    if (held && Date.now() - held.builtAt < SNAPSHOT_TTL_MS) return held;
    // A build that started before the last invalidation (a write landed since) is not reused.
    if (this.building?.generation !== this.generation) {
      const generation = this.generation;
      const build = this.deps.build ?? buildSnapshot;
      const flight: { generation: number; promise: Promise<Held> } = {
        generation,
        // Behind page loads and writes in the limiter's queues: a large account's build is a long run of reads.
        promise: withZoomPriority('bulk', () => build(this.deps.zoom, this.now))
          .then((snapshot) => {
            const fresh: Held = { snapshot, builtAt: Date.now() };
            if (generation === this.generation) this.held = fresh;
            return fresh;
          })
          .finally(() => {
            if (this.building === flight) this.building = null;
          }),
      };
      this.building = flight;
    }
    return this.building!.promise;
  }

  async trace(q: { number: string; at?: string | undefined; keys?: string | undefined; refresh?: boolean }): Promise<TraceResponse> {
    const at = q.at ?? this.now().toISOString();
    let keys: string[];
    try {
      keys = parseTraceKeys(q.keys ?? '');
    } catch (err) {
      throw badRequest((err as Error).message);
    }
    const held = await this.current(q.refresh ?? false);
    try {
      const t = traceWithOutcome(held.snapshot, q.number, at, keys);
      return { steps: t.steps, end: t.end, outcome: t.outcome, at: new Date(at).toISOString(), refreshedAt: held.snapshot.takenAt };
    } catch (err) {
      if (err instanceof TraceInputError) throw badRequest(err.message);
      throw err;
    }
  }

  async problems(opts: { refresh?: boolean } = {}): Promise<ProblemsResponse> {
    const held = await this.current(opts.refresh ?? false);
    if (!held.problems) {
      const found = findProblems(held.snapshot);
      held.problems = {
        items: found.map((p) => ({ kind: p.kind, severity: p.severity, object: p.object, message: p.message, href: problemHref(p.hrefHint, p.object.name) })),
        counts: problemCounts(found),
        refreshedAt: held.snapshot.takenAt,
      };
    }
    return held.problems;
  }

  async search(q: string, opts: { refresh?: boolean } = {}): Promise<RoutingSearchResponse> {
    const held = await this.current(opts.refresh ?? false);
    return { items: searchSnapshot(held.snapshot, q), refreshedAt: held.snapshot.takenAt };
  }
}
