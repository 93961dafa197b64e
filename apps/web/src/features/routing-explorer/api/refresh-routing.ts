import { useMutation, useQueryClient } from '@tanstack/react-query';
import { getRoutingProblems } from './get-routing-problems';

/** Rebuild the snapshot from Zoom (through the problems route), then reload every routing answer on screen. */
export function useRefreshRouting() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => getRoutingProblems(true),
    onSuccess: async (problems) => {
      client.setQueryData(['routing', 'problems'], problems);
      await client.invalidateQueries({ queryKey: ['routing'], predicate: (q) => q.queryKey[1] !== 'problems' });
    },
  });
}
