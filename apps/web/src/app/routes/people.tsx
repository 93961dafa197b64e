// /people — who signs in to Switchboard, their roles and sessions (admins).
import { useState } from 'react';
import type { InviteAnswer, ResetAnswer } from '@switchboard/contract/people';
import { Card, CardHeader } from '@/components/ui/card';
import { ErrorState } from '@/components/ui/error-state';
import { Skeleton } from '@/components/ui/skeleton';
import { useSession } from '@/features/auth/api/get-session';
import { NotAllowed } from '@/features/auth/components/not-allowed';
import { useCan } from '@/features/auth/hooks/use-can';
import { usePeople } from '@/features/people/api/get-people';
import { useSessions } from '@/features/people/api/get-sessions';
import { InviteForm } from '@/features/people/components/invite-form';
import { OneTimeLink } from '@/features/people/components/one-time-link';
import { PeopleTable } from '@/features/people/components/people-table';
import { SessionsTable } from '@/features/people/components/sessions-table';
import { paths } from '@/config/paths';
import { Link } from 'react-router';

export function Component() {
  const can = useCan();
  return (
    <>
      <title>People · Switchboard</title>
      <div className="page-header">
        <h1>People</h1>
        <p className="page-header__lede">
          Who signs in to Switchboard and with which role. Every change here is in the <Link to={paths.history}>history</Link>.
        </p>
      </div>
      {can('managePeople') ? <People /> : <NotAllowed permission="managePeople" />}
    </>
  );
}

type Shown = { purpose: 'invite'; answer: InviteAnswer } | { purpose: 'reset'; answer: ResetAnswer };

function People() {
  const people = usePeople();
  const sessions = useSessions();
  const me = useSession().data?.user.id;
  const [shown, setShown] = useState<Shown | null>(null);
  const link = shown?.answer.link;
  return (
    <div className="people-page">
      <Card className="people-card">
        <CardHeader title="Invite someone" />
        <InviteForm onInvited={(answer) => setShown({ purpose: 'invite', answer })} />
      </Card>
      {shown && !link && (
        <p role="status" className="people-section">
          {shown.answer.person.email} can sign in now with the password you gave.
        </p>
      )}
      {shown && link && (
        <div className="people-section">
          <OneTimeLink link={link} email={shown.answer.person.email} purpose={shown.purpose} />
        </div>
      )}
      <section className="people-section" aria-labelledby="people-heading">
        <h2 id="people-heading">Everyone who signs in</h2>
        {people.isPending ? (
          <Skeleton />
        ) : people.isError ? (
          <ErrorState title="People could not be loaded" error={people.error} onRetry={() => void people.refetch()} retrying={people.isFetching} />
        ) : (
          <PeopleTable people={people.data.items} meId={me} onReset={(answer) => setShown({ purpose: 'reset', answer })} />
        )}
      </section>
      <section className="people-section" aria-labelledby="sessions-heading">
        <h2 id="sessions-heading">Open sessions</h2>
        {sessions.isPending ? (
          <Skeleton />
        ) : sessions.isError ? (
          <ErrorState title="Sessions could not be loaded" error={sessions.error} onRetry={() => void sessions.refetch()} retrying={sessions.isFetching} />
        ) : (
          <SessionsTable sessions={sessions.data.items} />
        )}
      </section>
    </div>
  );
}
