import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Recurrence } from '@switchboard/routing-core/schedule/closures';
import { RecurrenceField } from './recurrence-field';

let latest: Recurrence;
function Harness({ initial, start = '2027-12-25T00:00' }: { initial: Recurrence; start?: string }) {
  const [value, setValue] = useState(initial);
  latest = value;
  return <RecurrenceField value={value} onChange={setValue} start={start} />;
}

const frequency = () => screen.getByLabelText('How often it repeats');

describe('RecurrenceField', () => {
  it('shows a yearly closure on its own date in words', () => {
    render(<Harness initial={{ frequency: 'yearly', pattern: 'as_start' }} />);
    expect((frequency() as HTMLSelectElement).value).toBe('yearly');
    expect((screen.getByLabelText('Specific: on 25 December') as HTMLInputElement).checked).toBe(true);
    expect(screen.getByText('Every year on 25 December')).toBeTruthy();
  });

  it('customises a yearly closure to a weekday of a month', async () => {
    const user = userEvent.setup();
    render(<Harness initial={{ frequency: 'yearly', pattern: 'as_start' }} />);
    await user.click(screen.getByLabelText('Customised: a weekday of the month'));
    expect(latest).toEqual({ frequency: 'yearly', pattern: 'nth_weekday', week: 'fourth', weekday: 'sat', month: 12 });
    await user.selectOptions(screen.getByLabelText('Week'), 'last');
    await user.selectOptions(screen.getByLabelText('Day'), 'mon');
    await user.selectOptions(screen.getByLabelText('Month'), '5');
    expect(latest).toEqual({ frequency: 'yearly', pattern: 'nth_weekday', week: 'last', weekday: 'mon', month: 5 });
    expect(screen.getByText('Every year on the last Monday of May')).toBeTruthy();
    // and back to the start's own date
    await user.click(screen.getByLabelText('Specific: on 25 December'));
    expect(latest).toEqual({ frequency: 'yearly', pattern: 'as_start' });
  });

  it('a monthly closure has no month to choose', async () => {
    const user = userEvent.setup();
    render(<Harness initial={{ frequency: 'never' }} start="2027-01-22T09:00" />);
    await user.selectOptions(frequency(), 'monthly');
    expect(screen.getByText('Every month on the 22nd')).toBeTruthy();
    await user.click(screen.getByLabelText('Customised: a weekday of the month'));
    expect(screen.queryByLabelText('Month')).toBeNull();
    expect(latest).toEqual({ frequency: 'monthly', pattern: 'nth_weekday', week: 'fourth', weekday: 'fri' });
    expect(screen.getByText('Every month on the fourth Friday')).toBeTruthy();
  });

  it('a weekly closure repeats every N weeks on the chosen days, in week order', async () => {
    const user = userEvent.setup();
    render(<Harness initial={{ frequency: 'never' }} />);
    await user.selectOptions(frequency(), 'weekly');
    expect(latest).toEqual({ frequency: 'weekly', everyWeeks: 1, weekdays: ['sat'] });
    await user.click(screen.getByRole('checkbox', { name: 'Monday' }));
    await user.selectOptions(screen.getByLabelText('How often'), '2');
    expect(latest).toEqual({ frequency: 'weekly', everyWeeks: 2, weekdays: ['mon', 'sat'] });
    expect(screen.getByText('Every 2 weeks on Monday and Saturday')).toBeTruthy();
    await user.click(screen.getByRole('checkbox', { name: 'Monday' }));
    await user.click(screen.getByRole('checkbox', { name: 'Saturday' }));
    expect(screen.getByText('Choose at least one day of the week.')).toBeTruthy();
  });

  it('never: nothing else to choose', async () => {
    const user = userEvent.setup();
    render(<Harness initial={{ frequency: 'weekly', everyWeeks: 1, weekdays: ['mon'] }} />);
    await user.selectOptions(frequency(), 'never');
    expect(latest).toEqual({ frequency: 'never' });
    expect(screen.queryByRole('checkbox')).toBeNull();
    expect(screen.queryByRole('radio')).toBeNull();
    expect(screen.getByText('Once, not repeated')).toBeTruthy();
  });
});
