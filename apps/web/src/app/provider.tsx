import { useState, type ReactNode } from 'react';
import { QueryCache, QueryClientProvider } from '@tanstack/react-query';
import { ApiError } from '@/lib/api-client';
import { createQueryClient, defaultQueryConfig } from '@/lib/query-client';
import { sessionQueryOptions } from '@/features/auth/api/get-session';

export function AppProvider({ children }: { children: ReactNode }) {
  const [queryClient] = useState(() => {
    const client = createQueryClient({
      ...defaultQueryConfig,
      queryCache: new QueryCache({
        // A 401 anywhere means the session ended: forget it so the route guard sends the person to sign in.
        onError: (error, query) => {
          const sessionKey = sessionQueryOptions().queryKey;
          if (error instanceof ApiError && error.status === 401 && query.queryKey[0] !== sessionKey[0]) {
            client.setQueryData(sessionKey, null);
          }
        },
      }),
    });
    return client;
  });
  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
}
