import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { paths } from '@/config/paths';
import { errorMessage } from '@/lib/api-client';

function sentence(error: unknown): string {
  if (isRouteErrorResponse(error)) {
    return error.status === 404 ? 'There is no page at this address.' : `The page could not be shown (HTTP ${error.status}).`;
  }
  // A route's code could not be downloaded: usually a new version was deployed meanwhile.
  if (error instanceof TypeError && /dynamically imported module|Importing a module script failed/i.test(error.message)) {
    return 'Part of Switchboard could not be downloaded, probably because a newer version was just installed. Reload the page.';
  }
  const msg = errorMessage(error);
  return msg === 'Something went wrong. Try again.' ? 'Something unexpected went wrong while showing this page. Reload the page to try again.' : msg;
}

/** Shown in place of a page whose code threw; the shell around it stays usable. */
export function RouteErrorBoundary() {
  const error = useRouteError();
  if (!isRouteErrorResponse(error)) console.error(error);
  return (
    <div className="page-center">
      <div className="error-state" role="alert">
        <h1 className="error-state__title">This page could not be shown</h1>
        <p className="error-state__message">{sentence(error)}</p>
        <p className="error-state__actions">
          <button type="button" className="btn btn--primary" onClick={() => window.location.reload()}>
            Reload the page
          </button>{' '}
          <Link className="btn btn--secondary" to={paths.autoReceptionists}>
            Go to auto receptionists
          </Link>
        </p>
      </div>
    </div>
  );
}
