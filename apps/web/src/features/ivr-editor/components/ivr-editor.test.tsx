import { describe, expect, it, vi } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IVR_KEYS, defaultKeyAction, type IvrKey } from '@switchboard/zoom-schema/ivr-actions';
import { menuSchema, type KeyAction, type Menu } from '@switchboard/routing-core/ivr/menu';
import type { IvrApplyResponse, IvrPlanResponse, IvrWriteBody } from '@switchboard/contract/ivr';
import { jsonResponse, renderWithProviders, stubFetch } from '@/testing/render';
import { IvrEditor, type LoadedMenu } from './ivr-editor';
import { setCsrfToken } from '@/lib/api-client';
import type { ParsedMenuPart } from '@/lib/menu-part';

function buildMenu(keys: Partial<Record<IvrKey, KeyAction>> = {}): Menu {
  return menuSchema.parse({
    prompt: { id: 'audio-1', name: 'Main greeting' },
    noAction: { repeat: 3, action: -1, target: null },
    keys: Object.fromEntries(
      IVR_KEYS.map((k) => [k, keys[k] ?? { action: defaultKeyAction(k), target: null }]),
    ),
  });
}
const queue = {
  action: 7,
  target: {
    extensionId: 'q-1',
    name: 'Sales',
    extensionNumber: '6001',
    type: 'callQueue' as const,
  },
};
const loaded = buildMenu({ '2': queue });

const users = [
  {
    type: 'user',
    id: 'u1',
    extensionId: 'ext-maria',
    extensionNumber: '1012',
    name: 'Maria Lopez',
    site: { id: 's', name: 'San Francisco' },
  },
  {
    type: 'user',
    id: 'u2',
    extensionId: 'ext-mark',
    extensionNumber: '1013',
    name: 'Mark Chen',
    site: null,
  },
];
const audio = [
  {
    type: 'audioPrompt',
    id: 'audio-1',
    extensionId: null,
    extensionNumber: null,
    name: 'Main greeting',
    site: null,
  },
];

const planOp = {
  description: 'Key 1: forward to Maria Lopez (ext 1012) instead of disabled',
  field: 'key:1',
  request: {
    method: 'PATCH',
    path: '/phone/auto_receptionists/ar1/ivr',
    body: {
      hours_type: 'business_hours',
      key_action: { key: '1', action: 2, target: { extension_id: 'ext-maria' } },
    },
  },
};

function setup(
  opts: {
    menu?: Menu;
    plan?: (body: IvrWriteBody) => Response;
    put?: (body: IvrWriteBody) => Response;
    reload?: () => Promise<LoadedMenu>;
    initialPart?: ParsedMenuPart;
  } = {},
) {
  const planBodies: IvrWriteBody[] = [];
  const putBodies: IvrWriteBody[] = [];
  const fetchStub = stubFetch({
    'GET /api/directory': (req) => {
      const url = new URL(req.url);
      const q = (url.searchParams.get('q') ?? '').toLowerCase();
      const list = url.searchParams.get('type') === 'audioPrompt' ? audio : users;
      return jsonResponse({ items: list.filter((i) => i.name.toLowerCase().includes(q)) });
    },
    'POST /api/auto-receptionists/ar1/ivr/plan': async (req) => {
      const body = (await req.json()) as IvrWriteBody;
      planBodies.push(body);
      return opts.plan
        ? opts.plan(body)
        : jsonResponse({ ops: [planOp], diff: [] } satisfies IvrPlanResponse);
    },
    'PUT /api/auto-receptionists/ar1/ivr': async (req) => {
      const body = (await req.json()) as IvrWriteBody;
      putBodies.push(body);
      if (!opts.put) throw new Error('no PUT expected');
      return opts.put(body);
    },
  });
  const onWritten = vi.fn();
  const reloadMenu = vi.fn(opts.reload ?? (async () => ({ menu: loaded, version: 'v1' })));
  setCsrfToken('csrf-1'); // as sign-in does
  const utils = renderWithProviders(
    <IvrEditor
      autoReceptionistId="ar1"
      scope={{ hours: 'business' }}
      menu={opts.menu ?? loaded}
      version="v1"
      reloadMenu={reloadMenu}
      onWritten={onWritten}
      subject="Main Line, business hours menu"
      href="/auto-receptionists/ar1?menu=business"
      initialPart={opts.initialPart ?? null}
    />,
  );
  return {
    ...utils,
    planBodies,
    putBodies,
    onWritten,
    reloadMenu,
    fetchStub,
    user: userEvent.setup(),
  };
}

