// A searchable picker over the directory (ARIA 1.2 combobox with a listbox):
// type part of a name, extension or number, move with ↑/↓, choose with Enter
// or a click, Escape closes and restores the chosen value.
import { useEffect, useId, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { DirectoryItem, DirectoryType } from '@switchboard/contract/directory';
import { errorMessage } from '@/lib/api-client';
import { cn } from '@/lib/cn';
import { useDirectorySearch } from '../api/search-directory';
import { useDebouncedValue } from '../hooks/use-debounced-value';
import './directory-picker.css';

const MAX_SHOWN = 25;
const NOUN: Record<DirectoryType, string> = {
  user: 'user',
  callQueue: 'call queue',
  autoReceptionist: 'auto receptionist',
  sharedLineGroup: 'shared line group',
  commonArea: 'common area',
  externalContact: 'external contact',
  zoomRoom: 'Zoom Room',
  contactCenter: 'Contact Center entry point',
  meetingService: 'meeting service',
  audioPrompt: 'audio prompt',
};

/** "Maria Lopez (ext 1012)" — what the input shows once an item is chosen. */
export function itemLabel(item: Pick<DirectoryItem, 'name' | 'extensionNumber'>): string {
  return item.extensionNumber ? `${item.name} (ext ${item.extensionNumber})` : item.name;
}

interface Props {
  label: string;
  type: DirectoryType;
  /** The chosen value as words, or null when none is chosen. */
  selectedLabel: string | null;
  onSelect: (item: DirectoryItem) => void;
  error?: string | undefined;
  hint?: ReactNode;
  /** Extra words on each option (e.g. audio preview availability). */
  optionNote?: (item: DirectoryItem) => ReactNode;
  debounceMs?: number;
}

export function DirectoryPicker({
  label,
  type,
  selectedLabel,
  onSelect,
  error,
  hint,
  optionNote,
  debounceMs = 250,
}: Props) {
  const id = useId();
  const [text, setText] = useState(selectedLabel ?? '');
  const [typed, setTyped] = useState(false);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const q = useDebouncedValue(typed ? text : '', debounceMs);
  const search = useDirectorySearch({ type, q }, open);
  const items = open ? (search.data?.items ?? []).slice(0, MAX_SHOWN) : [];
  const total = search.data?.items.length ?? 0;

  useEffect(() => {
    if (!open) {
      setText(selectedLabel ?? '');
      setTyped(false);
    }
  }, [selectedLabel, open]);

  const close = () => {
    setOpen(false);
    setActive(-1);
  };
  const choose = (item: DirectoryItem) => {
    onSelect(item);
    setText(itemLabel(item));
    setTyped(false);
    close();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      if (!open) setOpen(true);
      else setActive((i) => Math.min(i + 1, items.length - 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      if (open) setActive((i) => Math.max(i - 1, 0));
    } else if (e.key === 'Enter') {
      if (open && active >= 0 && items[active]) {
        e.preventDefault();
        choose(items[active]);
      }
    } else if (e.key === 'Escape') {
      if (open) {
        e.preventDefault();
        e.stopPropagation();
        close();
      }
    }
  };

  const optionId = (i: number) => `${id}-opt-${i}`;
  const noun = NOUN[type];
  // Typing ahead of the debounce, or the last list still shown while the next loads.
  const stale = open && ((typed ? text : '') !== q || search.isPlaceholderData);
  const searching = open && (search.isFetching || stale);
  const status = !open
    ? ''
    : search.isError
      ? errorMessage(search.error)
      : search.isPending || stale || (searching && items.length === 0)
        ? 'Searching…'
        : items.length === 0
          ? typed && text.trim()
            ? `No ${noun} matches “${text.trim()}”.`
            : `No ${noun}s found.`
          : total > items.length
            ? `${total} matches; showing the first ${items.length}. Type more to narrow them down.`
            : `${items.length} ${items.length === 1 ? 'match' : 'matches'}. Use the arrow keys to choose.`;
  const describedBy =
    [error ? `${id}-error` : hint ? `${id}-hint` : null].filter(Boolean).join(' ') || undefined;

  return (
    <div className={cn('field', 'picker', error && 'field--invalid')}>
      <label className="field__label" htmlFor={`${id}-input`}>
        {label}
      </label>
      <div className="picker__control">
        <input
          id={`${id}-input`}
          className="input picker__input"
          role="combobox"
          type="text"
          autoComplete="off"
          spellCheck={false}
          aria-expanded={open}
          aria-controls={`${id}-list`}
          aria-autocomplete="list"
          aria-activedescendant={open && active >= 0 ? optionId(active) : undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          placeholder={`Search by name or extension`}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setTyped(true);
            setOpen(true);
            setActive(-1);
          }}
          onClick={() => setOpen(true)}
          onKeyDown={onKeyDown}
          onBlur={close}
        />
        {searching && <span className="spinner spinner--sm picker__spinner" aria-hidden="true" />}
        <ul
          id={`${id}-list`}
          role="listbox"
          aria-label={`${label}: matches`}
          className={cn('picker__list', stale && 'is-stale')}
          aria-busy={stale || undefined}
          hidden={!open || items.length === 0}
          // keep focus in the input while choosing with the mouse
          onMouseDown={(e) => e.preventDefault()}
        >
          {items.map((item, i) => (
            <li
              key={`${item.type}:${item.id}`}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              className={cn('picker__option', i === active && 'is-active')}
              onClick={() => choose(item)}
              onMouseMove={() => setActive(i)}
            >
              <span className="picker__name">{item.name}</span>
              {item.extensionNumber && (
                <span className="picker__meta num">ext {item.extensionNumber}</span>
              )}
              {item.phoneNumbers && item.phoneNumbers.length > 0 && (
                <span className="picker__meta num">{item.phoneNumbers.join(', ')}</span>
              )}
              {item.site && <span className="picker__meta">{item.site.name}</span>}
              {optionNote && <span className="picker__meta">{optionNote(item)}</span>}
            </li>
          ))}
        </ul>
      </div>
      <p className="picker__status" role="status">
        {status}
      </p>
      {hint && !error && (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}
