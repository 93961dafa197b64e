import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import type { CalendarDay } from '@switchboard/contract/calendar';
import { renderWithProviders } from '@/testing/render';
import { monthRange } from '../utils/calendar-range';
import { DayDetails } from './day-details';
import { MonthView } from './month-view';

const ext = (extensionId: string, name: string) => ({ extensionId, name, type: 'callQueue' as const });
function december(): CalendarDay[] {
  const out: CalendarDay[] = [];
  for (let d = 1; d <= 31; d++) {
    const date = `2026-12-${String(d).padStart(2, '0')}`;
    const eve = d === 24;
    out.push({
      date,
      closed: eve ? [{ ...ext('uk-sales', 'UK Sales'), holiday: 'Christmas Eve' }] : [],
      open: eve ? [ext('uk-support', 'UK Support'), ext('sales', 'Sales')] : [ext('uk-sales', 'UK Sales'), ext('uk-support', 'UK Support'), ext('sales', 'Sales')],
      sitesSplit: eve ? [{ id: 'ldn', name: 'London' }] : [],
    });
  }
  return out;
}

describe('MonthView', () => {
  it('lays December 2026 out from a Tuesday, each day saying how many are closed', () => {
    renderWithProviders(<MonthView month="2026-12" days={december()} selected={null} dayHref={(d) => `/calendar?day=${d}`} />);
    const list = screen.getByRole('list', { name: 'Days of the month' });
    expect(list.className).toContain('month-view__days--start-1');
    expect(within(list).getAllByRole('listitem')).toHaveLength(31);
    const eve = list.querySelector('[data-date="2026-12-24"]') as HTMLElement;
    expect(within(eve).getByText('1 of 3 closed')).toBeTruthy();
    expect(within(eve).getByText('24 Dec: 1 of 3 closed — open: UK Support and Sales')).toBeTruthy();
    expect(within(list.querySelector('[data-date="2026-12-01"]') as HTMLElement).getByText('All 3 open')).toBeTruthy();
  });

  it('marks the days where siblings differ, in words and by class', () => {
    renderWithProviders(<MonthView month="2026-12" days={december()} selected="2026-12-24" dayHref={(d) => d} />);
    const eve = document.querySelector('[data-date="2026-12-24"]') as HTMLElement;
    expect(eve.className).toContain('cal-day--split');
    expect(eve.className).toContain('is-selected');
    expect(within(eve).getByText('Siblings differ in London')).toBeTruthy();
    expect(document.querySelectorAll('.cal-day--split')).toHaveLength(1);
    expect(screen.getByText('The other 30 days are not listed: no extension is closed for a holiday on them.')).toBeTruthy();
  });

  it('details a day: who is closed for what, who is open, each linked to its hours', () => {
    const eve = december()[23]!;
    renderWithProviders(
      <DayDetails
        day={eve}
        extensions={[
          { ...ext('uk-sales', 'UK Sales'), site: { id: 'ldn', name: 'London' }, timezone: 'Europe/London' },
          { ...ext('uk-support', 'UK Support'), site: { id: 'ldn', name: 'London' }, timezone: 'Europe/London' },
          { ...ext('sales', 'Sales'), site: { id: 'sf', name: 'San Francisco' }, timezone: 'America/Los_Angeles' },
        ]}
        extensionHref={(id) => `/extensions/${id}/hours`}
      />,
    );
    expect(screen.getByRole('heading', { name: 'Thursday, 24 December 2026: 1 of 3 closed' })).toBeTruthy();
    expect(screen.getByText(/Siblings differ in London: some of their extensions close/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'UK Sales' }).getAttribute('href')).toBe('/extensions/uk-sales/hours');
    expect(screen.getByRole('link', { name: 'UK Sales' }).closest('li')!.textContent).toContain('Christmas Eve');
    // London's open sibling is marked; San Francisco's queue is not.
    expect(screen.getByRole('link', { name: 'UK Support' }).closest('li')!.className).toBe('is-split');
    expect(screen.getByRole('link', { name: 'Sales' }).closest('li')!.className).toBe('');
    expect(monthRange('2026-12').to).toBe('2026-12-31');
  });
});

describe('Contact Center closures beside phone holidays', () => {
  const withXmas = () =>
    december().map((d) =>
      d.date === '2026-12-25'
        ? { ...d, ccClosures: [{ closureSetId: 'cs1', closureSetName: 'Holidays AU', name: 'Christmas Day', timezone: 'Australia/Sydney', allDay: true, start: '2026-12-25T00:00', end: '2026-12-25T23:59' }] }
        : d,
    );

  it('marks the day and says which closure of which set', () => {
    renderWithProviders(<MonthView month="2026-12" days={withXmas()} selected={null} dayHref={(d) => d} />);
    const xmas = document.querySelector('[data-date="2026-12-25"]') as HTMLElement;
    expect(xmas.className).toContain('cal-day--cc');
    expect(within(xmas).getByText('Contact Center closed: Christmas Day (Holidays AU)')).toBeTruthy();
    expect(screen.getByText(/The other 29 days are not listed/)).toBeTruthy();
  });

  it('lists them in the day’s details, linked to their closure set', () => {
    const day = withXmas().find((d) => d.date === '2026-12-25')!;
    renderWithProviders(<DayDetails day={day} extensions={[]} extensionHref={(id) => `/x/${id}`} closureSetHref={(id) => `/cs/${id}`} />);
    expect(screen.getByRole('heading', { name: 'Contact Center closures (1)' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Holidays AU' }).getAttribute('href')).toBe('/cs/cs1');
    expect(screen.getByText(/all day, Australia\/Sydney/)).toBeTruthy();
  });
});