const keyButton = (k: string) => {
  const el = document.querySelector(`.keypad button[data-key="${CSS.escape(k)}"]`);
  if (!(el instanceof HTMLElement)) throw new Error(`no key ${k}`);
  return el;
};
const optionLabels = (select: HTMLElement) =>
  Array.from(select.querySelectorAll('option'), (o) => o.textContent);

async function chooseMaria(user: ReturnType<typeof userEvent.setup>) {
  await user.click(keyButton('1'));
  await user.selectOptions(screen.getByLabelText('When the caller presses 1'), 'Forward to user');
  await user.type(screen.getByRole('combobox', { name: 'User' }), 'mar');
  await user.click(await screen.findByRole('option', { name: /Maria Lopez/ }));
}

describe('IvrEditor keypad', () => {
  it('shows twelve keys in keypad order, each with its action in words and its target', () => {
    setup();
    const keys = Array.from(document.querySelectorAll('.keypad button'), (b) =>
      b.getAttribute('data-key'),
    );
    expect(keys).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '*', '0', '#']);
    expect(keyButton('2').textContent).toContain('Forward to call queue');
    expect(keyButton('2').textContent).toContain('Sales (ext 6001)');
    expect(keyButton('0').textContent).toContain('Voicemail of this auto receptionist');
    expect(keyButton('*').textContent).toContain('Repeat menu greeting');
    expect(keyButton('1').getAttribute('aria-pressed')).toBe('true');
    expect(document.querySelector('.keypad')?.textContent).not.toMatch(/\b(100|21|-1)\b/);
  });

  it('offers * and # only their own actions, digits the grouped forwards and voicemails', async () => {
    const { user } = setup();
    await user.click(keyButton('*'));
    const star = screen.getByLabelText('When the caller presses *');
    expect(optionLabels(star)).toEqual([
      'Repeat menu greeting',
      'Return to root menu',
      'Return to previous menu',
      'Disabled',
    ]);
    await user.click(keyButton('#'));
    expect(optionLabels(screen.getByLabelText('When the caller presses #'))).toHaveLength(4);

    await user.click(keyButton('5'));
    const five = screen.getByLabelText('When the caller presses 5');
    expect(Array.from(five.querySelectorAll('optgroup'), (g) => g.label)).toEqual([
      'Forward the call',
      'Voicemail',
    ]);
    expect(optionLabels(five)).toContain('Forward to contact center');
    expect(optionLabels(five)).toContain('Voicemail of call queue');
    expect(optionLabels(five)).not.toContain('Repeat menu greeting');
  });

  it('picks a user through the search box and marks the key as changed', async () => {
    const { user } = setup();
    await chooseMaria(user);
    expect(screen.getByRole('combobox', { name: 'User' })).toHaveProperty(
      'value',
      'Maria Lopez (ext 1012)',
    );
    expect(keyButton('1').textContent).toContain('Maria Lopez (ext 1012)');
    expect(keyButton('1').textContent).toContain('Changed');
    expect(keyButton('2').textContent).not.toContain('Changed');
    expect(screen.getByText('1 change, not yet in Zoom')).toBeTruthy();
  });

  it('chooses from the list with the keyboard', async () => {
    const { user } = setup();
    await user.selectOptions(screen.getByLabelText('When the caller presses 1'), 'Forward to user');
    const box = screen.getByRole('combobox', { name: 'User' });
    await user.click(box);
    await user.keyboard('{ArrowDown}');
    await screen.findByRole('option', { name: /Mark Chen/ });
    await user.keyboard('{ArrowDown}{ArrowDown}{Enter}');
    expect(box).toHaveProperty('value', 'Mark Chen (ext 1013)');
    expect(box.getAttribute('aria-expanded')).toBe('false');
  });
});

