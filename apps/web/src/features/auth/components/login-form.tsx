import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { loginBodySchema, type LoginBody, type Session } from '@switchboard/contract/session';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { errorMessage } from '@/lib/api-client';
import { useLogin } from '../api/login';
import './login-form.css';

interface Props {
  onSuccess?: (session: Session) => void;
  /** The form's heading; null when the surrounding dialog has its own. */
  heading?: string | null;
  defaultEmail?: string;
  /** Signing in again in place: leave what the page has cached to the caller. */
  keepCache?: boolean;
}

export function LoginForm({ onSuccess, heading = 'Sign in', defaultEmail = '', keepCache = false }: Props) {
  const login = useLogin({ ...(onSuccess ? { onSuccess } : {}), keepCache });
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<LoginBody>({
    resolver: zodResolver(loginBodySchema),
    defaultValues: { email: defaultEmail, password: '' },
  });

  return (
    <form
      className="login-form"
      noValidate
      onSubmit={handleSubmit((body) => login.mutate(body))}
      {...(heading ? { 'aria-labelledby': 'login-heading' } : { 'aria-label': 'Sign in' })}
    >
      {heading && (
        <h1 id="login-heading" className="login-form__title">
          {heading}
        </h1>
      )}
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
