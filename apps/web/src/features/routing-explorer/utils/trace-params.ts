// The trace form's state as a shareable query string: `?number=…&when=YYYY-MM-DDTHH:mm&zone=Area/City&keys=1,2`
// (the wall clock in the chosen zone, so the link reads the same anywhere), and the instant it means.
import { instantToLocal, isLocalDateTime, isValidZone, localToInstant } from '@switchboard/routing-core/schedule/zone-time';

export interface TraceParams {
  number: string;
  /** "YYYY-MM-DDTHH:mm" in `zone`. */
  when: string;
  zone: string;
  keys: string;
}

/** Zones offered besides the browser's: the demo account's sites and UTC. */
export const COMMON_ZONES = ['Australia/Sydney', 'America/Los_Angeles', 'America/New_York', 'Europe/London', 'UTC'] as const;

export const browserZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

export function zoneChoices(current: string): string[] {
  return [...new Set([browserZone(), current, ...COMMON_ZONES])];
}

/** The form's values from the URL; missing ones default to now in the browser's zone. */
export function readTraceParams(search: URLSearchParams, now: Date): TraceParams {
  const zoneParam = search.get('zone') ?? '';
  const zone = zoneParam && isValidZone(zoneParam) ? zoneParam : browserZone();
  const whenParam = search.get('when') ?? '';
  return {
    number: search.get('number') ?? '',
    when: isLocalDateTime(whenParam) ? whenParam : instantToLocal(now.toISOString(), zone),
    zone,
    keys: search.get('keys') ?? '',
  };
}

export function traceSearch(p: TraceParams, extra: Record<string, string> = {}): string {
  const q = new URLSearchParams(extra);
  q.set('number', p.number);
  q.set('when', p.when);
  q.set('zone', p.zone);
  if (p.keys.trim()) q.set('keys', p.keys.trim());
  return q.toString();
}

/** The instant the form means, or null when the date and time cannot be read. */
export function traceInstant(p: Pick<TraceParams, 'when' | 'zone'>): string | null {
  if (!isLocalDateTime(p.when) || !isValidZone(p.zone)) return null;
  try {
    return localToInstant(p.when, p.zone);
  } catch {
    return null;
  }
}