describe('IvrEditor unsaved changes', () => {
  it('asks before leaving with changes and stays when the person keeps editing', async () => {
    const { user, router } = setup();
    await act(() => router.navigate('/elsewhere'));
    expect(router.state.location.pathname).toBe('/elsewhere'); // nothing changed yet: no question

    await act(() => router.navigate('/edit'));
    await user.click(keyButton('7'));
    await user.selectOptions(
      screen.getByLabelText('When the caller presses 7'),
      'Voicemail of this auto receptionist',
    );
    await act(() => router.navigate('/auto-receptionists/ar1/edit?menu=closed'));
    const dialog = await screen.findByRole('dialog', { name: 'Discard your changes?' });
    expect(dialog.textContent).toContain('You changed 1 part of this menu');
    await user.click(within(dialog).getByRole('button', { name: 'Keep editing' }));
    expect(router.state.location.pathname).toBe('/edit');
    expect(keyButton('7').textContent).toContain('Changed');

    await act(() => router.navigate('/auto-receptionists/ar1/edit?menu=closed'));
    await user.click(
      within(await screen.findByRole('dialog')).getByRole('button', {
        name: 'Discard changes and leave',
      }),
    );
    await waitFor(() => expect(router.state.location.search).toBe('?menu=closed'));
  });
});

describe('IvrEditor greeting prompt', () => {
  it('flags a deleted prompt, asks for another on Review, and never offers "no prompt" once one is set', async () => {
    const menu = { ...loaded, prompt: { id: 'removed_audio-9', name: 'Old welcome' } };
    const { user, planBodies } = setup({ menu });
    const section = document.querySelector<HTMLElement>('[data-section="prompt"]')!;
    expect(within(section).getByText('deleted prompt')).toBeTruthy();
    expect(within(section).getByRole('combobox', { name: 'Greeting prompt' })).toHaveProperty(
      'value',
      'Old welcome (deleted)',
    );
    expect(within(section).queryByRole('button', { name: /no greeting prompt/i })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Review changes' }));
    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toContain(
      'The greeting prompt was deleted from the audio library; choose another prompt.',
    );
    expect(planBodies).toEqual([]);

    await user.click(within(section).getByRole('combobox', { name: 'Greeting prompt' }));
    await user.click(await within(section).findByRole('option', { name: /Main greeting/ }));
    expect(within(section).queryByText('deleted prompt')).toBeNull();
    expect(within(section).getByText('No audio preview')).toBeTruthy();
  });
});

describe('IvrEditor validation', () => {
  it('rejects a phone number that is not E.164, next to the field and in the summary, without calling the BFF', async () => {
    const { user, planBodies } = setup();
    await user.click(keyButton('3'));
    await user.selectOptions(
      screen.getByLabelText('When the caller presses 3'),
      'Forward to phone number',
    );
    await user.type(screen.getByLabelText('Phone number'), '4155550123');
    await user.click(screen.getByRole('button', { name: 'Review changes' }));
    const message =
      'Key 3: "4155550123" is not a phone number in international format, e.g. +14155550123.';
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByText('Fix 1 problem before reviewing')).toBeTruthy();
    expect(within(summary).getByRole('button', { name: message })).toBeTruthy();
    const input = screen.getByLabelText('Phone number');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    // next to the field, under the "Key 3" heading, without "Key 3:" again
    expect(document.getElementById(input.getAttribute('aria-describedby')!)?.textContent).toBe(
      '"4155550123" is not a phone number in international format, e.g. +14155550123.',
    );
    expect(keyButton('3').textContent).toContain('Needs attention');
    expect(planBodies).toEqual([]);

    await user.clear(input);
    await user.type(input, '+14155550123');
    await waitFor(() => expect(input.getAttribute('aria-invalid')).toBeNull());
  });

  it('checks a phone number as soon as the person leaves the field, before Review', async () => {
    const { user, planBodies } = setup();
    await user.click(keyButton('5'));
    await user.selectOptions(screen.getByLabelText('When the caller presses 5'), 'Forward to phone number');
    const input = screen.getByLabelText('Phone number');
    await user.type(input, '02079460000');
    expect(input.getAttribute('aria-invalid')).toBeNull(); // not while typing
    await user.tab();
    await waitFor(() => expect(input.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById(input.getAttribute('aria-describedby')!)?.textContent).toMatch(
      /^"02079460000" is not a phone number in international format/,
    );
    expect(keyButton('5').textContent).toContain('Needs attention');
    expect(planBodies).toEqual([]);
  });

  it('choosing a key with Enter puts the focus on that key’s action, not eleven tabs away', async () => {
    const { user } = setup();
    keyButton('7').focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('When the caller presses 7')));
  });

  it('asks for a target when a forward has none', async () => {
    const { user, planBodies } = setup();
    await user.click(keyButton('4'));
    await user.selectOptions(
      screen.getByLabelText('When the caller presses 4'),
      'Forward to call queue',
    );
    await user.click(screen.getByRole('button', { name: 'Review changes' }));
    const message = 'Key 4: choose where "Forward to call queue" should go.';
    await within(await screen.findByRole('alert')).findByText(message);
    // in the summary with its key; next to the field under the "Key 4" heading, without it
    expect(screen.getAllByText(message)).toHaveLength(1);
    expect(screen.getByText('Choose where "Forward to call queue" should go.')).toBeTruthy();
    expect(planBodies).toEqual([]);
  });
});

