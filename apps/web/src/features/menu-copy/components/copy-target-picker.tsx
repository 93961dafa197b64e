import { useId } from 'react';
import type { AutoReceptionistSummary, SiteRef } from './types';
import { SelectField, TextField } from '@/components/ui/field';
import { Button } from '@/components/ui/button';

export interface CopyTargetPickerProps {
  /** Candidates after search and site filter (the source is never among them). */
  shown: AutoReceptionistSummary[];
  sites: SiteRef[];
  selected: ReadonlySet<string>;
  onSelectedChange: (next: Set<string>) => void;
  q: string;
  siteId: string;
  onFilterChange: (name: 'q' | 'site', value: string) => void;
  /** Candidates before filtering, to say "2 of 5". */
  total: number;
}

/** Checkboxes for the auto receptionists to copy to, with search and a site filter. */
export function CopyTargetPicker({ shown, sites, selected, onSelectedChange, q, siteId, onFilterChange, total }: CopyTargetPickerProps) {
  const legendId = useId();
  const toggle = (id: string, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(id);
    else next.delete(id);
    onSelectedChange(next);
  };
  const allShown = shown.length > 0 && shown.every((a) => selected.has(a.id));
  return (
    <fieldset className="copy-picker" aria-labelledby={legendId}>
      <legend id={legendId} className="copy-picker__legend">
        Copy to
      </legend>
      <div className="copy-picker__filters" role="search" aria-label="Filter auto receptionists to copy to">
        <TextField
          label="Search"
          type="search"
          placeholder="Name or extension"
          value={q}
          maxLength={100}
          onChange={(e) => onFilterChange('q', e.target.value)}
          fieldClassName="copy-picker__search"
        />
        <SelectField label="Site" value={siteId} onChange={(e) => onFilterChange('site', e.target.value)}>
          <option value="">All sites</option>
          {sites.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </SelectField>
      </div>
      <div className="copy-picker__bulk">
        <span role="status" className="copy-picker__count">
          {selected.size} chosen · {shown.length === total ? `${total} auto receptionists` : `${shown.length} of ${total} shown`}
        </span>
        <Button
          size="sm"
          variant="ghost"
          disabled={shown.length === 0}
          onClick={() => {
            const next = new Set(selected);
            for (const a of shown) {
              if (allShown) next.delete(a.id);
              else next.add(a.id);
            }
            onSelectedChange(next);
          }}
        >
          {allShown ? 'Clear the ones shown' : 'Choose all shown'}
        </Button>
        {selected.size > 0 && (
          <Button size="sm" variant="ghost" onClick={() => onSelectedChange(new Set())}>
            Clear all
          </Button>
        )}
      </div>
      {shown.length === 0 ? (
        <p className="muted">No other auto receptionist matches the search and site.</p>
      ) : (
        <ul className="copy-picker__list">
          {shown.map((a) => (
            <li key={a.id}>
              <label className="copy-picker__option">
                <input type="checkbox" checked={selected.has(a.id)} onChange={(e) => toggle(a.id, e.target.checked)} />
                <span className="copy-picker__name">{a.name}</span>
                <span className="copy-picker__meta">
                  ext {a.extensionNumber}
                  {a.site ? ` · ${a.site.name}` : ''}
                </span>
              </label>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
