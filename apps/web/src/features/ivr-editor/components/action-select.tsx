import type { Ref } from 'react';
import { SelectField } from '@/components/ui/field';
import type { ActionGroupOptions } from '../utils/action-options';

interface Props {
  label: string;
  value: number;
  groups: ActionGroupOptions[];
  onChange: (code: number) => void;
  error?: string | undefined;
  /** Words for a current value that is not among the options (kept visible, not choosable). */
  unknownLabel?: string;
  ref?: Ref<HTMLSelectElement>;
}

/** An action select with the catalog's groups as optgroups; values are codes, labels are words. */
export function ActionSelect({ label, value, groups, onChange, error, unknownLabel, ref }: Props) {
  const known = groups.some((g) => g.options.some((o) => o.code === value));
  return (
    <SelectField
      ref={ref}
      label={label}
      value={String(value)}
      error={error}
      onChange={(e) => onChange(Number(e.target.value))}
    >
      {!known && (
        <option value={String(value)} disabled>
          {unknownLabel ?? 'An action Switchboard does not recognise'}
        </option>
      )}
      {groups.map((g) =>
        g.label === null ? (
          g.options.map((o) => (
            <option key={o.code} value={String(o.code)}>
              {o.label}
            </option>
          ))
        ) : (
          <optgroup key={g.label} label={g.label}>
            {g.options.map((o) => (
              <option key={o.code} value={String(o.code)}>
                {o.label}
              </option>
            ))}
          </optgroup>
        ),
      )}
    </SelectField>
  );
}
