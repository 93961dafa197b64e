import { queryOptions, useQuery } from '@tanstack/react-query';
import { sessionSchema, type Session } from '@switchboard/contract/session';
import { ApiError, apiRequest, setCsrfToken } from '@/lib/api-client';

// The BFF answers 204 (no body) when nobody is signed in; an older session that has
// just ended may still answer 401. Both mean "show the sign-in form".
const sessionOrNobody = sessionSchema.nullish();

/** The signed-in session, or null when nobody is signed in. */
export async function getSession(signal?: AbortSignal): Promise<Session | null> {
  try {
    const session = (await apiRequest('/api/session', sessionOrNobody, { signal })) ?? null;
    setCsrfToken(session?.csrfToken ?? null);
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
