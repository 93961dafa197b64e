import { DEMO_PASSWORD, type Session } from '@switchboard/contract/session';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { errorMessage } from '@/lib/api-client';
import { useLogin } from '../api/login';
import { roleLabel } from '@/lib/roles';
import './demo-sign-in.css';

export interface DemoUser {
  email: string;
  role: string;
  name: string;
  blurb: string;
}

/** Demo mode only: one click signs in as each seeded account (password from the contract). */
export function DemoSignIn({ users, onSuccess }: { users: DemoUser[]; onSuccess?: (session: Session) => void }) {
  const login = useLogin({ onSuccess });
  const pendingEmail = login.isPending ? login.variables?.email : undefined;

  return (
    <section className="demo-sign-in" aria-labelledby="demo-sign-in-heading">
      <h2 id="demo-sign-in-heading" className="demo-sign-in__title">
        Demo accounts
      </h2>
      <p className="demo-sign-in__intro">
        Each account shows what a role can do. They share the password <code>{DEMO_PASSWORD}</code>.
      </p>
      <div role="alert">{login.isError && <p className="demo-sign-in__error">{errorMessage(login.error)}</p>}</div>
      <ul className="demo-sign-in__list">
        {users.map((u) => (
          <li key={u.email} className="demo-sign-in__item">
            <div className="demo-sign-in__who">
              <span className="demo-sign-in__name">
                {u.name} <Badge tone="info">{roleLabel(u.role)}</Badge>
              </span>
              <span className="demo-sign-in__email">{u.email}</span>
              <span className="demo-sign-in__blurb">{u.blurb}</span>
            </div>
            <Button
              size="sm"
              busy={pendingEmail === u.email}
              disabled={login.isPending}
              onClick={() => login.mutate({ email: u.email, password: DEMO_PASSWORD })}
            >
              Sign in as {u.name}
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
