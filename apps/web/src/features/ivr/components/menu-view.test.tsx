import { describe, expect, it } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import { IVR_KEYS, defaultKeyAction, type IvrKey } from '@switchboard/zoom-schema/ivr-actions';
import { menuSchema, type KeyAction, type Menu } from '@switchboard/routing-core/ivr/menu';
import { MenuView } from './menu-view';

/** Zoom's default menu with some keys overridden; parsed with the real schema so the fixture stays honest. */
function buildMenu(overrides: Partial<Record<IvrKey, KeyAction>>, rest: Partial<Omit<Menu, 'keys'>> = {}): Menu {
  const keys = Object.fromEntries(
    IVR_KEYS.map((k) => [k, overrides[k] ?? { action: defaultKeyAction(k), target: null }]),
  ) as Record<IvrKey, KeyAction>;
  return menuSchema.parse({
    prompt: { id: 'audio-1', name: 'Main greeting' },
    noAction: { repeat: 3, action: -1, target: null },
    keys,
    ...rest,
  });
}

const rowFor = (key: string) => {
  const row = document.querySelector(`tr[data-key="${CSS.escape(key)}"]`);
  if (!(row instanceof HTMLElement)) throw new Error(`no row for key ${key}`);
  return row;
};
/** Text with the parts matching `hide` removed, whitespace collapsed. */
function textWithout(el: HTMLElement, hide: string): string {
  const clone = el.cloneNode(true) as HTMLElement;
  clone.querySelectorAll(hide).forEach((n) => n.remove());
  return (clone.textContent ?? '').replace(/\s+/g, ' ').trim();
}
/** A row's cells (or one cell) as text, cells separated by a space. */
const cellsText = (el: HTMLElement, hide: string) =>
  el instanceof HTMLTableRowElement
    ? Array.from(el.cells, (c) => textWithout(c, hide)).filter(Boolean).join(' ')
    : textWithout(el, hide);
/** What a screen reader announces (aria-hidden parts dropped). */
const words = (el: HTMLElement) => cellsText(el, '[aria-hidden="true"]');
/** What a sighted person reads (visually hidden parts dropped). */
const seen = (el: HTMLElement) => cellsText(el, '.visually-hidden');

