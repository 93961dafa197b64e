import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { paths } from '@/config/paths';
import { ErrorState } from '@/components/ui/error-state';
import { Spinner } from '@/components/ui/spinner';
import { useSession } from '../api/get-session';

/** Renders children only for a signed-in person; otherwise sends them to sign in and back here after. */
export function RequireSession({ children }: { children: ReactNode }) {
  const session = useSession();
  const location = useLocation();

  if (session.isPending) {
    return (
      <div className="page-center" aria-busy="true">
        <Spinner size="lg" label="Checking your session…" />
      </div>
    );
  }
  if (session.isError) {
    return (
      <main className="page-center">
        <ErrorState title="Switchboard could not check your session" error={session.error} onRetry={() => void session.refetch()} retrying={session.isFetching} />
      </main>
    );
  }
  if (!session.data) {
    const next = `${location.pathname}${location.search}${location.hash}`;
    return <Navigate to={`${paths.login}?next=${encodeURIComponent(next)}`} replace />;
  }
  return children;
}