describe('IvrEditor review and apply', () => {
  it('lists the plan as sentences with the exact Zoom request behind a disclosure', async () => {
    const { user, planBodies } = setup();
    await chooseMaria(user);
    await user.click(screen.getByRole('button', { name: 'Review changes' }));
    expect(await screen.findByRole('heading', { name: 'Review changes' })).toBeTruthy();
    const list = screen.getByRole('list', { name: 'Changes to send to Zoom' });
    const item = within(list).getByRole('listitem');
    expect(item.textContent).toContain(
      'Key 1: forward to Maria Lopez (ext 1012) instead of disabled',
    );
    const details = item.querySelector('details')!;
    expect(details.open).toBe(false);
    expect(details.querySelector('summary')?.textContent).toBe('The exact request to Zoom');
    expect(details.querySelector('pre')?.textContent).toBe(
      `PATCH /phone/auto_receptionists/ar1/ivr\n${JSON.stringify(planOp.request.body, null, 2)}`,
    );
    expect(planBodies[0]).toMatchObject({ hours: 'business', baseVersion: 'v1', baseMenu: loaded });
    expect(planBodies[0]!.menu.keys['1']).toMatchObject({
      action: 2,
      target: { extensionId: 'ext-maria' },
    });
    expect(screen.getByRole('button', { name: 'Apply 1 change' })).toBeTruthy();
  });

  it('says "Nothing to change" for an empty plan', async () => {
    const { user } = setup({ plan: () => jsonResponse({ ops: [], diff: [] }) });
    await user.click(screen.getByRole('button', { name: 'Review changes' }));
    expect(await screen.findByText('Nothing to change')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Apply/ })).toBeNull();
  });

  it('shows a write Zoom did not keep in red: expected vs returned and the tracking ids, never "saved"', async () => {
    const result: IvrApplyResponse = {
      outcome: 'not_persisted',
      ops: [{ ...planOp, status: 'applied', httpStatus: 204, trackingId: 'trk-123' }],
      mismatches: [
        { field: 'key:1', expected: 'Forward to Maria Lopez (ext 1012)', actual: 'Disabled' },
      ],
      auditId: 'a1',
      message:
        'Zoom answered every write with success but did not keep 1 change. Quote the tracking ids to Zoom support.',
    };
    const { user, putBodies, fetchStub, onWritten } = setup({ put: () => jsonResponse(result) });
    await chooseMaria(user);
    await user.click(screen.getByRole('button', { name: 'Review changes' }));
    await user.click(await screen.findByRole('button', { name: 'Apply 1 change' }));

    const outcome = (
      await screen.findByRole('heading', { name: 'Zoom did not keep 1 change' })
    ).closest('section')!;
    expect(outcome.className).toContain('outcome--danger');
    const row = outcome.querySelector('tr[data-field="key:1"]')!;
    expect(Array.from(row.children, (c) => c.textContent)).toEqual([
      'Key 1',
      'Forward to Maria Lopez (ext 1012)',
      'Disabled',
    ]);
    expect(row.querySelector('.mismatch-table__actual')).toBeTruthy();
    expect(
      within(outcome).getByRole('heading', { name: 'Tracking ids to quote to Zoom support' }),
    ).toBeTruthy();
    expect(outcome.textContent).toContain('trk-123');
    expect(document.body.textContent).not.toMatch(/\bsaved\b|\bapplied\b/i);
    expect(putBodies).toHaveLength(1);
    const put = fetchStub.calls.find((r) => r.method === 'PUT')!;
    expect(put.headers.get('x-csrf-token')).toBe('csrf-1');
    expect(onWritten).toHaveBeenCalledOnce();
  });

  it('shows a conflict with what changed in Zoom, and reloads and re-applies the edits on top', async () => {
    const latest = buildMenu({ '2': queue, '9': { action: 22, target: null } });
    let puts = 0;
    const { user, planBodies, reloadMenu, onWritten } = setup({
      put: () => {
        puts++;
        return jsonResponse(
          {
            outcome: 'conflict',
            ops: [],
            mismatches: [],
            diff: [{ field: 'key:9', before: 'Disabled', after: 'Return to root menu' }],
            auditId: 'a2',
            message: 'This menu was changed in Zoom after you loaded it, so nothing was written.',
          },
          409,
        );
      },
      reload: async () => ({ menu: latest, version: 'v2' }),
    });
    await chooseMaria(user);
    await user.click(screen.getByRole('button', { name: 'Review changes' }));
    await user.click(await screen.findByRole('button', { name: 'Apply 1 change' }));

    const outcome = (
      await screen.findByRole('heading', { name: 'This menu changed in Zoom after you loaded it' })
    ).closest('section')!;
    const row = outcome.querySelector('tr[data-field="key:9"]')!;
    expect(Array.from(row.children, (c) => c.textContent)).toEqual([
      'Key 9',
      'Disabled',
      'Return to root menu',
    ]);
    expect(onWritten).not.toHaveBeenCalled();
    expect(puts).toBe(1);

    await user.click(
      within(outcome).getByRole('button', { name: 'Reload and re-apply my changes' }),
    );
    expect(await screen.findByRole('heading', { name: 'Review changes' })).toBeTruthy();
    expect(reloadMenu).toHaveBeenCalledOnce();
    const again = planBodies.at(-1)!;
    expect(again.baseVersion).toBe('v2');
    expect(again.menu.keys['1']).toMatchObject({ action: 2, target: { extensionId: 'ext-maria' } }); // my edit
    expect(again.menu.keys['9']).toMatchObject({ action: 22, target: null }); // Zoom's change kept
  });

  it('confirms Zoom kept every change, then starts again from the new menu', async () => {
    const { user, onWritten } = setup({
      put: () =>
        jsonResponse({
          outcome: 'applied',
          ops: [{ ...planOp, status: 'applied', httpStatus: 204, trackingId: 'trk-9' }],
          mismatches: [],
          version: 'v2',
          auditId: 'a3',
          message: 'The change landed: Zoom read it back as set.',
        }),
    });
    await chooseMaria(user);
    await user.click(screen.getByRole('button', { name: 'Review changes' }));
    await user.click(await screen.findByRole('button', { name: 'Apply 1 change' }));
    const outcome = (
      await screen.findByRole('heading', { name: 'Zoom confirms every change' })
    ).closest('section')!;
    expect(outcome.className).toContain('outcome--success');
    expect(onWritten).toHaveBeenCalledOnce();
    await user.click(within(outcome).getByRole('button', { name: 'Back to editing' }));
    expect(screen.getByText('No changes yet')).toBeTruthy();
    expect(keyButton('1').textContent).toContain('Maria Lopez');
    expect(keyButton('1').textContent).not.toContain('Changed');
  });
});

