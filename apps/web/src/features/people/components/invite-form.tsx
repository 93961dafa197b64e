// Invite someone: email, name, role, and either a one-time link (default) or a
// first password the admin hands over. Validated by the contract's schema.
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { inviteBodySchema, type InviteAnswer, type InviteBody } from '@switchboard/contract/people';
import { ROLES } from '@switchboard/contract/session';
import { Button } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/field';
import { roleLabel } from '@/lib/roles';
import { errorMessage } from '@/lib/api-client';
import { useInvitePerson } from '../api/invite-person';
import './people.css';

const ROLE_HINTS = {
  admin: 'Admins edit everything and manage who signs in.',
  support: 'Support staff read routing, menus and hours, and trace calls.',
  manager: 'Managers read everything and edit holidays.',
} as const;

export function InviteForm({ onInvited }: { onInvited: (answer: InviteAnswer) => void }) {
  const invite = useInvitePerson();
  const [withPassword, setWithPassword] = useState(false);
  const form = useForm<InviteBody>({
    resolver: zodResolver(inviteBodySchema),
    defaultValues: { email: '', name: '', role: 'support' },
  });
  const { errors } = form.formState;
  const role = useWatch({ control: form.control, name: 'role' });
  const submit = form.handleSubmit((body) =>
    invite.mutate(withPassword ? body : { email: body.email, name: body.name, role: body.role }, {
      onSuccess: (answer) => {
        form.reset();
        onInvited(answer);
      },
    }),
  );
  return (
    <form className="invite-form" noValidate onSubmit={(e) => void submit(e)} aria-label="Invite someone">
      <div className="invite-form__fields">
        <TextField label="Email" type="email" autoComplete="off" error={errors.email?.message} {...form.register('email')} />
        <TextField label="Name" autoComplete="off" error={errors.name?.message} {...form.register('name')} />
        <SelectField label="Role" hint={ROLE_HINTS[role]} error={errors.role?.message} {...form.register('role')}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {roleLabel(r)}
            </option>
          ))}
        </SelectField>
      </div>
      <label className="invite-form__toggle">
        <input
          type="checkbox"
          checked={withPassword}
          onChange={(e) => {
            setWithPassword(e.target.checked);
            if (!e.target.checked) form.unregister('password');
          }}
        />
        Give a first password instead of a one-time link
      </label>
      {withPassword && (
        <TextField
          label="First password"
          type="password"
          autoComplete="new-password"
          hint="At least 12 characters. Hand it over yourself; they can sign in with it at once."
          error={errors.password?.message}
          {...form.register('password')}
        />
      )}
      {invite.isError && (
        <p className="field__error" role="alert">
          {errorMessage(invite.error)}
        </p>
      )}
      <div>
        <Button type="submit" variant="primary" busy={invite.isPending}>
          {withPassword ? 'Add with this password' : 'Invite and make a link'}
        </Button>
      </div>
    </form>
  );
}
