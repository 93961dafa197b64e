import { useEffect, useRef } from 'react';
import { Link, NavLink, Outlet, useLocation, useNavigation } from 'react-router';
import { paths } from '@/config/paths';
import { RequireSession } from '@/features/auth/components/require-session';
import { UserMenu } from '@/features/auth/components/user-menu';
import { DemoModeBanner } from '@/features/health/components/demo-mode-banner';
import { MissingScopesBanner } from '@/features/setup/components/missing-scopes-banner';
import { WriteNotices } from '@/components/ui/write-notices';
import { SessionExpiredDialog } from '@/features/auth/components/session-expired-dialog';
import { useSessionExpired } from '@/lib/session-expiry';
import { useCan } from '@/features/auth/hooks/use-can';
import type { Permission } from '@switchboard/contract/permissions';
import './app-shell.css';

/** Sections of the console and the permission each needs (contract/permissions.ts); add a line here when a section exists. */
export const NAV_ITEMS: ReadonlyArray<{ to: string; label: string; permission: Permission }> = [
  { to: paths.autoReceptionists, label: 'Auto receptionists', permission: 'readRouting' },
  { to: paths.calendar, label: 'Holiday calendar', permission: 'readRouting' },
  { to: paths.contactCenter, label: 'Contact Center', permission: 'readRouting' },
  { to: paths.routing, label: 'Routing explorer', permission: 'readRouting' },
  { to: paths.jobs, label: 'Jobs', permission: 'startJobs' },
  { to: paths.history, label: 'History', permission: 'readHistory' },
  { to: paths.people, label: 'People', permission: 'managePeople' },
  { to: paths.setup, label: 'Setup', permission: 'admin' },
];

export function AppShell() {
  return (
    <RequireSession>
      <ShellLayout />
    </RequireSession>
  );
}

function ShellLayout() {
  const navigation = useNavigation();
  const loading = navigation.state === 'loading';
  const { pathname } = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const can = useCan();
  const expired = useSessionExpired();
  const firstRender = useRef(true);

  // After moving to another page, put keyboard and screen-reader focus at the top of the new content.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    mainRef.current?.focus({ preventScroll: false });
  }, [pathname]);

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <header className="shell__header">
        <div className="shell__bar">
          <Link className="shell__brand" to={paths.home}>
            <span className="shell__logo" aria-hidden="true" />
            Switchboard
          </Link>
          <UserMenu />
        </div>
        <DemoModeBanner />
        <MissingScopesBanner setupHref={paths.setup} isAdmin={can('admin')} />
        <div className={loading ? 'shell__progress is-active' : 'shell__progress'} aria-hidden="true" />
      </header>
      <div className="shell__body">
        <nav className="shell__nav" aria-label="Main">
          <ul>
            {NAV_ITEMS.filter((item) => can(item.permission)).map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} className="shell__nav-link">
                  {item.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <main id="main" ref={mainRef} className="shell__main" tabIndex={-1} aria-busy={loading || undefined}>
          <Outlet />
          <WriteNotices />
          {expired && <SessionExpiredDialog home={paths.home} />}
        </main>
      </div>
    </div>
  );
}
