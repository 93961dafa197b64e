import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { calendarResponseSchema, type CalendarQuery } from '@switchboard/contract/calendar';
import { apiRequest } from '@/lib/api-client';

/** Who is closed for a holiday and who is not, each date from `from` to `to` (both inclusive), each judged in its own zone. */
export const getCalendar = ({ from, to, site, type }: CalendarQuery, signal?: AbortSignal) =>
  apiRequest('/api/calendar', calendarResponseSchema, { query: { from, to, site, type }, signal });

export const calendarQueryOptions = (query: CalendarQuery) =>
  queryOptions({
    queryKey: ['calendar', { from: query.from, to: query.to, site: query.site ?? null, type: query.type ?? null }] as const,
    queryFn: ({ signal }) => getCalendar(query, signal),
  });

/** The calendar of a month or a year; the last one stays on screen while the next loads. */
export function useCalendar(query: CalendarQuery, enabled = true) {
  return useQuery({ ...calendarQueryOptions(query), enabled, placeholderData: keepPreviousData });
}
