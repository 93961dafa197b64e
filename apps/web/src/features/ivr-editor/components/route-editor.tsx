// The editor panel of one key of a provider-neutral menu: the kinds the
// capability table allows on this key, then what the kind needs — targets of
// the types it takes (one, or several where the provider allows), another
// menu, a phone number, a text. No provider checks: the table decides.
import { kindsForKey, type ProviderCapabilities } from '@switchboard/routing-core/menu-model/capabilities';
import { keyWords } from '@switchboard/routing-core/menu-model/describe';
import type { MenuKey, Route } from '@switchboard/routing-core/menu-model/neutral-menu';
import { Button } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/field';
import { emptyRoute, routeWords, type Choice, type ChoiceNames } from '../utils/route-words';

export interface RouteChoices {
  /** Targets to pick from, by the provider's target type ("group"). */
  targets: Readonly<Record<string, readonly Choice[]>>;
  /** Other menus a key may lead to. */
  menus: readonly Choice[];
}

interface Props {
  capabilities: ProviderCapabilities;
  keyName: MenuKey;
  route: Route | undefined;
  loaded: Route | undefined;
  changed: boolean;
  choices: RouteChoices;
  names: ChoiceNames;
  problems: readonly string[];
  headingId: string;
  onChange: (route: Route | undefined) => void;
}

const NOTHING = '';

export function RouteEditor({ capabilities, keyName, route, loaded, changed, choices, names, problems, headingId, onChange }: Props) {
  const cap = route ? capabilities.kinds[route.kind] : undefined;
  const kinds = kindsForKey(capabilities, keyName);
  const problemText = problems.length ? problems.join(' ') : undefined;
  return (
    <div className="route-editor" role="region" aria-labelledby={headingId}>
      <h2 id={headingId} className="ivr-editor__section-title">
        {keyWords(keyName)}
        {changed && <span className="badge badge--info">Changed</span>}
      </h2>
      <p className="muted route-editor__was">Now in {capabilities.name}: {sentence(capabilities, loaded, names)}</p>
      <SelectField
        label="What this key does"
        value={route?.kind ?? NOTHING}
        onChange={(e) => onChange(e.target.value === NOTHING ? undefined : emptyRoute(e.target.value as Route['kind'], choices.menus))}
      >
        <option value={NOTHING}>Nothing (the key is not used)</option>
        {kinds.map((k) => (
          <option key={k} value={k}>
            {capabilities.kinds[k]?.label ?? k}
          </option>
        ))}
      </SelectField>

      {route && (route.kind === 'forward' || route.kind === 'voicemail') && cap && cap.targetTypes.length > 0 && (
        <fieldset className="route-editor__targets">
          <legend>{cap.maxTargets > 1 ? `Choose up to ${cap.maxTargets}` : 'Choose one'}</legend>
          {cap.targetTypes.flatMap((type) => (choices.targets[type] ?? []).map((c) => ({ type, ...c }))).map((c) => {
            const on = route.targets.some((t) => t.type === c.type && t.id === c.id);
            const single = cap.maxTargets === 1;
            return (
              <label key={`${c.type}:${c.id}`} className="route-editor__choice">
                <input
                  type={single ? 'radio' : 'checkbox'}
                  name={`targets-${keyName}`}
                  checked={on}
                  onChange={() => {
                    const rest = route.targets.filter((t) => !(t.type === c.type && t.id === c.id));
                    const targets = single ? [{ type: c.type, id: c.id }] : on ? rest : [...route.targets, { type: c.type, id: c.id }];
                    onChange({ ...route, targets });
                  }}
                />
                {c.name}
              </label>
            );
          })}
        </fieldset>
      )}
      {route?.kind === 'menu' && (
        <SelectField label="Menu to go to" value={route.menu.id} onChange={(e) => onChange({ kind: 'menu', menu: { id: e.target.value } })}>
          {choices.menus.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
        </SelectField>
      )}
      {(route?.kind === 'external' || route?.kind === 'meetingNumber') && (
        <TextField
          label="Phone number"
          hint="International format, e.g. +14155550123"
          inputMode="tel"
          value={route.phoneNumber}
          onChange={(e) => onChange({ ...route, phoneNumber: e.target.value.trim() })}
        />
      )}
      {route?.kind === 'textback' && (
        <TextField label="Text message to send" value={route.text} maxLength={1000} onChange={(e) => onChange({ kind: 'textback', text: e.target.value })} />
      )}
      {problemText && (
        <p className="field__error">{problemText}</p>
      )}
      {changed && (
        <Button onClick={() => onChange(loaded)} className="route-editor__undo">
          Undo this key’s change
        </Button>
      )}
    </div>
  );
}

function sentence(cap: ProviderCapabilities, route: Route | undefined, names: ChoiceNames): string {
  const w = routeWords(cap, route, names);
  return w.target ? `${w.action} — ${w.target}` : w.action;
}
