// Everyone who signs in, with their role, status and open sessions; for each
// other person: change role, reset password, disable or enable — each asked
// first, because it ends their open sessions. Your own row offers nothing you
// cannot do to yourself.
import { useState } from 'react';
import type { Person, ResetAnswer } from '@switchboard/contract/people';
import { ROLES, type Role } from '@switchboard/contract/session';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { Table } from '@/components/ui/table';
import { roleLabel } from '@/lib/roles';
import { errorMessage } from '@/lib/api-client';
import { useResetPassword } from '../api/reset-password';
import { useUpdatePerson } from '../api/update-person';
import './people.css';

type Pending =
  | { kind: 'role'; person: Person; role: Role }
  | { kind: 'disable' | 'enable' | 'reset'; person: Person };

const STATUS = {
  active: { label: 'Can sign in', tone: 'success' },
  invited: { label: 'Invited', tone: 'info' },
  disabled: { label: 'Disabled', tone: 'danger' },
} as const;

function question(p: Pending): { title: string; body: string; confirm: string } {
  const who = p.person.name;
  const ends = p.person.sessions > 0 ? ` Their ${p.person.sessions === 1 ? 'open session ends' : `${p.person.sessions} open sessions end`}.` : '';
  switch (p.kind) {
    case 'role':
      return { title: `Make ${who} ${roleLabel(p.role).toLowerCase()}?`, body: `${who} will be able to do what a ${roleLabel(p.role).toLowerCase()} does.${ends}`, confirm: `Make ${roleLabel(p.role).toLowerCase()}` };
    case 'disable':
      return { title: `Disable ${who}?`, body: `${who} can no longer sign in.${ends} You can enable the account again later.`, confirm: 'Disable' };
    case 'enable':
      return { title: `Enable ${who}?`, body: `${who} can sign in again with their password.`, confirm: 'Enable' };
    case 'reset':
      return { title: `Reset ${who}’s password?`, body: `Their current password stops working now.${ends} You get a one-time link to send them to choose a new one.`, confirm: 'Reset password' };
  }
}

export function PeopleTable({ people, meId, onReset }: { people: Person[]; meId: string | undefined; onReset: (answer: ResetAnswer) => void }) {
  const update = useUpdatePerson();
  const reset = useResetPassword();
  const [pending, setPending] = useState<Pending | null>(null);
  const [error, setError] = useState<string | null>(null);
  const confirm = () => {
    if (!pending) return;
    const p = pending;
    setPending(null);
    setError(null);
    const onError = (e: unknown) => setError(`${p.person.name}: ${errorMessage(e)}`);
    if (p.kind === 'reset') reset.mutate(p.person.id, { onSuccess: onReset, onError });
    else update.mutate(p.kind === 'role' ? { id: p.person.id, role: p.role } : { id: p.person.id, disabled: p.kind === 'disable' }, { onError });
  };
  const q = pending && question(pending);
  return (
    <>
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
      <Table caption="People who sign in" cards className="people-table">
        <thead role="rowgroup">
          <tr role="row">
            <th scope="col" role="columnheader">Name</th>
            <th scope="col" role="columnheader">Email</th>
            <th scope="col" role="columnheader">Role</th>
            <th scope="col" role="columnheader">Status</th>
            <th scope="col" role="columnheader">Sessions</th>
            <th scope="col" role="columnheader">Actions</th>
          </tr>
        </thead>
        <tbody role="rowgroup">
          {people.map((p) => {
            const me = p.id === meId;
            return (
              <tr key={p.id} role="row">
                <th scope="row" role="rowheader">
                  {p.name} {me && <span className="muted">(you)</span>}
                </th>
                <td role="cell" data-label="Email" className="people-table__email">
                  {p.email}
                </td>
                <td role="cell" data-label="Role">
                  {me ? (
                    roleLabel(p.role)
                  ) : (
                    <select
                      className="input select people-table__role"
                      aria-label={`Role of ${p.name}`}
                      value={p.role}
                      disabled={update.isPending}
                      onChange={(e) => setPending({ kind: 'role', person: p, role: e.target.value as Role })}
                    >
                      {ROLES.map((r) => (
                        <option key={r} value={r}>
                          {roleLabel(r)}
                        </option>
                      ))}
                    </select>
                  )}
                </td>
                <td role="cell" data-label="Status">
                  <Badge tone={STATUS[p.status].tone}>{STATUS[p.status].label}</Badge>
                </td>
                <td role="cell" data-label="Sessions" className="num">
                  {p.sessions}
                </td>
                <td role="cell" data-label="Actions">
                  {me ? (
                    <span className="muted">Another admin changes your own access.</span>
                  ) : (
                    <div className="people-table__actions">
                      {p.status !== 'disabled' && (
                        <Button size="sm" onClick={() => setPending({ kind: 'reset', person: p })} aria-label={`Reset the password of ${p.name}`}>
                          Reset password
                        </Button>
                      )}
                      <Button
                        size="sm"
                        onClick={() => setPending({ kind: p.status === 'disabled' ? 'enable' : 'disable', person: p })}
                        aria-label={`${p.status === 'disabled' ? 'Enable' : 'Disable'} ${p.name}`}
                      >
                        {p.status === 'disabled' ? 'Enable' : 'Disable'}
                      </Button>
                    </div>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </Table>
      <ConfirmDialog
        open={pending !== null}
        title={q?.title ?? ''}
        confirmLabel={q?.confirm ?? ''}
        cancelLabel="Cancel"
        onConfirm={confirm}
        onCancel={() => setPending(null)}
      >
        <p>{q?.body}</p>
      </ConfirmDialog>
    </>
  );
}
