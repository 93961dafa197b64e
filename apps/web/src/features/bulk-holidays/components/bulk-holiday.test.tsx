import { describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { AddHolidayJobBody } from '@switchboard/contract/jobs';
import { setCsrfToken } from '@/lib/api-client';
import { jsonResponse, renderWithProviders, stubFetch } from '@/testing/render';
import { BulkHoliday } from './bulk-holiday';
import type { ChoosableExtension } from './extension-chooser';

const SYD = { id: 'syd', name: 'Sydney' };
const LDN = { id: 'ldn', name: 'London' };
const extensions: ChoosableExtension[] = [
  { extensionId: 'ar-syd', name: 'Main Line – Sydney', type: 'autoReceptionist', site: SYD, timezone: 'Australia/Sydney' },
  { extensionId: 'cq-apac', name: 'APAC Sales', type: 'callQueue', site: SYD, timezone: 'Australia/Sydney' },
  { extensionId: 'ar-ldn', name: 'Main Line – London', type: 'autoReceptionist', site: LDN, timezone: 'Europe/London' },
];

function setup() {
  setCsrfToken('csrf');
  const bodies: AddHolidayJobBody[] = [];
  let n = 0;
  const fetch = stubFetch({
    'POST /api/jobs/add-holiday': async (req) => {
      bodies.push((await req.json()) as AddHolidayJobBody);
      return jsonResponse({ jobId: `job-${++n}` }, 202);
    },
  });
  const onStarted = vi.fn();
  renderWithProviders(
    <BulkHoliday extensions={extensions} sites={[SYD, LDN]} today="2026-11-30" now="2026-11-30T15:00:00Z" onStarted={onStarted} />,
  );
  return { fetch, bodies, onStarted, user: userEvent.setup() };
}

async function setDays(user: ReturnType<typeof userEvent.setup>, first: string, last: string, index = 0) {
  const firsts = screen.getAllByLabelText('First day');
  const lasts = screen.getAllByLabelText('Last day');
  await user.clear(firsts[index]!);
  await user.type(firsts[index]!, first);
  await user.clear(lasts[index]!);
  await user.type(lasts[index]!, last);
}

describe('BulkHoliday', () => {
  it('selects every extension shown by a site filter, and says each one’s zone', async () => {
    const { user } = setup();
    await user.selectOptions(screen.getByLabelText('Site'), 'syd');
    expect(screen.getByText(/Auto receptionist · Sydney · Australia\/Sydney/)).toBeTruthy();
    expect(screen.queryByText('Main Line – London')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Select all 2 shown' }));
    expect(screen.getByText('Extensions (2 chosen)')).toBeTruthy();
    expect((screen.getByRole('checkbox', { name: /APAC Sales/ }) as HTMLInputElement).checked).toBe(true);
  });

  it('asks for extensions and a name before anything starts', async () => {
    const { user, fetch } = setup();
    await user.click(screen.getByRole('button', { name: 'Start adding the holiday' }));
    expect(await screen.findByText('Choose at least one extension to add the holiday to.')).toBeTruthy();
    expect(screen.getByText('Give the holiday a name.')).toBeTruthy();
    expect(fetch.fn).not.toHaveBeenCalled();
  });

  it('refuses a holiday that is over on every chosen clock', async () => {
    const { user, fetch } = setup();
    await user.click(screen.getByRole('checkbox', { name: /Main Line – London/ }));
    await user.type(screen.getByLabelText('Holiday name'), 'Last year');
    await setDays(user, '2025-12-25', '2025-12-25');
    await user.click(screen.getByRole('button', { name: 'Start adding the holiday' }));
    expect(await screen.findByText(/"Last year" \(Thu 25 Dec 2025\) is over already on every extension chosen/)).toBeTruthy();
    expect(fetch.fn).not.toHaveBeenCalled();
  });

  it('starts one job per holiday of a set, with the contract’s body, and follows them', async () => {
    const { user, bodies, onStarted } = setup();
    await user.click(screen.getByRole('checkbox', { name: /Main Line – Sydney/ }));
    await user.click(screen.getByRole('checkbox', { name: /Main Line – London/ }));
    await user.type(screen.getByLabelText('Holiday name'), 'Company day off');
    await setDays(user, '2026-12-28', '2026-12-29');
    await user.click(screen.getByRole('button', { name: 'Add another holiday' }));
    await user.type(screen.getAllByLabelText('Holiday name')[1]!, 'Founders day');
    await setDays(user, '2027-03-02', '2027-03-02', 1);
    await user.click(screen.getByRole('button', { name: 'Start adding 2 holidays' }));
    await vi.waitFor(() => expect(onStarted).toHaveBeenCalledWith(['job-1', 'job-2']));
    expect(bodies).toEqual([
      { extensionIds: ['ar-syd', 'ar-ldn'], name: 'Company day off', start: '2026-12-28T00:00', end: '2026-12-29T23:59' },
      { extensionIds: ['ar-syd', 'ar-ldn'], name: 'Founders day', start: '2027-03-02T00:00', end: '2027-03-02T23:59' },
    ]);
  });
});
