import { QueryClient, type QueryClientConfig } from '@tanstack/react-query';
import { ApiError } from './api-client';

/** Retry only what may succeed on a second try: network trouble, 429 and 5xx — never 4xx. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= 2) return false;
  if (error instanceof ApiError) return error.status === 0 || error.status === 429 || error.status >= 500;
  return false;
}

export const defaultQueryConfig: QueryClientConfig = {
  defaultOptions: {
    queries: { retry: shouldRetry, staleTime: 30_000, refetchOnWindowFocus: false },
    mutations: { retry: false },
  },
};

export function createQueryClient(config: QueryClientConfig = {}): QueryClient {
  return new QueryClient({
    ...config,
    defaultOptions: {
      queries: { ...defaultQueryConfig.defaultOptions?.queries, ...config.defaultOptions?.queries },
      mutations: { ...defaultQueryConfig.defaultOptions?.mutations, ...config.defaultOptions?.mutations },
    },
  });
}
