// Open sessions: who, from where, since and until when; end any but your own
// (sign out for that).
import { useState } from 'react';
import type { SignInSession } from '@switchboard/contract/people';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { Table } from '@/components/ui/table';
import { roleLabel } from '@/lib/roles';
import { errorMessage } from '@/lib/api-client';
import { useEndSession } from '../api/end-session';

const when = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function SessionsTable({ sessions }: { sessions: SignInSession[] }) {
  const end = useEndSession();
  const [pending, setPending] = useState<SignInSession | null>(null);
  if (sessions.length === 0) return <p className="muted">Nobody is signed in.</p>;
  return (
    <>
      {end.isError && (
        <p className="field__error" role="alert">
          {errorMessage(end.error)}
        </p>
      )}
      <Table caption="Open sessions" cards>
        <thead role="rowgroup">
          <tr role="row">
            <th scope="col" role="columnheader">Who</th>
            <th scope="col" role="columnheader">Role</th>
            <th scope="col" role="columnheader">Signed in</th>
            <th scope="col" role="columnheader">Ends</th>
            <th scope="col" role="columnheader">From</th>
            <th scope="col" role="columnheader">Action</th>
          </tr>
        </thead>
        <tbody role="rowgroup">
          {sessions.map((s) => (
            <tr key={s.id} role="row">
              <th scope="row" role="rowheader">
                {s.person.name} <span className="muted">{s.person.email}</span>
              </th>
              <td role="cell" data-label="Role">
                {roleLabel(s.role)}
              </td>
              <td role="cell" data-label="Signed in">
                {when(s.createdAt)}
              </td>
              <td role="cell" data-label="Ends">
                {when(s.expiresAt)}
              </td>
              <td role="cell" data-label="From" className="num">
                {s.ip ?? <span className="muted">Unknown</span>}
              </td>
              <td role="cell" data-label="Action">
                {s.current ? (
                  <span className="muted">This browser</span>
                ) : (
                  <Button size="sm" onClick={() => setPending(s)} aria-label={`End the session of ${s.person.name} from ${s.ip ?? 'an unknown address'}`}>
                    End session
                  </Button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </Table>
      <ConfirmDialog
        open={pending !== null}
        title={`End ${pending?.person.name ?? ''}’s session?`}
        confirmLabel="End session"
        cancelLabel="Cancel"
        onConfirm={() => {
          if (pending) end.mutate(pending.id);
          setPending(null);
        }}
        onCancel={() => setPending(null)}
      >
        <p>That browser must sign in again. Unsaved edits there are kept in the page until they sign in.</p>
      </ConfirmDialog>
    </>
  );
}
