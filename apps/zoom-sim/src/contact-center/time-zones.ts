// Time zones and the closure times of the Contact Center documents:
// `yyyy-MM-dd'T'HH:mm:ss'Z'` or `yyyy-MM-dd'T'HH:mm:ss'TZD'` (an offset such
// as -05:00). Closures are kept as wall-clock times in their set's zone.

/** The zone's canonical IANA name, or undefined when the runtime knows no such zone. */
export function canonicalZone(name: unknown): string | undefined {
  if (typeof name !== 'string' || name.trim() === '') return undefined;
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(zone, f);
  }
  return f;
}

/** Wall-clock `yyyy-MM-ddTHH:mm:ss` of an instant in a zone. */
export function wallClock(zone: string, instantMs: number): string {
  const parts = Object.fromEntries(formatter(zone).formatToParts(new Date(instantMs)).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}`;
}

const wallAsUtc = (wall: string) => Date.parse(`${wall}Z`);

/** The zone's offset from UTC at an instant, in minutes (New York in January: -300). */
export function offsetMinutes(zone: string, instantMs: number): number {
  const seconds = Math.floor(instantMs / 1000) * 1000;
  return Math.round((wallAsUtc(wallClock(zone, seconds)) - seconds) / 60_000);
}

/** The instant a wall-clock time names in a zone (the earlier one where clocks go back). */
export function instantOf(zone: string, wall: string): number {
  const asUtc = wallAsUtc(wall);
  let guess = asUtc - offsetMinutes(zone, asUtc) * 60_000;
  guess = asUtc - offsetMinutes(zone, guess) * 60_000;
  return guess;
}

export function formatOffset(minutes: number): string {
  if (minutes === 0) return 'Z';
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** A stored wall-clock time as the documents print it: with the zone's offset then, `Z` where it is zero. */
export function withOffset(zone: string, wall: string): string {
  return `${wall}${formatOffset(offsetMinutes(zone, instantOf(zone, wall)))}`;
}

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(Z|[+-]\d{2}:\d{2})$/;

export type ClosureTime = { wall: string } | { problem: 'format' | 'zone' };

/**
 * A closure time sent to the API, as a wall-clock time in the set's zone. `Z`
 * names a UTC instant (converted); an offset must be the zone's offset at that
 * time, or the time does not match the time zone.
 */
export function readClosureTime(value: unknown, zone: string): ClosureTime {
  if (typeof value !== 'string') return { problem: 'format' };
  const m = DATE_TIME.exec(value);
  if (!m) return { problem: 'format' };
  const [, y, mo, d, h, mi, s, tzd] = m as unknown as [string, string, string, string, string, string, string, string];
  const wall = `${y}-${mo}-${d}T${h}:${mi}:${s}`;
  const asUtc = wallAsUtc(wall);
  if (Number.isNaN(asUtc) || new Date(asUtc).toISOString().slice(0, 19) !== wall) return { problem: 'format' };
  if (tzd === 'Z') return { wall: wallClock(zone, asUtc) };
  const sign = tzd.startsWith('-') ? -1 : 1;
  const offset = sign * (Number(tzd.slice(1, 3)) * 60 + Number(tzd.slice(4, 6)));
  const instant = asUtc - offset * 60_000;
  return offsetMinutes(zone, instant) === offset ? { wall } : { problem: 'zone' };
}

/** Monday (ISO) of a wall-clock time's week, `yyyy-MM-dd`. */
export function mondayOf(wall: string): string {
  const date = new Date(`${wall.slice(0, 10)}T00:00:00Z`);
  const back = (date.getUTCDay() + 6) % 7;
  return new Date(date.getTime() - back * 86_400_000).toISOString().slice(0, 10);
}
