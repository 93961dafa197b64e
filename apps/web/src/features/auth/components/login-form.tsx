import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { loginBodySchema, type LoginBody, type Session } from '@switchboard/contract/session';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { errorMessage } from '@/lib/api-client';
import { useLogin } from '../api/login';
import './login-form.css';

export function LoginForm({ onSuccess }: { onSuccess?: (session: Session) => void }) {
  const login = useLogin({ onSuccess });
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<LoginBody>({
    resolver: zodResolver(loginBodySchema),
    defaultValues: { email: '', password: '' },
  });

  return (
    <form className="login-form" noValidate onSubmit={handleSubmit((body) => login.mutate(body))} aria-labelledby="login-heading">
      <h1 id="login-heading" className="login-form__title">
        Sign in
      </h1>
      <div className="login-form__alert" role="alert">
        {login.isError && <p className="login-form__error">{errorMessage(login.error)}</p>}
      </div>
      <TextField
        label="Email"
        type="email"
        autoComplete="username"
        inputMode="email"
        error={errors.email?.message}
        {...register('email')}
      />
      <TextField
        label="Password"
        type="password"
        autoComplete="current-password"
        error={errors.password?.message}
        {...register('password')}
      />
      <Button type="submit" variant="primary" busy={login.isPending} className="login-form__submit">
        Sign in
      </Button>
    </form>
  );
}
