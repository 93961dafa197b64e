// The holiday calendar across extensions (default: auto receptionists, call
// queues and shared line groups — the lines callers dial; users when asked
// for), each extension's holidays read once (one Light GET each, kept 30 s,
// forgotten when Switchboard writes them) and judged on its own wall clock.
// Also the same holidays as iCalendar and CSV.
import type { CalendarQuery, CalendarResponse } from '@switchboard/contract/calendar';
import type { ExtensionType } from '@switchboard/contract/hours';
import { holidayCalendar, holidayDates } from '@switchboard/routing-core/schedule/holiday-calendar';
import { TtlCache } from '../../lib/ttl-cache';
import { mapPool } from '../../write-pipeline/pool';
import type { ZoomClient } from '../../zoom/client';
import { withZoomPriority } from '../../zoom/priority';
import { holidaysFromZoom, readCallHandling, type HolidaysState } from '../call-handling/read';
import type { Extension, ExtensionService } from '../extensions/service';

export const CALENDAR_TTL_MS = 30_000;
export const DEFAULT_CALENDAR_TYPES: readonly ExtensionType[] = ['autoReceptionist', 'callQueue', 'sharedLineGroup'];
/** Extensions read at the same time (the client's limiter paces them). */
const CONCURRENCY = 4;

export interface CalendarEntry {
  ext: Extension;
  holidays: HolidaysState['holidays'];
}

export class CalendarService {
  private readonly cache = new TtlCache<string, HolidaysState>(CALENDAR_TTL_MS);

  constructor(
    private readonly zoom: ZoomClient,
    private readonly extensions: ExtensionService,
  ) {}

  /** Forget an extension's holidays (after a write), so the next calendar reads them again. */
  forget(extensionId: string): void {
    this.cache.delete(extensionId);
  }

  /** The extensions the query covers, each with its holidays, sorted by site then name. */
  async entries(query: Pick<CalendarQuery, 'site' | 'type'>): Promise<CalendarEntry[]> {
    return withZoomPriority('read', async () => {
      const items = (await this.extensions.items(query.type ? [query.type] : DEFAULT_CALENDAR_TYPES)).filter(
        (i) => !query.site || i.site?.id === query.site,
      );
      const exts = await this.extensions.many(items);
      const entries = await mapPool(exts, CONCURRENCY, async (ext) => ({
        ext,
        holidays: (await this.cache.get(ext.id, async () => holidaysFromZoom(await readCallHandling(this.zoom, ext), ext))).holidays,
      }));
      return entries.sort(
        (a, b) => (a.ext.site?.name ?? '').localeCompare(b.ext.site?.name ?? '') || a.ext.name.localeCompare(b.ext.name),
      );
    });
  }

  async calendar(query: CalendarQuery): Promise<CalendarResponse> {
    const entries = await this.entries(query);
    const days = holidayCalendar(
      entries.map(({ ext, holidays }) => ({ extensionId: ext.id, name: ext.name, type: ext.type, site: ext.site, holidays })),
      query.from,
      query.to,
    );
    return {
      from: query.from,
      to: query.to,
      days,
      extensions: entries.map(({ ext }) => ({ extensionId: ext.id, name: ext.name, type: ext.type, site: ext.site, timezone: ext.timezone })),
    };
  }

  /** Each extension's holidays touching [from, to] (dates on its own wall clock). */
  async holidaysBetween(query: CalendarQuery): Promise<{ ext: Extension; holiday: HolidaysState['holidays'][number] }[]> {
    const out: { ext: Extension; holiday: HolidaysState['holidays'][number] }[] = [];
    for (const { ext, holidays } of await this.entries(query)) {
      for (const holiday of holidays) {
        const { first, last } = holidayDates(holiday);
        if (last >= query.from && first <= query.to) out.push({ ext, holiday });
      }
    }
    return out.sort((a, b) => a.holiday.start.localeCompare(b.holiday.start) || a.ext.name.localeCompare(b.ext.name));
  }
}
