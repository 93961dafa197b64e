// Choose the extensions a holiday goes to: narrow by site, kind and name,
// then tick them one by one or all shown at once. Each shows its site and the
// zone the holiday will be read in.
import { useId, useState } from 'react';
import type { CalendarResponse } from '@switchboard/contract/calendar';
import { Button } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/field';
import { EXTENSION_TYPE_PLURAL, typeWords } from '@/lib/extension-words';

export type ChoosableExtension = CalendarResponse['extensions'][number];

interface Props {
  extensions: readonly ChoosableExtension[];
  sites: readonly { id: string; name: string }[];
  selected: ReadonlySet<string>;
  onChange: (next: Set<string>) => void;
  initialSite?: string;
  initialType?: string;
  error?: string | undefined;
}

export function ExtensionChooser({ extensions, sites, selected, onChange, initialSite = '', initialType = '', error }: Props) {
  const id = useId();
  const [site, setSite] = useState(initialSite);
  const kinds = [...new Set(extensions.map((e) => e.type))];
  const [type, setType] = useState(kinds.includes(initialType as ChoosableExtension['type']) ? initialType : '');
  const [q, setQ] = useState('');
  const text = q.trim().toLowerCase();
  const shown = extensions.filter(
    (e) => (!site || e.site?.id === site) && (!type || e.type === type) && (!text || e.name.toLowerCase().includes(text)),
  );
  const allShown = shown.length > 0 && shown.every((e) => selected.has(e.extensionId));
  const toggle = (extensionId: string, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(extensionId);
    else next.delete(extensionId);
    onChange(next);
  };

  return (
    <fieldset className="chooser" aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="chooser__legend">Extensions ({selected.size} chosen)</legend>
      <div className="chooser__filters">
        <SelectField label="Site" value={site} onChange={(e) => setSite(e.target.value)} fieldClassName="chooser__filter">
          <option value="">All sites</option>
          {sites.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </SelectField>
        {kinds.length > 1 && (
          <SelectField label="Kind" value={type} onChange={(e) => setType(e.target.value)} fieldClassName="chooser__filter">
            <option value="">All kinds</option>
            {kinds.map((k) => (
              <option key={k} value={k}>
                {EXTENSION_TYPE_PLURAL[k]}
              </option>
            ))}
          </SelectField>
        )}
        <TextField label="Name contains" type="search" value={q} onChange={(e) => setQ(e.target.value)} fieldClassName="chooser__filter" />
      </div>
      <div className="chooser__bulk">
        <Button
          size="sm"
          disabled={shown.length === 0}
          onClick={() => {
            const next = new Set(selected);
            for (const e of shown) {
              if (allShown) next.delete(e.extensionId);
              else next.add(e.extensionId);
            }
            onChange(next);
          }}
        >
          {allShown ? `Clear the ${shown.length} shown` : `Select all ${shown.length} shown`}
        </Button>
        {selected.size > 0 && (
          <Button size="sm" variant="ghost" onClick={() => onChange(new Set())}>
            Clear all
          </Button>
        )}
      </div>
      {error && (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      )}
      {shown.length === 0 ? (
        <p className="muted">No extension matches.</p>
      ) : (
        <ul className="chooser__list" aria-label="Extensions to add the holiday to">
          {shown.map((e) => (
            <li key={e.extensionId}>
              <label className="chooser__item">
                <input type="checkbox" checked={selected.has(e.extensionId)} onChange={(ev) => toggle(e.extensionId, ev.target.checked)} />
                <span className="chooser__name">{e.name}</span>
                <span className="chooser__meta muted">
                  {typeWords(e.type)} · {e.site?.name ?? 'No site'} · {e.timezone}
                </span>
              </label>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