describe('MenuView', () => {
  const menu = buildMenu({
    '1': { action: 2, target: { extensionId: 'u-1', name: 'Maria Lopez', extensionNumber: '1012', type: 'user' } },
    '2': { action: 7, target: { extensionId: 'q-1', name: 'Sales Queue', extensionNumber: '2001', type: 'callQueue' } },
    '3': { action: 10, target: { phoneNumber: '+14155550123' } },
    '4': { action: 400, target: { extensionId: 'q-2', name: 'Billing', extensionNumber: '2002' }, voicemailGreetingId: 'removed_g1' },
    '#': { action: 22, target: null },
  });

  it('lists the twelve keys in keypad order', () => {
    render(<MenuView menu={menu} />);
    const keys = within(screen.getByRole('table')).getAllByRole('rowheader').map(words);
    expect(keys).toEqual(['Key 1', 'Key 2', 'Key 3', 'Key 4', 'Key 5', 'Key 6', 'Key 7', 'Key 8', 'Key 9', 'Key *', 'Key 0', 'Key #']);
  });

  it('says what each key does in words, with target name and extension', () => {
    render(<MenuView menu={menu} />);
    expect(seen(rowFor('1'))).toBe('1 → Forward to user → Maria Lopez (ext 1012)');
    expect(words(rowFor('1'))).toBe('Key 1 Forward to user Maria Lopez (ext 1012)');
    expect(words(rowFor('2'))).toBe('Key 2 Forward to call queue Sales Queue (ext 2001)');
    expect(words(rowFor('3'))).toBe('Key 3 Forward to phone number +1 415 555 0123');
    expect(words(rowFor('0'))).toBe('Key 0 Voicemail of this auto receptionist');
    expect(words(rowFor('*'))).toBe('Key * Repeat menu greeting');
    expect(words(rowFor('#'))).toBe('Key # Return to root menu');
    // never a raw action code
    expect(document.body.textContent).not.toMatch(/\b(400|100|21|22)\b/);
  });

  it('mutes disabled keys and only those', () => {
    render(<MenuView menu={menu} />);
    for (const k of ['5', '6', '7', '8', '9']) {
      expect(rowFor(k).classList.contains('is-disabled')).toBe(true);
      expect(words(rowFor(k))).toBe(`Key ${k} Disabled`);
    }
    for (const k of ['1', '2', '3', '4', '0', '*', '#']) expect(rowFor(k).classList.contains('is-disabled')).toBe(false);
  });

  it('flags a deleted voicemail greeting', () => {
    render(<MenuView menu={menu} />);
    expect(words(rowFor('4'))).toBe('Key 4 Voicemail of call queue Billing (ext 2002) deleted greeting');
  });

  it('names the greeting prompt and flags a deleted one', () => {
    const { unmount } = render(<MenuView menu={menu} />);
    expect(screen.getByText('Main greeting')).toBeTruthy();
    expect(screen.queryByText('deleted prompt')).toBeNull();
    unmount();

    render(<MenuView menu={buildMenu({}, { prompt: { id: 'removed_audio-9', name: 'Old welcome' } })} />);
    expect(screen.getByText(/Old welcome/)).toBeTruthy();
    expect(screen.getByText('deleted prompt')).toBeTruthy();
  });

  it('says when there is no greeting prompt', () => {
    render(<MenuView menu={buildMenu({}, { prompt: { id: null } })} />);
    expect(screen.getByText('No greeting prompt set')).toBeTruthy();
  });

  it('describes what happens when the caller presses nothing', () => {
    const { unmount } = render(<MenuView menu={menu} />);
    expect(screen.getByText('If the caller presses nothing: repeat the greeting 3 times, then disconnect the call.')).toBeTruthy();
    unmount();

    render(
      <MenuView
        menu={buildMenu({}, {
          noAction: { repeat: 1, action: 7, target: { extensionId: 'q-1', name: 'Sales Queue', extensionNumber: '2001' } },
        })}
      />,
    );
    expect(
      screen.getByText('If the caller presses nothing: repeat the greeting once, then forward to call queue Sales Queue (ext 2001).'),
    ).toBeTruthy();
  });

  it('warns when a forward has no destination instead of showing a blank', () => {
    render(<MenuView menu={buildMenu({ '7': { action: 2, target: null } })} />);
    expect(words(rowFor('7'))).toBe('Key 7 Forward to user No destination set');
  });
});

describe('MenuView: the part a link pointed at', () => {
  it('marks the key a diagram box pointed at, and only that key, and scrolls it into view', async () => {
    const scrolled: Element[] = [];
    const original = Element.prototype.scrollIntoView;
    Element.prototype.scrollIntoView = function (this: Element) {
      scrolled.push(this);
    };
    try {
      render(<MenuView menu={buildMenu({})} highlight={{ key: '*' }} />);
      expect(rowFor('*').getAttribute('aria-current')).toBe('true');
      expect(rowFor('*').classList.contains('is-highlighted')).toBe(true);
      expect(document.querySelectorAll('tr.is-highlighted, section.is-highlighted')).toHaveLength(1);
      await waitFor(() => expect(scrolled).toEqual([rowFor('*')]));
    } finally {
      Element.prototype.scrollIntoView = original;
    }
  });

  it('marks the greeting or the no-key section instead of a key', () => {
    const { rerender } = render(<MenuView menu={buildMenu({})} highlight={{ part: 'no-key' }} />);
    const marked = () => Array.from(document.querySelectorAll('.is-highlighted'), (el) => el.querySelector('h3')?.textContent);
    expect(marked()).toEqual(['No key pressed']);
    rerender(<MenuView menu={buildMenu({})} highlight={{ part: 'greeting' }} />);
    expect(marked()).toEqual(['Greeting']);
    rerender(<MenuView menu={buildMenu({})} />);
    expect(marked()).toEqual([]);
  });
});
