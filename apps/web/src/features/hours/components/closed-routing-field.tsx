// Where calls go when the extension is closed: one of the routing options
// Zoom allows for this kind of extension (in words), and its destination with
// the same pickers as the IVR editor (passed in by the page). For an auto
// receptionist, "play the closed-hours menu" links to that menu.
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { ExtensionType } from '@switchboard/contract/hours';
import type { CallRouting } from '@switchboard/routing-core/schedule/call-routing';
import type { Target } from '@switchboard/routing-core/ivr/menu';
import { PLAY_MENU_ACTION } from '@switchboard/zoom-schema/call-handling-actions';
import { SelectField } from '@/components/ui/field';
import { routingLabel, routingOptions, routingTargetInput, type RoutingTargetInput } from '../utils/routing-options';

export interface TargetSlotProps {
  input: RoutingTargetInput;
  target: Target | null;
  onChange: (target: Target | null) => void;
  error?: string | undefined;
}

interface Props {
  type: ExtensionType;
  value: CallRouting | undefined;
  onChange: (next: CallRouting) => void;
  /** The target input for an option (the IVR editor's TargetField). */
  renderTarget: (props: TargetSlotProps) => ReactNode;
  /** For an auto receptionist: its closed-hours menu. */
  closedMenuHref?: string | undefined;
  actionError?: string | undefined;
  targetError?: string | undefined;
}

export function ClosedRoutingField({ type, value, onChange, renderTarget, closedMenuHref, actionError, targetError }: Props) {
  const options = routingOptions(type);
  const current = value?.action;
  const known = current !== undefined && options.some((o) => o.code === current);
  const input = current === undefined ? ({ kind: 'none' } as const) : routingTargetInput(current);

  return (
    <div className="closed-routing" data-section="closedRouting">
      <SelectField
        label="When closed, calls go to"
        value={current === undefined ? '' : String(current)}
        error={actionError}
        onChange={(e) => {
          const code = Number(e.target.value);
          // A new kind of destination starts empty; the same one keeps its target.
          onChange({ action: code, target: code === current ? (value?.target ?? null) : null });
        }}
      >
        {current === undefined && (
          <option value="" disabled>
            Not set in Zoom — choose where calls go
          </option>
        )}
        {current !== undefined && !known && (
          <option value={String(current)} disabled>
            {routingLabel(current)} (set in Zoom; Switchboard cannot write it)
          </option>
        )}
        {options.map((o) => (
          <option key={o.code} value={String(o.code)}>
            {o.label}
          </option>
        ))}
      </SelectField>
      {value &&
        renderTarget({
          input,
          target: value.target,
          onChange: (target) => onChange({ action: value.action, target }),
          error: targetError,
        })}
      {current === PLAY_MENU_ACTION && closedMenuHref && (
        <p className="closed-routing__menu">
          Callers hear the auto receptionist’s closed-hours menu. <Link to={closedMenuHref}>See the closed-hours menu</Link>
        </p>
      )}
    </div>
  );
}
