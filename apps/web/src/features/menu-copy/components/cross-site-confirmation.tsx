import { useId } from 'react';
import type { IvrCopyTargetPlan } from '@switchboard/contract/ivr-copy';

/**
 * Targets on other sites would route to the source site's queues, groups,
 * people and greeting: said per target, and "Start copy" waits for an explicit
 * yes (the server refuses such a copy without it).
 */
export function CrossSiteConfirmation({
  sourceSite,
  targets,
  checked,
  onChange,
}: {
  sourceSite: string;
  targets: IvrCopyTargetPlan[];
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  const id = useId();
  return (
    <section className="cross-site" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="cross-site__title">
        {targets.length === 1 ? 'One auto receptionist is' : `${targets.length} auto receptionists are`} on another site than {sourceSite}
      </h2>
      <ul className="cross-site__list">
        {targets.map((t) => (
          <li key={t.arId}>{t.crossSite!.sentence}</li>
        ))}
      </ul>
      <label className="cross-site__confirm">
        <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
        <span>
          Yes, route {targets.length === 1 ? 'this auto receptionist' : 'these auto receptionists'} to {sourceSite}’s queues and greeting
        </span>
      </label>
    </section>
  );
}
