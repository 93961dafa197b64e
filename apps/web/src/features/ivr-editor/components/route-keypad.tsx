// The keys a provider's menus offer (its capability table), laid out like a
// phone, with "Any other key" below where the provider has one. Each shows
// what it does in words; changed keys and keys with a problem are marked.
import type { ProviderCapabilities } from '@switchboard/routing-core/menu-model/capabilities';
import type { MenuKey, NeutralMenu } from '@switchboard/routing-core/menu-model/neutral-menu';
import { keyWords } from '@switchboard/routing-core/menu-model/describe';
import { cn } from '@/lib/cn';
import { KEYPAD_ORDER } from '../utils/keypad-order';
import { routeWords, type ChoiceNames } from '../utils/route-words';
import './keypad.css';

interface Props {
  capabilities: ProviderCapabilities;
  keys: NeutralMenu['keys'];
  selected: MenuKey;
  changed: ReadonlySet<MenuKey>;
  invalid: ReadonlySet<MenuKey>;
  names: ChoiceNames;
  onSelect: (key: MenuKey) => void;
  panelId: string;
}

export function RouteKeypad({ capabilities, keys, selected, changed, invalid, names, onSelect, panelId }: Props) {
  const offered = [...KEYPAD_ORDER.filter((k) => capabilities.keys.includes(k)), ...capabilities.keys.filter((k) => !(KEYPAD_ORDER as readonly string[]).includes(k))];
  return (
    <div className="keypad" role="group" aria-label="Keypad: choose a key to edit">
      {offered.map((k) => {
        const words = routeWords(capabilities, keys[k], names);
        return (
          <button
            key={k}
            type="button"
            data-key={k}
            className={cn('keypad__key', k === selected && 'is-selected', changed.has(k) && 'is-changed', invalid.has(k) && 'is-invalid', !keys[k] && 'is-off', k === 'default' && 'keypad__key--wide')}
            aria-pressed={k === selected}
            aria-controls={panelId}
            onClick={() => {
              onSelect(k);
              requestAnimationFrame(() => document.getElementById(panelId)?.querySelector<HTMLElement>('select')?.focus());
            }}
          >
            <span className="keypad__digit" aria-hidden="true">
              {k === 'default' ? 'Any other key' : k}
            </span>
            <span className="visually-hidden">{keyWords(k)}: </span>
            <span className="keypad__action">{words.action}</span>
            {words.target && <span className="keypad__target">{words.target}</span>}
            {(changed.has(k) || invalid.has(k)) && (
              <span className="keypad__flags">
                {changed.has(k) && <span className="badge badge--info">Changed</span>}
                {invalid.has(k) && <span className="badge badge--danger">Needs attention</span>}
              </span>
            )}
          </button>
        );
      })}
    </div>
  );
}
