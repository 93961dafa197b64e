import { Link, useLocation } from 'react-router';
import { paths } from '@/config/paths';

export function Component() {
  const { pathname } = useLocation();
  return (
    <div className="page-narrow">
      <title>Page not found · Switchboard</title>
      <h1>Page not found</h1>
      <p>
        There is no page at <code>{pathname}</code>. It may have moved, or the address may be mistyped.
      </p>
      <p>
        <Link to={paths.autoReceptionists}>Go to auto receptionists</Link>
      </p>
    </div>
  );
}
