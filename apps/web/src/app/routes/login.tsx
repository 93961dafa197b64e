import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { safeNextPath } from '@/config/paths';
import { Card } from '@/components/ui/card';
import { Spinner } from '@/components/ui/spinner';
import { useSession } from '@/features/auth/api/get-session';
import { DemoSignIn } from '@/features/auth/components/demo-sign-in';
import { LoginForm } from '@/features/auth/components/login-form';
import { useHealth } from '@/features/health/api/get-health';
import { DemoModeBanner } from '@/features/health/components/demo-mode-banner';
import './login.css';

export function Component() {
  const [params] = useSearchParams();
  const next = safeNextPath(params.get('next'));
  const navigate = useNavigate();
  const session = useSession();
  const health = useHealth();

  if (session.data) return <Navigate to={next} replace />;
  const onSuccess = () => void navigate(next, { replace: true });

  return (
    <div className="login-page">
      <title>Sign in · Switchboard</title>
      <header className="login-page__header">
        <DemoModeBanner />
      </header>
      <main className="login-page__main" id="main">
        <div className="login-page__column">
          <p className="login-page__brand">
            <span className="login-page__logo" aria-hidden="true" />
            Switchboard
          </p>
          <p className="login-page__lede">Phone routing for your Zoom account: menus, hours and where calls really go.</p>
          <Card className="login-page__card">
            {session.isPending ? <Spinner label="Checking your session…" /> : <LoginForm onSuccess={onSuccess} />}
          </Card>
          {health.data?.demoUsers && health.data.demoUsers.length > 0 && (
            <Card className="login-page__card">
              <DemoSignIn users={health.data.demoUsers} onSuccess={onSuccess} />
            </Card>
          )}
        </div>
      </main>
    </div>
  );
}

