// The snapshot cache's rules, with a counted, controllable build (no Zoom):
// one build for concurrent requests, kept until invalidated or refreshed; a
// refresh during a build joins it; a build that started before a write landed
// is not reused.
import { describe, expect, test } from 'vitest';
import { routingSnapshotSchema, type RoutingSnapshot } from '@switchboard/routing-core/routing/snapshot';
import type { ZoomClient } from '../../zoom/client';
import { zoomPriority } from '../../zoom/priority';
import { RoutingService } from './service';

function controlled() {
  const pending: Array<(s: RoutingSnapshot) => void> = [];
  const priorities: string[] = [];
  let builds = 0;
  const service = new RoutingService({
    zoom: {} as ZoomClient,
    build: () => {
      builds++;
      priorities.push(zoomPriority());
      return new Promise<RoutingSnapshot>((resolve) => pending.push(resolve));
    },
  });
  const finish = (i: number, takenAt: string) => pending[i]!(routingSnapshotSchema.parse({ takenAt }));
  return { service, finish, builds: () => builds, priorities };
}
const tick = () => new Promise((r) => setTimeout(r, 0));

describe('RoutingService cache', () => {
  test('concurrent requests share one build; later requests use it; refresh=true builds again', async () => {
    const c = controlled();
    const a = c.service.snapshot();
    const b = c.service.snapshot();
    await tick();
    expect(c.builds()).toBe(1);
    c.finish(0, 't1');
    expect((await a).takenAt).toBe('t1');
    expect((await b).takenAt).toBe('t1');
    expect((await c.service.snapshot()).takenAt).toBe('t1');
    const r = c.service.snapshot({ refresh: true });
    await tick();
    expect(c.builds()).toBe(2);
    c.finish(1, 't2');
    expect((await r).takenAt).toBe('t2');
    // a build's Zoom reads wait behind page loads and writes
    expect(c.priorities).toEqual(['bulk', 'bulk']);
  });

  test('a refresh while a build is reading Zoom joins it', async () => {
    const c = controlled();
    const a = c.service.snapshot();
    const r = c.service.snapshot({ refresh: true });
    await tick();
    expect(c.builds()).toBe(1);
    c.finish(0, 't1');
    expect((await r).takenAt).toBe('t1');
    await a;
  });

  test('after a write lands during a build, the next request does not reuse that build, and the old one is not kept', async () => {
    const c = controlled();
    const before = c.service.snapshot();
    await tick();
    c.service.invalidate();
    const after = c.service.snapshot();
    await tick();
    expect(c.builds()).toBe(2);
    c.finish(0, 'old');
    c.finish(1, 'new');
    expect((await before).takenAt).toBe('old');
    expect((await after).takenAt).toBe('new');
    expect((await c.service.snapshot()).takenAt).toBe('new');
    expect(c.builds()).toBe(2);
  });
});
