// An extension missing a holiday its siblings have: siblings are extensions
// of the same kind on the same site (with hours read). A holiday (by name and
// first date) that more than half of an extension's siblings have, on whose
// dates the extension has no holiday of its own at all, is reported once per
// extension and holiday. Holidays over
// before the snapshot was taken are not. Dates are each holiday's wall clock
// in its own extension's zone, so 25 December is 25 December everywhere.
import { holidayDates } from '../schedule/holiday-calendar';
import { instantToLocal } from '../schedule/zone-time';
import { DateTime } from 'luxon';
import { allExtensions, type AnyExtension, type SnapshotIndex } from './snapshot-index';
import type { PhoneHours } from './snapshot-phone';
import { hintOf, objectOf } from './problem-routes';
import { problem, type Problem } from './problem-types';
import { countWords, objectWords, upperFirst } from './trace-words';

interface Dated {
  name: string;
  first: string;
  last: string;
}

const overlaps = (a: Dated, b: Dated) => a.first <= b.last && b.first <= a.last;
const dateWords = (d: string) => DateTime.fromISO(d).setLocale('en-GB').toFormat('d LLL yyyy');

function withHours(e: AnyExtension): { e: AnyExtension; hours: PhoneHours } | null {
  if (e.kind === 'autoReceptionist' || e.kind === 'callQueue') return { e, hours: e.ext.hours };
  if ((e.kind === 'user' || e.kind === 'sharedLineGroup') && e.ext.hours) return { e, hours: e.ext.hours };
  return null;
}

export function holidayProblems(index: SnapshotIndex): Problem[] {
  const groups = new Map<string, { e: AnyExtension; holidays: Dated[] }[]>();
  for (const x of allExtensions(index.snapshot)) {
    const w = withHours(x);
    if (!w || !x.ext.siteId || x.ext.status === 'inactive') continue;
    const today = instantToLocal(index.snapshot.takenAt, w.hours.schedule.timezone).slice(0, 10);
    const holidays = w.hours.holidays.map((h) => ({ name: h.name.trim(), ...holidayDates(h) })).filter((h) => h.last >= today);
    const key = `${x.ext.siteId} ${x.kind}`;
    groups.set(key, [...(groups.get(key) ?? []), { e: x, holidays }]);
  }
  const out: Problem[] = [];
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    // each holiday of the group once (by name and first date), with who has it; only those more than half would miss matter
    const distinct = new Map<string, Dated & { holders: Set<number> }>();
    group.forEach((m, i) =>
      m.holidays.forEach((h) => {
        const id = `${h.name.toLowerCase()} ${h.first}`;
        const d = distinct.get(id) ?? { ...h, holders: new Set<number>() };
        d.holders.add(i);
        distinct.set(id, d);
      }),
    );
    const common = [...distinct.values()].filter((d) => d.holders.size * 2 > group.length - 1);
    group.forEach((member, i) => {
      for (const d of common) {
        if (d.holders.has(i) || member.holidays.some((mine) => overlaps(mine, d))) continue;
        const site = index.sites.get(member.e.ext.siteId!) ?? 'its site';
        out.push(
          problem(
            'holiday_missing',
            objectOf(member.e),
            `${upperFirst(objectWords(member.e))} has no holiday on ${dateWords(d.first)}, but ${d.holders.size} of its ${countWords(group.length - 1, 'sibling')} at ${site} ${d.holders.size === 1 ? 'closes' : 'close'} for '${d.name}' then: callers may find it open when the others are not.`,
            hintOf(member.e, 'holidays'),
          ),
        );
      }
    });
  }
  return out;
}
