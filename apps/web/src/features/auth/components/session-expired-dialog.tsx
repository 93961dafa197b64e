// The session ended mid-work: sign in again here, over the page, so that
// nothing on it is lost (an editor's draft stays as it was). The same person
// continues where they were; someone else starts afresh.
import { useEffect, useId, useRef } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import type { Session } from '@switchboard/contract/session';
import { clearSessionExpired } from '@/lib/session-expiry';
import { sessionQueryOptions } from '../api/get-session';
import { LoginForm } from './login-form';
import '@/components/ui/confirm-dialog.css';

export function SessionExpiredDialog({ home }: { home: string }) {
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  const client = useQueryClient();
  const navigate = useNavigate();
  const before = client.getQueryData(sessionQueryOptions().queryKey) ?? null;

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
      dialog.querySelector<HTMLInputElement>('input[type="password"]')?.focus();
    }
  }, []);

  const onSignedIn = (session: Session) => {
    clearSessionExpired();
    if (before && session.user.id === before.user.id) {
      // The same person: keep what is on screen and refresh it in the background.
      void client.invalidateQueries({ predicate: (q) => q.queryKey[0] !== sessionQueryOptions().queryKey[0] });
    } else {
      client.removeQueries({ predicate: (q) => q.queryKey[0] !== sessionQueryOptions().queryKey[0] });
      void navigate(home);
    }
  };

  return (
    <dialog
      ref={ref}
      className="confirm-dialog"
      aria-labelledby={`${id}-title`}
      // Escape does not close it: the page cannot be used signed out.
      onCancel={(e) => e.preventDefault()}
    >
      <h2 id={`${id}-title`} className="confirm-dialog__title">
        Your session has ended
      </h2>
      <p>Sign in again to carry on. Nothing on this page is lost{before ? ', and your changes stay as you left them' : ''}.</p>
      <LoginForm heading={null} defaultEmail={before?.user.email ?? ''} keepCache onSuccess={onSignedIn} />
    </dialog>
  );
}
