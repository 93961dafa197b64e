// One GET of an extension's call handling (Light), and Zoom's shape mapped
// to Switchboard's in one place: the week and closed-hours routing (hours),
// the holidays on the extension's wall clock with their routing. A shape
// Switchboard cannot read is a 502 with a sentence, never a guess.
import type { CallRouting, HoursState } from '@switchboard/routing-core/schedule/call-routing';
import { closedRoutingFromZoomPhone, holidayRoutingFromZoomPhone } from '@switchboard/routing-core/schedule/call-routing-zoom';
import { holidaysFromZoomPhone, weekScheduleFromZoomPhone } from '@switchboard/routing-core/schedule/from-zoom-phone';
import { ZOOM_OPERATIONS, operationPath } from '@switchboard/zoom-schema/operations';
import { zoomCallHandlingReadSchema, type ZoomCallHandlingRead } from '@switchboard/zoom-schema/phone-call-handling';
import { AppError, notFound } from '../../http/app-error';
import type { ZoomClient } from '../../zoom/client';
import { isNotFoundFor } from '../../zoom/zoom-error';
import type { Extension } from '../extensions/service';

export interface HolidayState {
  id?: string;
  name: string;
  start: string;
  end: string;
  routing: CallRouting | null;
}

/** An extension's holidays as Zoom holds them, on the extension's wall clock (the history's before / after). */
export interface HolidaysState {
  timezone: string;
  holidays: HolidayState[];
}

export async function readCallHandling(zoom: ZoomClient, ext: Pick<Extension, 'id' | 'name'>): Promise<ZoomCallHandlingRead> {
  const op = ZOOM_OPERATIONS.getCallHandling;
  try {
    const res = await zoom.get(operationPath(op, ext.id), { label: op.label, schema: zoomCallHandlingReadSchema });
    return res.data;
  } catch (err) {
    if (isNotFoundFor(op, err)) throw notFound(`Zoom has no call handling for ${ext.name}: the extension may have been deleted.`);
    throw err;
  }
}

const unreadable = (ext: Pick<Extension, 'name'>, err: unknown) =>
  new AppError(502, 'zoom_error', `Zoom's call handling for ${ext.name} cannot be read: ${err instanceof Error ? err.message : String(err)}`);

export function hoursFromZoom(read: ZoomCallHandlingRead, ext: Pick<Extension, 'name' | 'timezone'>): HoursState {
  try {
    return { schedule: weekScheduleFromZoomPhone(read, ext.timezone), closedRouting: closedRoutingFromZoomPhone(read) };
  } catch (err) {
    throw unreadable(ext, err);
  }
}

export function holidaysFromZoom(read: ZoomCallHandlingRead, ext: Pick<Extension, 'name' | 'timezone'>): HolidaysState {
  try {
    const holidays = holidaysFromZoomPhone(read, ext.timezone).map((h) => ({
      ...h,
      routing: h.id ? holidayRoutingFromZoomPhone(read, h.id) : null,
    }));
    return { timezone: ext.timezone, holidays };
  } catch (err) {
    throw unreadable(ext, err);
  }
}

