import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { holidayListSchema, type HolidayList } from '@switchboard/contract/holidays';
import type { WritePlan, WriteResult } from '@switchboard/contract/write';
import { setCsrfToken } from '@/lib/api-client';
import { jsonResponse, renderWithProviders, stubFetch } from '@/testing/render';
import { HolidaysPanel } from './holidays-panel';

const NOW = '2026-11-30T15:00:00Z';
const list: HolidayList = holidayListSchema.parse({
  extension: { id: 'cq-apac', type: 'callQueue', name: 'APAC Sales', extensionNumber: '6008', timezone: 'Australia/Sydney', site: null },
  items: [
    { id: 'h-xmas', name: 'Christmas Day', start: '2026-12-25T00:00', end: '2026-12-25T23:59', timezone: 'Australia/Sydney', routing: { action: 1, target: null, words: 'Send to voicemail' }, version: 'hv1' },
  ],
});
const op = { description: 'Add holiday "Company picnic" (Tue 1 Dec 2026, Australia/Sydney)', request: { method: 'POST', path: '/phone/extension/cq-apac/call_handling/settings/holiday_hours', body: {} } };

function setup(canEdit = true) {
  setCsrfToken('csrf');
  const sent: unknown[] = [];
  const fetch = stubFetch({
    'POST /api/extensions/cq-apac/holidays/plan': async (req) => {
      sent.push(await req.json());
      return jsonResponse({ ops: [op], diff: [] } satisfies WritePlan);
    },
    'POST /api/extensions/cq-apac/holidays': async () =>
      jsonResponse({ outcome: 'applied', ops: [{ ...op, status: 'applied', httpStatus: 201, trackingId: 't' }], mismatches: [], auditId: 'a', holidayId: 'h-new', message: 'Added: Zoom read it back as set.' } satisfies WriteResult & { holidayId: string }),
    'POST /api/extensions/cq-apac/holidays/h-xmas/plan': async (req) => {
      sent.push(await req.json());
      return jsonResponse({ ops: [{ ...op, description: 'Change holiday "Christmas Day"' }], diff: [] });
    },
    'POST /api/extensions/cq-apac/holidays/h-xmas/delete/plan': () =>
      jsonResponse({ ops: [{ ...op, description: 'Delete holiday "Christmas Day"', request: { method: 'DELETE', path: '/x' } }], diff: [] }),
  });
  renderWithProviders(<HolidaysPanel list={list} canEdit={canEdit} reload={async () => list.items} onWritten={() => {}} href="/x" now={() => NOW} />);
  return { fetch, sent, user: userEvent.setup() };
}

async function fillHoliday(user: ReturnType<typeof userEvent.setup>, name: string, first: string, last: string) {
  await user.click(screen.getByRole('button', { name: 'Add a holiday' }));
  await user.type(screen.getByLabelText('Name'), name);
  const firstDay = screen.getByLabelText('First day');
  await user.clear(firstDay);
  await user.type(firstDay, first);
  const lastDay = screen.getByLabelText('Last day');
  await user.clear(lastDay);
  await user.type(lastDay, last);
  await user.click(screen.getByRole('button', { name: 'Review the new holiday' }));
}

