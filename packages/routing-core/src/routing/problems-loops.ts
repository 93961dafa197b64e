// Loops without an exit: auto receptionists whose menus lead only to one
// another, never to a person, queue, group, voicemail, phone number or Contact
// Center. What counts as a way out is copy-safety's (`menuWays`): the same
// judgement that refuses a copy that would trap callers finds the traps that
// already exist. Judged once for business hours and once for closed hours (an
// auto receptionist that never closes plays its business-hours menu then); an
// auto receptionist whose routing for the period is not "play the menu" sends
// calls elsewhere and is a way out. Each circle is reported once.
import { listWords, menuWays } from '../ivr/copy-safety';
import type { Menu } from '../ivr/menu';
import { hopFromRouting } from './hops';
import { hintOf, objectOf } from './problem-routes';
import { problem, type Problem } from './problem-types';
import type { SnapshotIndex } from './snapshot-index';
import type { AutoReceptionist } from './snapshot-phone';
import { routingOrDefault } from './trace-context';
import { alwaysOpen } from './trace-time';

type Period = 'business' | 'closed';

function menuFor(ar: AutoReceptionist, period: Period): Menu | null {
  const plays = (r: Parameters<typeof routingOrDefault>[0]) => hopFromRouting(routingOrDefault(r, true).routing, ar.extensionId).kind === 'menu';
  if (period === 'closed' && !alwaysOpen(ar.hours.schedule)) return plays(ar.hours.closedRouting) ? ar.menus.closed : null;
  return plays(ar.businessRouting) ? ar.menus.business : null;
}

/** Auto receptionists (by extension id) that cannot reach a way out, and where each leads. */
function trapped(ars: readonly AutoReceptionist[], period: Period): { edges: Map<string, string[]>; stuck: Set<string> } {
  const known = new Set(ars.map((a) => a.extensionId));
  const edges = new Map<string, string[]>();
  const exits = new Set<string>();
  for (const ar of ars) {
    const menu = menuFor(ar, period);
    const next: string[] = [];
    if (!menu) exits.add(ar.extensionId);
    else {
      for (const { way } of menuWays(menu)) {
        // a forward to an auto receptionist the account does not have is judged elsewhere (deleted target), as copy safety judges it: perhaps a way out
        if (way.kind === 'exit' || (way.kind === 'ar' && !known.has(way.extensionId))) exits.add(ar.extensionId);
        else if (way.kind === 'ar') next.push(way.extensionId);
      }
    }
    edges.set(ar.extensionId, next);
  }
  // whoever leads to a way out has one
  const free = new Set(exits);
  for (let changed = true; changed; ) {
    changed = false;
    for (const [from, to] of edges) {
      if (!free.has(from) && to.some((t) => free.has(t))) {
        free.add(from);
        changed = true;
      }
    }
  }
  return { edges, stuck: new Set([...edges.keys()].filter((id) => !free.has(id))) };
}

/** Circles among the stuck auto receptionists (strongly connected, with a cycle), each as sorted extension ids. */
function circles(edges: Map<string, string[]>, stuck: Set<string>): string[][] {
  const reach = (from: string) => {
    const seen = new Set<string>();
    const todo = [...(edges.get(from) ?? [])];
    while (todo.length) {
      const n = todo.pop()!;
      if (seen.has(n) || !stuck.has(n)) continue;
      seen.add(n);
      todo.push(...(edges.get(n) ?? []));
    }
    return seen;
  };
  const reaches = new Map([...stuck].map((id) => [id, reach(id)]));
  const out = new Map<string, string[]>();
  for (const id of stuck) {
    if (!reaches.get(id)!.has(id)) continue; // on no cycle: it only leads into one
    const circle = [...stuck].filter((o) => reaches.get(id)!.has(o) && reaches.get(o)!.has(id)).sort();
    out.set(circle.join(' '), circle);
  }
  return [...out.values()];
}

export function loopProblems(index: SnapshotIndex): Problem[] {
  const ars = index.snapshot.autoReceptionists;
  const found = new Map<string, { circle: string[]; periods: Period[] }>();
  for (const period of ['business', 'closed'] as const) {
    const { edges, stuck } = trapped(ars, period);
    for (const circle of circles(edges, stuck)) {
      const key = circle.join(' ');
      const seen = found.get(key);
      if (seen) seen.periods.push(period);
      else found.set(key, { circle, periods: [period] });
    }
  }
  const byExt = new Map(ars.map((a) => [a.extensionId, a]));
  return [...found.values()].map(({ circle, periods }) => {
    const members = circle.map((id) => byExt.get(id)!).sort((a, b) => a.name.localeCompare(b.name));
    const first = members[0]!;
    const when = periods.length === 2 ? 'at all hours' : periods[0] === 'business' ? 'during business hours' : 'when closed';
    const names = listWords(members.map((m) => `'${m.name}'`));
    const message =
      members.length === 1
        ? `Auto receptionist '${first.name}' sends callers only back to itself ${when}, never to a person, queue, group, voicemail, phone number or Contact Center: they go round until they hang up.`
        : `Auto receptionists ${names} send callers only to one another ${when}, never to a person, queue, group, voicemail, phone number or Contact Center: they go round until they hang up.`;
    const e = { kind: 'autoReceptionist' as const, ext: first };
    return problem('loop_without_exit', objectOf(e), message, hintOf(e, 'menu', { hours: periods[0] }));
  });
}
