import { useNavigate } from 'react-router';
import { paths } from '@/config/paths';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { useSession } from '../api/get-session';
import { useLogout } from '../api/logout';
import { roleLabel } from '@/lib/roles';
import './user-menu.css';

export function UserMenu() {
  const { data: session } = useSession();
  const navigate = useNavigate();
  const logout = useLogout({ onSettled: () => void navigate(paths.login, { replace: true }) });
  if (!session) return null;

  return (
    <div className="user-menu">
      <span className="user-menu__who">
        <span className="user-menu__name">{session.user.name}</span>
        <span className="user-menu__email">{session.user.email}</span>
      </span>
      <Badge tone="info">
        <span className="visually-hidden">Role: </span>
        {roleLabel(session.role)}
      </Badge>
      <Button size="sm" variant="ghost" className="user-menu__signout" busy={logout.isPending} onClick={() => logout.mutate()}>
        Sign out
      </Button>
    </div>
  );
}
