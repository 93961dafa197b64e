import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { WeekSchedule } from '@switchboard/routing-core/schedule/model';
import { WeekStrip, WeekView } from './week-strip';
import { nextRange } from './week';

const week = (): WeekSchedule => ({
  timezone: 'Europe/London',
  days: {
    mon: { type: 'ranges', ranges: [{ from: '09:00', to: '12:00' }, { from: '13:00', to: '17:00' }] },
    tue: { type: 'ranges', ranges: [{ from: '09:00', to: '17:00' }] },
    wed: { type: 'ranges', ranges: [{ from: '09:00', to: '17:00' }] },
    thu: { type: 'ranges', ranges: [{ from: '09:00', to: '17:00' }] },
    fri: { type: 'ranges', ranges: [{ from: '09:00', to: '17:00' }] },
    sat: { type: 'closed' },
    sun: { type: 'all_day' },
  },
});

let latest: WeekSchedule;
function Editor({ maxRanges }: { maxRanges?: number }) {
  const [schedule, setSchedule] = useState(week);
  latest = schedule;
  return (
    <WeekStrip
      schedule={schedule}
      changed={new Set()}
      zoneWords="the business hours’ time zone"
      {...(maxRanges === undefined ? {} : { maxRanges })}
      onDayChange={(day, next) => setSchedule((s) => ({ ...s, days: { ...s.days, [day]: next } }))}
    />
  );
}

const day = (name: string) => screen.getByRole('group', { name: new RegExp(`^${name}`) });

describe('WeekStrip with several ranges a day (Contact Center)', () => {
  it('shows each of a day’s ranges with its own labelled times, in the named zone', () => {
    render(<Editor maxRanges={Infinity} />);
    expect(screen.getByText(/the business hours’ time zone/)).toBeTruthy();
    expect((screen.getByLabelText('Monday opens at') as HTMLInputElement).value).toBe('09:00');
    expect((screen.getByLabelText('Monday closes at') as HTMLInputElement).value).toBe('12:00');
    expect((screen.getByLabelText('Monday opens at, hours 2') as HTMLInputElement).value).toBe('13:00');
    expect((screen.getByLabelText('Monday closes at, hours 2') as HTMLInputElement).value).toBe('17:00');
  });

  it('adds a range after the last one, edits it, and removes another', async () => {
    const user = userEvent.setup();
    render(<Editor maxRanges={Infinity} />);
    await user.click(within(day('Tuesday')).getByRole('button', { name: 'Add hours to Tuesday' }));
    expect(latest.days.tue).toEqual({ type: 'ranges', ranges: [{ from: '09:00', to: '17:00' }, { from: '18:00', to: '20:00' }] });
    const opens = screen.getByLabelText('Tuesday opens at, hours 2');
    await user.clear(opens);
    await user.type(opens, '19:00');
    expect(latest.days.tue.type === 'ranges' && latest.days.tue.ranges[1]?.from).toBe('19:00');

    await user.click(screen.getByRole('button', { name: 'Remove Monday’s hours 09:00–12:00' }));
    expect(latest.days.mon).toEqual({ type: 'ranges', ranges: [{ from: '13:00', to: '17:00' }] });
    // one range left: nothing to remove
    expect(within(day('Monday')).queryByRole('button', { name: /^Remove/ })).toBeNull();
  });

  it('a closed day turned to hours starts with office hours and may take more', async () => {
    const user = userEvent.setup();
    render(<Editor maxRanges={Infinity} />);
    await user.selectOptions(screen.getByLabelText('Saturday', { selector: 'select' }), 'ranges');
    expect(latest.days.sat).toEqual({ type: 'ranges', ranges: [{ from: '09:00', to: '17:00' }] });
    expect(within(day('Saturday')).getByRole('button', { name: 'Add hours to Saturday' })).toBeTruthy();
    expect(within(day('Sunday')).queryByRole('button', { name: /Add hours/ })).toBeNull();
  });
});

describe('WeekStrip with one range a day (Zoom Phone)', () => {
  it('offers no second range', () => {
    render(<Editor />);
    expect(screen.queryByRole('button', { name: /Add hours/ })).toBeNull();
    expect(screen.getByText(/the business hours’ time zone/)).toBeTruthy();
  });
});

describe('WeekView', () => {
  it('reads several ranges in words', () => {
    render(<WeekView schedule={week()} zoneWords="the business hours’ time zone" />);
    expect(screen.getByText(/09:00–12:00/).textContent).toMatch(/13:00–17:00/);
  });
});

describe('nextRange', () => {
  it('leaves an hour after the last range, and nothing when the day is over', () => {
    expect(nextRange([{ from: '09:00', to: '12:00' }])).toEqual({ from: '13:00', to: '15:00' });
    expect(nextRange([{ from: '09:00', to: '22:00' }])).toEqual({ from: '23:00', to: '23:59' });
    expect(nextRange([{ from: '09:00', to: '23:00' }])).toBeNull();
    expect(nextRange([{ from: '09:00', to: '24:00' }])).toBeNull();
    expect(nextRange([])).toEqual({ from: '09:00', to: '17:00' });
  });
});
