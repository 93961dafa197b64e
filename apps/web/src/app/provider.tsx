import { useState, type ReactNode } from 'react';
import { MutationCache, QueryCache, QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { ApiError } from '@/lib/api-client';
import { markSessionExpired } from '@/lib/session-expiry';
import { createQueryClient, defaultQueryConfig } from '@/lib/query-client';
import { sessionQueryOptions } from '@/features/auth/api/get-session';

export function AppProvider({ children }: { children: ReactNode }) {
  const [queryClient] = useState(() => {
    const client: QueryClient = createQueryClient({
      ...defaultQueryConfig,
      queryCache: new QueryCache({ onError: (error, query) => sessionEnded(client, error, query.queryKey[0]) }),
      mutationCache: new MutationCache({ onError: (error) => sessionEnded(client, error, null) }),
    });
    return client;
  });
  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
}

/**
 * A 401 anywhere means the session ended. Someone who was signed in keeps the
 * page as it is (a draft stays) and is asked to sign in again in place; with
 * nobody signed in, the route guard sends them to the sign-in page.
 */
function sessionEnded(client: QueryClient, error: unknown, queryKind: unknown) {
  const sessionKey = sessionQueryOptions().queryKey;
  if (!(error instanceof ApiError) || error.status !== 401 || queryKind === sessionKey[0]) return;
  if (client.getQueryData(sessionKey)) markSessionExpired();
  else client.setQueryData(sessionKey, null);
}
