// Choosing a password from a one-time link: typed twice, checked by the
// contract's rule (and the BFF's, which has the last word).
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { choosePasswordBodySchema } from '@switchboard/contract/people';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { errorMessage } from '@/lib/api-client';
import { useChoosePassword } from '../api/choose-password';

const formSchema = choosePasswordBodySchema
  .extend({ again: z.string() })
  .refine((f) => f.password === f.again, { error: 'The two passwords differ.', path: ['again'] });
type Form = z.infer<typeof formSchema>;

export function ChoosePasswordForm({ token, email, onChosen }: { token: string; email: string; onChosen: () => void }) {
  const choose = useChoosePassword();
  const form = useForm<Form>({ resolver: zodResolver(formSchema), defaultValues: { password: '', again: '' } });
  const { errors } = form.formState;
  const submit = form.handleSubmit(({ password }) => choose.mutate({ token, password }, { onSuccess: onChosen }));
  return (
    <form className="login-form" noValidate onSubmit={(e) => void submit(e)} aria-labelledby="choose-heading">
      <h1 id="choose-heading" className="login-form__title">
        Choose your password
      </h1>
      <p className="muted">For {email}. At least 12 characters.</p>
      <div className="login-form__alert" role="alert">
        {choose.isError && <p className="login-form__error">{errorMessage(choose.error)}</p>}
      </div>
      <input type="email" autoComplete="username" value={email} readOnly hidden />
      <TextField label="New password" type="password" autoComplete="new-password" error={errors.password?.message} {...form.register('password')} />
      <TextField label="The same password again" type="password" autoComplete="new-password" error={errors.again?.message} {...form.register('again')} />
      <Button type="submit" variant="primary" busy={choose.isPending} className="login-form__submit">
        Set my password
      </Button>
    </form>
  );
}
