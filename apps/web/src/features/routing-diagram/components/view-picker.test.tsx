import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '@/testing/render';
import { ViewPicker, type DiagramView } from './view-picker';

const holidays = [
  { id: 'ny', name: 'New Year', from: '2099-01-01T08:00:00Z', to: '2099-01-02T08:00:00Z' },
  { id: 'xmas', name: 'Christmas Day', from: '2098-12-25T08:00:00Z', to: '2098-12-26T08:00:00Z' },
];
const hrefFor = (v: DiagramView) => `/d?${v.kind === 'holiday' ? `holiday=${v.holidayId}` : `hours=${v.kind}`}`;

describe('ViewPicker', () => {
  it('offers business and closed hours and every holiday in date order; choosing a holiday draws its menu', async () => {
    const { router } = renderWithProviders(<ViewPicker holidays={holidays} timezone="America/Los_Angeles" view={{ kind: 'business' }} hrefFor={hrefFor} />);
    expect(screen.getByRole('link', { name: 'Business hours' }).getAttribute('aria-current')).toBe('page');
    expect(screen.getByRole('link', { name: 'Closed hours' }).getAttribute('href')).toBe('/d?hours=closed');
    const select = screen.getByRole('combobox', { name: 'Holiday menu' });
    expect(Array.from(select.querySelectorAll('option'), (o) => o.textContent)).toEqual([
      'Choose a holiday…',
      'Christmas Day (Dec 25, 2098)',
      'New Year (Jan 1, 2099)',
    ]);
    await userEvent.selectOptions(select, 'xmas');
    expect(`${router.state.location.pathname}${router.state.location.search}`).toBe('/d?holiday=xmas');
  });

  it('shows the holiday drawn as chosen, with neither hours marked', () => {
    renderWithProviders(<ViewPicker holidays={holidays} timezone={null} view={{ kind: 'holiday', holidayId: 'ny' }} hrefFor={hrefFor} />);
    expect((screen.getByRole('combobox', { name: 'Holiday menu' }) as HTMLSelectElement).value).toBe('ny');
    expect(screen.getAllByRole('link').filter((a) => a.getAttribute('aria-current'))).toEqual([]);
  });

  it('says when the auto receptionist has no holidays', () => {
    renderWithProviders(<ViewPicker holidays={[]} timezone={null} view={{ kind: 'closed' }} hrefFor={hrefFor} />);
    expect(screen.getByText('No holidays set.')).toBeTruthy();
    expect(screen.queryByRole('combobox')).toBeNull();
  });
});