describe('IvrEditor opened on a part (a box clicked in the routing diagram)', () => {
  function spyScroll() {
    const scrolled: Element[] = [];
    const original = Element.prototype.scrollIntoView;
    Element.prototype.scrollIntoView = function (this: Element) {
      scrolled.push(this);
    };
    return { scrolled, restore: () => (Element.prototype.scrollIntoView = original) };
  }

  it('opens on that key: selected, its settings scrolled into view, focus on it in the keypad', async () => {
    const spy = spyScroll();
    try {
      setup({ initialPart: { key: '#' } });
      expect(keyButton('#').getAttribute('aria-pressed')).toBe('true');
      expect(keyButton('1').getAttribute('aria-pressed')).toBe('false');
      expect(screen.getByRole('heading', { level: 2, name: 'Key #' })).toBeTruthy();
      expect(screen.getByLabelText('When the caller presses #')).toBeTruthy();
      // a frame later (after the app shell's focus on the new page)
      await waitFor(() => expect(document.activeElement).toBe(keyButton('#')));
      expect(spy.scrolled).toHaveLength(1);
      expect(spy.scrolled[0]!.contains(screen.getByLabelText('When the caller presses #'))).toBe(true);
    } finally {
      spy.restore();
    }
  });

  it('opens on "no key pressed": that section scrolled into view, key 1 selected as usual', async () => {
    const spy = spyScroll();
    try {
      setup({ initialPart: { part: 'no-key' } });
      await waitFor(() => expect(spy.scrolled).toEqual([document.querySelector('[data-section="noAction"]')]));
      expect(keyButton('1').getAttribute('aria-pressed')).toBe('true');
    } finally {
      spy.restore();
    }
  });
});
