// Wall clock ↔ instant, always through luxon: no offset is ever added or
// subtracted by hand. People enter and read times on the wall clock of the
// object's zone ("YYYY-MM-DDTHH:mm"); Zoom Phone stores holidays as UTC
// instants and Contact Center closures as instants with an offset.
//
// DST policy for a wall-clock time that is not exactly one instant:
// - skipped by spring-forward (02:30 on a day the clock jumps 02:00 → 03:00):
//   moved forward by the gap (→ 03:30 daylight time);
// - repeated by fall-back (01:30 on a day the clock goes 02:00 → 01:00): the
//   earlier of the two instants (the first 01:30, still daylight time).
import { DateTime, IANAZone } from 'luxon';

const LOCAL_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const INSTANT_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/i;
const DAY_MS = 86_400_000;

// The same wall-clock time in the same zone always names the same instant, and
// status checks resolve the same holiday edges again and again: remember a few
// thousand (keys are strings and DateTimes immutable, so nothing can go stale).
const resolved = new Map<string, DateTime>();
const RESOLVED_MAX = 4096;
const ZOOM_UTC_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;
const OFFSET_TIME_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?(Z|[+-]\d{2}:\d{2})$/;

/** An IANA zone name luxon (and so the runtime's time-zone data) knows. */
export function isValidZone(zone: string): boolean {
  // IANAZone.create is memoized by luxon; isValidZone builds a new Intl formatter on every call
  return typeof zone === 'string' && zone.length > 0 && IANAZone.create(zone).isValid;
}

/** "YYYY-MM-DDTHH:mm" naming a real calendar date and clock time. */
export function isLocalDateTime(text: string): boolean {
  return wallFields(text) !== null;
}

// luxon's fromFormat re-reads its format string on every call; a regex and
// fromObject are many times faster, and status checks call this a lot
function wallFields(text: string) {
  const m = LOCAL_RE.exec(text);
  if (!m) return null;
  const [year, month, day, hour, minute] = m.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const fields = { year, month, day, hour, minute };
  return DateTime.fromObject(fields, { zone: 'utc' }).isValid ? fields : null;
}

/** "YYYY-MM-DD" naming a real calendar date. */
export function isLocalDate(text: string): boolean {
  const m = DATE_RE.exec(text);
  if (!m) return false;
  return DateTime.fromObject(
    { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) },
    { zone: 'utc' },
  ).isValid;
}

/** Throws a sentence when `zone` is not a time zone name. */
export function requireZone(zone: string): void {
  if (!isValidZone(zone))
    throw new RangeError(`"${zone}" is not a time zone name (IANA, e.g. Europe/London).`);
}

/** The instant a wall-clock time names in `zone`, by the DST policy above, as a luxon DateTime in that zone. */
export function zonedFromLocal(local: string, zone: string): DateTime {
  const key = `${zone} ${local}`;
  const known = resolved.get(key);
  if (known) return known;
  requireZone(zone);
  const fields = wallFields(local);
  if (!fields) throw new RangeError(`"${local}" is not a date and time (YYYY-MM-DDTHH:mm).`);
  // luxon moves a skipped time forward by the gap, and picks one of the two instants of a repeated one
  const first = DateTime.fromObject(fields, { zone });
  // a repeated time needs a change of offset within a day of it; only then ask for every instant it names
  const z = IANAZone.create(zone);
  const ms = first.toMillis();
  const unique = z.offset(ms - DAY_MS) === first.offset && z.offset(ms + DAY_MS) === first.offset;
  const dt = unique
    ? first
    : first.getPossibleOffsets().reduce((a, b) => (b.toMillis() < a.toMillis() ? b : a), first);
  if (resolved.size >= RESOLVED_MAX) resolved.clear();
  resolved.set(key, dt);
  return dt;
}

/** Parse an ISO instant; it must carry `Z` or an offset (a bare wall-clock time is not an instant). */
export function parseInstant(iso: string): DateTime {
  const dt = INSTANT_RE.test(iso) ? DateTime.fromISO(iso, { zone: 'utc' }) : null;
  if (!dt?.isValid)
    throw new RangeError(`"${iso}" is not an instant (an ISO date-time ending in Z or an offset).`);
  return dt;
}

/** The instant as `YYYY-MM-DDTHH:mm:ssZ` (UTC, whole seconds). */
export function formatInstant(dt: DateTime): string {
  const utc = dt.toUTC();
  return (utc.millisecond === 0 ? utc : utc.startOf('second')).toISO({
    suppressMilliseconds: true,
  })!;
}

/** A DateTime's wall clock as "YYYY-MM-DDTHH:mm" (seconds dropped). */
export function formatLocal(dt: DateTime): string {
  const minute = dt.second === 0 && dt.millisecond === 0 ? dt : dt.startOf('minute');
  return minute.toISO({ includeOffset: false, suppressSeconds: true, suppressMilliseconds: true })!;
}

/** "YYYY-MM-DDTHH:mm" in `zone` → ISO instant "…Z" (DST policy above). */
export function localToInstant(local: string, zone: string): string {
  return formatInstant(zonedFromLocal(local, zone));
}

/** ISO instant → the wall clock in `zone`, "YYYY-MM-DDTHH:mm". */
export function instantToLocal(iso: string, zone: string): string {
  requireZone(zone);
  return formatLocal(parseInstant(iso).setZone(zone));
}

/** An instant in Zoom Phone's holiday format, `yyyy-MM-dd'T'HH:mm:ss'Z'` (UTC). */
export function toZoomUtc(instant: string): string {
  return formatInstant(parseInstant(instant));
}

/** Zoom Phone's `yyyy-MM-dd'T'HH:mm:ss'Z'` → ISO instant. */
export function fromZoomUtc(text: string): string {
  if (!ZOOM_UTC_RE.test(text))
    throw new RangeError(`"${text}" is not a Zoom UTC time (yyyy-MM-ddTHH:mm:ssZ).`);
  return formatInstant(parseInstant(text));
}

/** Wall clock in `zone` → `yyyy-MM-ddTHH:mm:ss±HH:mm` with the zone's offset at that instant (Contact Center closures). */
export function localToOffsetTime(local: string, zone: string): string {
  return zonedFromLocal(local, zone).toFormat("yyyy-MM-dd'T'HH:mm:ssZZ");
}

/** `…Z` or `…±HH:mm` (Contact Center closures) → the wall clock in `zone`. */
export function offsetTimeToLocal(text: string, zone: string): string {
  if (!OFFSET_TIME_RE.test(text)) {
    throw new RangeError(
      `"${text}" is not a date-time with Z or an offset (yyyy-MM-ddTHH:mm:ss±HH:mm).`,
    );
  }
  return instantToLocal(text, zone);
}
