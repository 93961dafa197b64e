// /welcome/:token — a one-time link from an admin (an invitation or a password
// reset): choose a password, then sign in. No session needed.
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { paths } from '@/config/paths';
import { Card } from '@/components/ui/card';
import { Spinner } from '@/components/ui/spinner';
import { LoginForm } from '@/features/auth/components/login-form';
import { useLink } from '@/features/people/api/get-link';
import { ChoosePasswordForm } from '@/features/people/components/choose-password-form';
import { errorMessage } from '@/lib/api-client';
import './login.css';

export function Component() {
  const { token = '' } = useParams();
  const link = useLink(token);
  const navigate = useNavigate();
  const [chosen, setChosen] = useState(false);
  return (
    <div className="login-page">
      <title>Welcome · Switchboard</title>
      <main className="login-page__main" id="main">
        <div className="login-page__column">
          <p className="login-page__brand">
            <span className="login-page__logo" aria-hidden="true" />
            Switchboard
          </p>
          <Card className="login-page__card">
            {link.isPending ? (
              <Spinner label="Checking your link…" />
            ) : link.isError ? (
              <div role="alert">
                <h1 className="login-form__title">This link cannot be used</h1>
                <p>{errorMessage(link.error)}</p>
                <p>
                  <Link to={paths.login}>Go to sign-in</Link>
                </p>
              </div>
            ) : chosen ? (
              <>
                <p role="status">Your password is set. Sign in with it now.</p>
                <LoginForm defaultEmail={link.data.email} onSuccess={() => void navigate(paths.home, { replace: true })} />
              </>
            ) : (
              <>
                <p className="login-page__lede">
                  {link.data.purpose === 'invite' ? `Welcome, ${link.data.name}.` : `${link.data.name}, your password was reset.`}
                </p>
                <ChoosePasswordForm token={token} email={link.data.email} onChosen={() => setChosen(true)} />
              </>
            )}
          </Card>
        </div>
      </main>
    </div>
  );
}
