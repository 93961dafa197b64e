// What a holiday write is: add one, change one, or delete one — the body the
// holidays panel reviews and applies. Each kind has its plan and apply
// endpoint (one file each beside this one).
import type { HolidayCreateBody, HolidayUpdateBody } from '@switchboard/contract/holidays';

export type HolidayWrite =
  | { kind: 'add'; extensionId: string; body: HolidayCreateBody }
  | { kind: 'change'; extensionId: string; holidayId: string; body: HolidayUpdateBody }
  | { kind: 'delete'; extensionId: string; holidayId: string; name: string; baseVersion: string };

export const holidaysPath = (extensionId: string) => `/api/extensions/${encodeURIComponent(extensionId)}/holidays`;
export const holidayPath = (extensionId: string, holidayId: string) => `${holidaysPath(extensionId)}/${encodeURIComponent(holidayId)}`;
