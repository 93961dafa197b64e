// The Setup page's content: the connection, the scopes the Zoom app lacks with
// what each blocks, the Marketplace steps, and what works.
import { Button } from '@/components/ui/button';
import { ErrorState } from '@/components/ui/error-state';
import { Skeleton } from '@/components/ui/skeleton';
import { errorMessage } from '@/lib/api-client';
import { useRecheckSetup, useSetup } from '../api/get-setup';
import { MarketplaceSteps } from './marketplace-steps';
import './setup-status.css';

const PLAN = { pro: 'Pro (Light 20, Medium 10, Heavy 5 requests a second)', business: 'Business or higher (Light 40, Medium 20, Heavy 10 a second)' };

export function SetupStatus() {
  const setup = useSetup();
  const recheck = useRecheckSetup();
  if (setup.isPending) {
    return (
      <div aria-busy="true" className="page-narrow">
        <span className="visually-hidden" role="status">
          Loading the set-up…
        </span>
        <Skeleton />
        <Skeleton />
      </div>
    );
  }
  if (setup.isError) return <ErrorState title="The set-up could not be read" error={setup.error} onRetry={() => void setup.refetch()} retrying={setup.isFetching} />;
  const { zoom } = setup.data;
  const missing = zoom.scopes.missing;
  return (
    <div className="setup">
      <section className="setup__section" aria-labelledby="setup-connection">
        <h2 id="setup-connection">Connection</h2>
        <dl className="setup__facts">
          <dt>Zoom account</dt>
          <dd>{zoom.mode === 'demo' ? 'Demo mode — a simulated Zoom account built into Switchboard' : 'A real Zoom account, through a Server-to-Server OAuth app'}</dd>
          <dt>Rate-limit plan</dt>
          <dd>{PLAN[zoom.plan]}</dd>
        </dl>
      </section>

      <section className="setup__section" aria-labelledby="setup-scopes">
        <div className="setup__heading">
          <h2 id="setup-scopes">Scopes</h2>
          <Button onClick={() => recheck.mutate()} busy={recheck.isPending}>
            Check again
          </Button>
        </div>
        <p role="status" className="setup__status">
          {recheck.isError
            ? `Could not check again: ${errorMessage(recheck.error)}`
            : missing.length === 0
              ? 'The Zoom app has every scope Switchboard uses.'
              : `The Zoom app lacks ${missing.length === 1 ? 'one scope' : `${missing.length} scopes`}. Until ${missing.length === 1 ? 'it is' : 'they are'} added, the features named below do not work, and Switchboard refuses their changes before sending anything to Zoom.`}
        </p>
        {missing.length > 0 && (
          <>
            <ul className="setup__missing">
              {missing.map((m) => (
                <li key={m.scope} className="setup__scope">
                  <code className="setup__scope-name">{m.scope}</code>
                  <span>
                    Blocks: <strong>{m.features.join(', ')}</strong>
                  </span>
                  {m.alternatives.length > 0 && (
                    <span className="setup__alt">
                      An older app may hold {m.alternatives.map((a) => <code key={a}>{a}</code>)} instead, which also works.
                    </span>
                  )}
                </li>
              ))}
            </ul>
            <h3>How to add {missing.length === 1 ? 'it' : 'them'}</h3>
            <MarketplaceSteps scopes={missing.map((m) => m.scope)} />
          </>
        )}
        {zoom.working.length > 0 && (
          <>
            <h3>Working</h3>
            <ul className="setup__working">
              {zoom.working.map((f) => (
                <li key={f}>{f}</li>
              ))}
            </ul>
          </>
        )}
        <details className="setup__granted">
          <summary>Scopes granted ({zoom.scopes.granted.length})</summary>
          <ul>
            {zoom.scopes.granted.map((s) => (
              <li key={s}>
                <code>{s}</code>
              </li>
            ))}
          </ul>
        </details>
      </section>
    </div>
  );
}
