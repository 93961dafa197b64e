// The twelve keys laid out like a phone: each shows what it does in words;
// changed keys and keys with a problem are marked. Arrow keys move between
// keys like on the pad; choosing one (click, tap, Enter or Space) opens its
// editor, brings it into view and puts the focus on its first setting.
import { useRef, type KeyboardEvent } from 'react';
import type { IvrKey } from '@switchboard/zoom-schema/ivr-actions';
import type { KeyAction } from '@switchboard/routing-core/ivr/menu';
import { cn } from '@/lib/cn';
import { KEYPAD_ORDER } from '../utils/keypad-order';
import { keyWords } from '../utils/key-words';
import './keypad.css';

interface Props {
  keys: Record<IvrKey, KeyAction>;
  selected: IvrKey;
  changed: ReadonlySet<IvrKey>;
  invalid: ReadonlySet<IvrKey>;
  onSelect: (key: IvrKey) => void;
  /** id of the panel the keys open (aria-controls). */
  panelId: string;
}

const MOVES: Record<string, number> = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -3, ArrowDown: 3 };

/** After the panel shows the chosen key: scroll it into view when it is off screen (phones), focus its first field. */
function revealPanel(panelId: string) {
  requestAnimationFrame(() => {
    const panel = document.getElementById(panelId);
    if (!panel) return;
    const { top, bottom } = panel.getBoundingClientRect();
    if (top < 0 || bottom > window.innerHeight) {
      const still = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
      panel.scrollIntoView?.({ block: 'start', behavior: still ? 'auto' : 'smooth' });
    }
    // The action comes first (not the "Undo" above it): that is what a person chose the key to change.
    const field = panel.querySelector<HTMLElement>('select') ?? panel.querySelector<HTMLElement>('input, button:not([disabled])');
    field?.focus({ preventScroll: true });
  });
}

export function Keypad({ keys, selected, changed, invalid, onSelect, panelId }: Props) {
  const refs = useRef<(HTMLButtonElement | null)[]>([]);

  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>, index: number) => {
    let next: number | null = null;
    if (e.key in MOVES) next = index + MOVES[e.key]!;
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = KEYPAD_ORDER.length - 1;
    if (next === null || next < 0 || next >= KEYPAD_ORDER.length) return;
    e.preventDefault();
    refs.current[next]?.focus();
  };

  return (
    <div className="keypad" role="group" aria-label="Keypad: choose a key to edit">
      {KEYPAD_ORDER.map((k, i) => {
        const words = keyWords(keys[k]);
        const isChanged = changed.has(k);
        const isInvalid = invalid.has(k);
        const disabled = keys[k].action === -1;
        return (
          <button
            key={k}
            ref={(el) => {
              refs.current[i] = el;
            }}
            type="button"
            data-key={k}
            className={cn(
              'keypad__key',
              k === selected && 'is-selected',
              isChanged && 'is-changed',
              isInvalid && 'is-invalid',
              disabled && 'is-off',
            )}
            aria-pressed={k === selected}
            aria-controls={panelId}
            onClick={() => {
              onSelect(k);
              revealPanel(panelId);
            }}
            onKeyDown={(e) => onKeyDown(e, i)}
          >
            <span className="keypad__digit" aria-hidden="true">
              {k}
            </span>
            <span className="visually-hidden">Key {k}: </span>
            <span className="keypad__action">{words.action}</span>
            {words.target && <span className="keypad__target">{words.target}</span>}
            {(isChanged || isInvalid) && (
              <span className="keypad__flags">
                {isChanged && <span className="badge badge--info">Changed</span>}
                {isInvalid && <span className="badge badge--danger">Needs attention</span>}
              </span>
            )}
          </button>
        );
      })}
    </div>
  );
}
