import { useMutation, useQueryClient } from '@tanstack/react-query';
import { sendWrite } from '@/lib/write/send-write';

/** Revert one change; the write outcome as any write's (a conflict included), never a silent success. */
export const revert = (auditId: string) =>
  sendWrite({ method: 'POST', path: `/api/history/${encodeURIComponent(auditId)}/revert`, reloadWhat: 'the history' });

export function useRevert() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revert,
    // the revert is a new entry of the history
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['history'] }),
  });
}