describe('HolidaysPanel', () => {
  it('lists the holidays in the extension’s zone, with where calls go', () => {
    setup(false);
    const table = screen.getByRole('table', { name: 'Holidays, in Australia/Sydney time' });
    const row = within(table).getByRole('row', { name: /Christmas Day/ });
    expect(within(row).getByText('Fri 25 Dec 2026')).toBeTruthy();
    expect(within(row).getByText('Send to voicemail')).toBeTruthy();
  });

  it('offers no add, change or delete to a role that may not edit holidays', () => {
    setup(false);
    expect(screen.queryByRole('button', { name: 'Add a holiday' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Change|Delete/ })).toBeNull();
  });

  it('shows the zone beside the fields and starts a new holiday tomorrow in that zone, all day', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: 'Add a holiday' }));
    expect(screen.getByText(/Dates and times are in/).textContent).toContain('Australia/Sydney');
    // 30 Nov 15:00 UTC is already 1 Dec in Sydney: tomorrow there is 2 Dec.
    expect((screen.getByLabelText('First day') as HTMLInputElement).value).toBe('2026-12-02');
  });

  it('refuses a holiday wholly in the past, with a sentence by the field, before the BFF is asked', async () => {
    const { user, fetch } = setup();
    await fillHoliday(user, 'Old day', '2025-12-25', '2025-12-25');
    expect(await screen.findByText(/"Old day" \(Thu 25 Dec 2025, Australia\/Sydney\) is over already/)).toBeTruthy();
    expect(fetch.fn).not.toHaveBeenCalled();
  });

  it('refuses an overlap with a holiday the extension has, naming both', async () => {
    const { user, fetch } = setup();
    await fillHoliday(user, 'Picnic', '2026-12-24', '2026-12-25');
    expect(await screen.findByText(/"Picnic" \(Thu 24 Dec 2026 – Fri 25 Dec 2026\) overlaps "Christmas Day" \(Fri 25 Dec 2026\)/)).toBeTruthy();
    expect(fetch.fn).not.toHaveBeenCalled();
  });

  it('refuses an end before the start, and a holiday without a name', async () => {
    const { user, fetch } = setup();
    await user.click(screen.getByRole('button', { name: 'Add a holiday' }));
    await user.click(screen.getByRole('checkbox', { name: 'All day' }));
    const starts = screen.getByLabelText('Starts (Australia/Sydney)');
    const ends = screen.getByLabelText('Ends (Australia/Sydney)');
    await user.clear(starts);
    await user.type(starts, '2026-12-10T12:00');
    await user.clear(ends);
    await user.type(ends, '2026-12-10T09:00');
    await user.click(screen.getByRole('button', { name: 'Review the new holiday' }));
    expect(await screen.findByText('The holiday must end after it starts.')).toBeTruthy();
    expect(screen.getByText('Give the holiday a name.')).toBeTruthy();
    expect(fetch.fn).not.toHaveBeenCalled();
  });

  it('plans a valid holiday, applies it and reports Zoom’s verified outcome', async () => {
    const { user, sent } = setup();
    await fillHoliday(user, 'Company picnic', '2026-12-10', '2026-12-10');
    expect(await screen.findByText(op.description)).toBeTruthy();
    expect(sent[0]).toEqual({ name: 'Company picnic', start: '2026-12-10T00:00', end: '2026-12-10T23:59' });
    await user.click(screen.getByRole('button', { name: 'Apply 1 change' }));
    expect(await screen.findByRole('heading', { name: 'Zoom confirms every change' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Back to the holidays' })).toBeTruthy();
  });

  it('changes a holiday from its own values, checked against the others but not itself, with its version', async () => {
    const { user, sent } = setup();
    await user.click(screen.getByRole('button', { name: 'Change Christmas Day' }));
    const name = screen.getByLabelText('Name') as HTMLInputElement;
    expect(name.value).toBe('Christmas Day');
    expect((screen.getByLabelText('First day') as HTMLInputElement).value).toBe('2026-12-25');
    await user.clear(name);
    await user.type(name, 'Christmas');
    await user.click(screen.getByRole('button', { name: 'Review the change to Christmas Day' }));
    expect(await screen.findByText('Change holiday "Christmas Day"')).toBeTruthy();
    expect(sent[0]).toEqual({ baseVersion: 'hv1', name: 'Christmas', start: '2026-12-25T00:00', end: '2026-12-25T23:59' });
  });

  it('links a holiday whose calls play its own menu to that menu (an auto receptionist’s)', () => {
    const menuList = holidayListSchema.parse({
      ...list,
      items: [{ ...list.items[0], routing: { action: 14, target: null, words: "Play the holiday's menu" } }],
    });
    renderWithProviders(
      <HolidaysPanel list={menuList} canEdit={false} reload={async () => []} onWritten={() => {}} href="/x" holidayMenuHref={(h) => `/auto-receptionists/ar?menu=holiday:${h.id}`} />,
    );
    expect(screen.getByRole('link', { name: "Play the holiday's menu" }).getAttribute('href')).toBe('/auto-receptionists/ar?menu=holiday:h-xmas');
  });

  it('reviews a delete before anything is written', async () => {
    const { user, fetch } = setup();
    await user.click(screen.getByRole('button', { name: 'Delete Christmas Day' }));
    expect(await screen.findByText('Delete holiday "Christmas Day"')).toBeTruthy();
    expect(new URL(fetch.calls[0]!.url).searchParams.get('baseVersion')).toBe('hv1');
    expect(screen.getByRole('button', { name: 'Apply 1 change' })).toBeTruthy();
  });
});
