import { describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Person } from '@switchboard/contract/people';
import { setCsrfToken } from '@/lib/api-client';
import { jsonResponse, renderWithProviders, stubFetch } from '@/testing/render';
import { PeopleTable } from './people-table';

const person = (id: string, name: string, extra: Partial<Person> = {}): Person => ({
  id,
  email: `${id}@example.com`,
  name,
  role: 'support',
  status: 'active',
  createdAt: '2026-11-30T10:00:00Z',
  sessions: 1,
  ...extra,
});
const people = [person('me', 'Avery Admin', { role: 'admin' }), person('sam', 'Sam Support'), person('gone', 'Gil Gone', { status: 'disabled', sessions: 0 })];

function setup() {
  setCsrfToken('csrf');
  const sent: { url: string; body: unknown }[] = [];
  const fetch = stubFetch({
    'PATCH /api/users/sam': async (req) => {
      sent.push({ url: req.url, body: await req.json() });
      return jsonResponse({ person: person('sam', 'Sam Support', { status: 'disabled', sessions: 0 }), auditId: 'a1' });
    },
  });
  renderWithProviders(<PeopleTable people={people} meId="me" onReset={() => {}} />);
  return { fetch, sent, user: userEvent.setup() };
}

const row = (name: string) => screen.getByRole('rowheader', { name: new RegExp(name) }).closest('tr')!;

describe('PeopleTable', () => {
  it('offers your own row nothing you cannot do to yourself', () => {
    setup();
    const mine = within(row('Avery Admin'));
    expect(mine.queryByRole('button')).toBeNull();
    expect(mine.queryByRole('combobox')).toBeNull();
    expect(mine.getByText('Another admin changes your own access.')).toBeTruthy();
  });

  it('asks before disabling, says the open session ends, and sends only then', async () => {
    const { user, sent } = setup();
    await user.click(within(row('Sam Support')).getByRole('button', { name: 'Disable Sam Support' }));
    const dialog = screen.getByRole('dialog', { name: 'Disable Sam Support?' });
    expect(within(dialog).getByText(/can no longer sign in\. Their open session ends\./)).toBeTruthy();
    expect(sent).toEqual([]);
    await user.click(within(dialog).getByRole('button', { name: 'Disable' }));
    await screen.findByRole('rowheader', { name: /Sam Support/ });
    await vi.waitFor(() => expect(sent).toEqual([{ url: expect.stringContaining('/api/users/sam'), body: { disabled: true } }]));
  });

  it('a disabled account offers Enable and no password reset', () => {
    setup();
    const gone = within(row('Gil Gone'));
    expect(gone.getByRole('button', { name: 'Enable Gil Gone' })).toBeTruthy();
    expect(gone.queryByRole('button', { name: /Reset the password/ })).toBeNull();
  });
});
