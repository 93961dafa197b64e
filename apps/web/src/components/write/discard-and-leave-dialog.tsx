import type { ReactNode } from 'react';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';

/** Leaving an editor whose changes Zoom does not have yet: stay (the default) or discard them and go. */
export function DiscardAndLeaveDialog({
  onLeave,
  onStay,
  children,
}: {
  onLeave: () => void;
  onStay: () => void;
  children: ReactNode;
}) {
  return (
    <ConfirmDialog
      open
      title="Discard your changes?"
      confirmLabel="Discard changes and leave"
      cancelLabel="Keep editing"
      onConfirm={onLeave}
      onCancel={onStay}
    >
      {children}
    </ConfirmDialog>
  );
}
