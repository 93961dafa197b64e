import { queryOptions, useQueries, useQuery } from '@tanstack/react-query';
import { zendeskMenuResponseSchema } from '@switchboard/contract/zendesk';
import { apiRequest } from '@/lib/api-client';

/** One Zendesk menu in the provider-neutral shape, with the version a change starts from. */
export const getZendeskMenu = (ivrId: string, menuId: string, signal?: AbortSignal) =>
  apiRequest(`/api/zendesk/ivrs/${encodeURIComponent(ivrId)}/menus/${encodeURIComponent(menuId)}`, zendeskMenuResponseSchema, { signal });

export const zendeskMenuQueryOptions = (ivrId: string, menuId: string) =>
  queryOptions({
    // Under the IVR's key: invalidating ['zendesk', 'ivrs', ivrId] refreshes its menus too.
    queryKey: ['zendesk', 'ivrs', ivrId, 'menus', menuId] as const,
    queryFn: ({ signal }) => getZendeskMenu(ivrId, menuId, signal),
  });

export function useZendeskMenu(ivrId: string, menuId: string) {
  return useQuery(zendeskMenuQueryOptions(ivrId, menuId));
}

/** Every menu of an IVR (the map of where "menu" routes lead). */
export function useZendeskMenus(ivrId: string, menuIds: readonly string[]) {
  return useQueries({ queries: menuIds.map((id) => zendeskMenuQueryOptions(ivrId, id)) });
}
