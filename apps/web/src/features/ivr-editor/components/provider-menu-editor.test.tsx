// The provider-neutral editor reads the capability table: Zendesk's keys
// (with "Any other key"), only the kinds Zendesk allows, several groups on a
// key; problems found by the same validation the BFF runs, before anything is
// planned; a valid change goes to the plan as {baseVersion, menu}.
import { describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CAPABILITIES } from '@switchboard/routing-core/menu-model/capabilities';
import type { NeutralMenu } from '@switchboard/routing-core/menu-model/neutral-menu';
import { ZENDESK_MENU_WORDS } from '@/lib/write/write-words';
import { renderWithProviders } from '@/testing/render';
import { ProviderMenuEditor } from './provider-menu-editor';

const menu: NeutralMenu = {
  greeting: { id: '40001' },
  noAction: null,
  keys: {
    '1': { kind: 'forward', targets: [{ type: 'group', id: 'g1', name: 'Support' }] },
    '2': { kind: 'menu', menu: { id: 'm2', name: 'Technical support' } },
  },
};
const choices = {
  targets: { group: [{ id: 'g1', name: 'Support' }, { id: 'g2', name: 'Sales' }, { id: 'g3', name: 'Billing' }] },
  menus: [{ id: 'm2', name: 'Technical support' }, { id: 'm3', name: 'After hours' }],
  greetings: [{ id: '40001', name: 'Standard IVR greeting' }],
};

function setup() {
  const plan = vi.fn(async () => ({ ops: [], diff: [] }));
  renderWithProviders(
    <ProviderMenuEditor
      capabilities={CAPABILITIES.zendesk}
      menu={menu}
      version="v1"
      choices={choices}
      plan={plan}
      apply={vi.fn()}
      reload={vi.fn()}
      onWritten={vi.fn()}
      words={ZENDESK_MENU_WORDS}
      subject="Main menu"
      href="/zendesk"
    />,
  );
  return { plan };
}

const key = (k: string) => document.querySelector<HTMLButtonElement>(`.keypad__key[data-key="${k}"]`)!;

describe('ProviderMenuEditor', () => {
  it('offers the provider’s keys and only the kinds its capability row allows, in words', async () => {
    setup();
    expect([...document.querySelectorAll('.keypad__key')].map((b) => b.getAttribute('data-key'))).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '*', '0', '#', 'default']);
    expect(key('1').textContent).toContain('Support');
    expect(key('3').textContent).toContain('Does nothing');
    await userEvent.click(key('*'));
    const kinds = within(screen.getByLabelText('What this key does')).getAllByRole('option').map((o) => o.textContent);
    expect(kinds).toEqual(['Nothing (the key is not used)', 'Forward to a group', 'Voicemail of a group', 'Go to another menu', 'Forward to a phone number', 'Send a text message']);
  });

  it('refuses a group route with no group before planning; sends {baseVersion, menu} once it is valid', async () => {
    const { plan } = setup();
    await userEvent.click(key('default'));
    await userEvent.selectOptions(screen.getByLabelText('What this key does'), 'Voicemail of a group');
    await userEvent.click(screen.getByRole('button', { name: 'Review changes' }));
    expect(screen.getByRole('alert').textContent).toContain('Any other key: choose where “Voicemail of a group” should go.');
    expect(plan).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Billing' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Sales' }));
    expect(screen.getByText('1 change, not yet in Zendesk Talk')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Review changes' }));
    expect(plan).toHaveBeenCalledWith({
      baseVersion: 'v1',
      menu: { ...menu, keys: { ...menu.keys, default: { kind: 'voicemail', targets: [{ type: 'group', id: 'g3' }, { type: 'group', id: 'g2' }] } } },
    });
  });
});
