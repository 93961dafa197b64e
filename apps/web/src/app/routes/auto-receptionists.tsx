// /auto-receptionists — the phone menus callers reach: Zoom's auto
// receptionists and Zendesk Talk's IVRs side by side, with a provider filter
// kept in the URL (?provider=zoom|zendesk) beside the list's own search.
import { useSearchParams } from 'react-router';
import { SelectField } from '@/components/ui/field';
import { AutoReceptionistList } from '@/features/auto-receptionists/components/auto-receptionist-list';
import { ProblemCounts } from '@/features/routing-explorer/components/problem-counts';
import { ZendeskIvrList } from '@/features/zendesk-ivrs/components/zendesk-ivr-list';
import './auto-receptionists.css';

const PROVIDERS = [
  { value: '', label: 'Zoom and Zendesk Talk' },
  { value: 'zoom', label: 'Zoom auto receptionists' },
  { value: 'zendesk', label: 'Zendesk Talk IVRs' },
] as const;

export function Component() {
  const [params, setParams] = useSearchParams();
  const provider = params.get('provider') ?? '';
  const showZoom = provider !== 'zendesk';
  const showZendesk = provider !== 'zoom';
  return (
    <>
      <title>Auto receptionists · Switchboard</title>
      <div className="page-header">
        <h1>Auto receptionists</h1>
        <p className="page-header__lede">
          The phone menus callers reach: Zoom auto receptionists and Zendesk Talk IVRs. Open one to read its menus in words.
        </p>
      </div>
      <ProblemCounts />
      <div className="provider-filter">
        <SelectField
          label="Provider"
          value={provider}
          onChange={(e) =>
            setParams(
              (prev) => {
                const next = new URLSearchParams(prev);
                if (e.target.value) next.set('provider', e.target.value);
                else next.delete('provider');
                return next;
              },
              { replace: true },
            )
          }
        >
          {PROVIDERS.map((p) => (
            <option key={p.value} value={p.value}>
              {p.label}
            </option>
          ))}
        </SelectField>
      </div>
      {showZoom && (
        <section aria-labelledby="zoom-ars">
          <h2 id="zoom-ars" className={showZendesk ? undefined : 'visually-hidden'}>
            Zoom Phone
          </h2>
          <AutoReceptionistList />
        </section>
      )}
      {showZendesk && (
        <section aria-labelledby="zendesk-ivrs" className="provider-section">
          <h2 id="zendesk-ivrs">Zendesk Talk</h2>
          <ZendeskIvrList q={params.get('q') ?? ''} />
        </section>
      )}
    </>
  );
}
