import { useMemo, useState } from 'react';
import type { ZoomPlan } from '@switchboard/zoom-schema/rate-limits';
import { Banner } from '@/components/ui/banner';
import { Button } from '@/components/ui/button';
import { ErrorState } from '@/components/ui/error-state';
import { ApiError, errorMessage } from '@/lib/api-client';
import { usePlanIvrCopy } from '../api/plan-ivr-copy';
import { useStartCopyJob } from '../api/start-copy-job';
import { copyCandidates } from '../utils/filter-targets';
import { CopyPreview } from './copy-preview';
import { CrossSiteConfirmation } from './cross-site-confirmation';
import { CopyTargetPicker } from './copy-target-picker';
import type { AutoReceptionistSummary, SiteRef } from './types';
import './menu-copy.css';

export interface MenuCopyProps {
  source: { id: string; name: string };
  hours: 'business' | 'closed';
  ars: AutoReceptionistSummary[];
  sites: SiteRef[];
  zoomPlan: ZoomPlan;
  q: string;
  siteId: string;
  onFilterChange: (name: 'q' | 'site', value: string) => void;
  onStarted: (jobId: string) => void;
}

const key = (ids: Iterable<string>) => [...ids].sort().join(',');

/** Choose targets → preview each one's plan → start the background job. */
export function MenuCopy({ source, hours, ars, sites, zoomPlan, q, siteId, onFilterChange, onStarted }: MenuCopyProps) {
  const [selected, setSelected] = useState<Set<string>>(() => new Set());
  const preview = usePlanIvrCopy(source.id);
  const start = useStartCopyJob();
  const shown = useMemo(() => copyCandidates(ars, { sourceId: source.id, q, siteId }), [ars, source.id, q, siteId]);
  const total = ars.filter((a) => a.id !== source.id).length;

  const plan = preview.data;
  const fresh = plan !== undefined && plan.hours === hours && key(plan.targets.map((t) => t.arId)) === key(selected);
  // Targets that cannot be planned or that the copy would trap are left out; the server refuses them anyway.
  const copyable = fresh ? plan.targets.filter((t) => !t.error && !t.refusal) : [];
  const crossSite = copyable.filter((t) => t.crossSite);
  // Ticked for this preview only: a new preview asks again.
  const [confirmedFor, setConfirmedFor] = useState<typeof plan | null>(null);
  const confirmed = crossSite.length === 0 || (confirmedFor !== null && confirmedFor === plan);
  const conflict = start.error instanceof ApiError && start.error.status === 409;

  const runPreview = () => {
    start.reset();
    setConfirmedFor(null);
    preview.mutate({ hours, targets: [...selected] });
  };

  return (
    <div className="menu-copy">
      <CopyTargetPicker
        shown={shown}
        total={total}
        sites={sites}
        selected={selected}
        onSelectedChange={setSelected}
        q={q}
        siteId={siteId}
        onFilterChange={onFilterChange}
      />
      <div className="menu-copy__actions">
        <Button variant={fresh ? 'secondary' : 'primary'} disabled={selected.size === 0} busy={preview.isPending} onClick={runPreview}>
          {fresh ? 'Preview again' : 'Preview'}
        </Button>
        {selected.size === 0 && <span className="muted">Choose at least one auto receptionist to preview the copy.</span>}
        {plan && !fresh && selected.size > 0 && !preview.isPending && (
          <span className="muted">The choice changed since the preview: preview again before starting.</span>
        )}
      </div>

      {preview.isError && <ErrorState title="The preview could not be made" error={preview.error} />}
      {fresh && plan && (
        <>
          <CopyPreview plan={plan} zoomPlan={zoomPlan} />
          {crossSite.length > 0 && (
            <CrossSiteConfirmation
              sourceSite={plan.source.site?.name ?? 'the source’s site'}
              targets={crossSite}
              checked={confirmed}
              onChange={(on) => setConfirmedFor(on ? plan : null)}
            />
          )}
          {start.isError && (
            <Banner tone="danger" live>
              {errorMessage(start.error)}
              {conflict && ' Preview again to see the menu as it is now.'}
            </Banner>
          )}
          <div className="menu-copy__actions">
            <Button
              variant="primary"
              disabled={copyable.length === 0 || conflict || !confirmed}
              busy={start.isPending}
              onClick={() =>
                start.mutate(
                  {
                    sourceId: source.id,
                    hours,
                    targets: copyable.map((t) => t.arId),
                    sourceVersion: plan.source.version,
                    ...(crossSite.length > 0 ? { confirmCrossSite: true } : {}),
                  },
                  { onSuccess: ({ jobId }) => onStarted(jobId) },
                )
              }
            >
              Start copy to {copyable.length} auto receptionist{copyable.length === 1 ? '' : 's'}
            </Button>
            <span className="muted">
              {confirmed
                ? 'It runs in the background: you can leave the page and come back to it.'
                : 'Confirm the cross-site copy above to start it.'}
            </span>
          </div>
        </>
      )}
    </div>
  );
}
