import { queryOptions, useQuery } from '@tanstack/react-query';
import { sessionSchema, type Session } from '@switchboard/contract/session';
import { ApiError, apiRequest, setCsrfToken } from '@/lib/api-client';

/** The signed-in session, or null when nobody is signed in (401). */
export async function getSession(signal?: AbortSignal): Promise<Session | null> {
  try {
    const session = await apiRequest('/api/session', sessionSchema, { signal });
    setCsrfToken(session.csrfToken);
    return session;
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw err;
  }
}

export const sessionQueryOptions = () =>
  queryOptions({
    queryKey: ['session'] as const,
    queryFn: ({ signal }) => getSession(signal),
    staleTime: 5 * 60_000,
  });

export function useSession() {
  return useQuery(sessionQueryOptions());
}
