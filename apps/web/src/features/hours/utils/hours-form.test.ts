import { describe, expect, it } from 'vitest';
import { changeCount, formFromHours, hoursBody, hoursFormSchema } from './hours-form';
import { sydneyQueue } from './fixtures.test-support';
import { changedDays, withChoice } from '@/components/schedule/week';

const loaded = sydneyQueue();

describe('the hours form', () => {
  it('starts as Zoom has it, without the routing’s words (the contract refuses unknown fields)', () => {
    const form = formFromHours(loaded);
    expect(form.closedRouting).toEqual({ action: 1, target: null });
    expect(hoursBody(loaded, form)).toEqual({ baseVersion: 'v1' });
    expect(changeCount(loaded, form)).toBe(0);
  });

  it('plans only what changed: the week when a day changed, the routing when it goes elsewhere', () => {
    const form = formFromHours(loaded);
    const week = { ...form.schedule!, days: { ...form.schedule!.days, mon: { type: 'closed' as const } } };
    expect(hoursBody(loaded, { ...form, schedule: week })).toEqual({ baseVersion: 'v1', schedule: week });
    expect(changedDays(loaded.schedule, week)).toEqual(['mon']);
    const routing = { action: 11, target: null };
    expect(hoursBody(loaded, { ...form, closedRouting: routing })).toEqual({ baseVersion: 'v1', closedRouting: routing });
  });

  it('refuses a day that ends before it starts, and a routing Zoom would refuse, in sentences', () => {
    const form = formFromHours(loaded);
    const bad = { ...form.schedule!, days: { ...form.schedule!.days, mon: { type: 'ranges' as const, ranges: [{ from: '17:00', to: '09:00' }] } } };
    const result = hoursFormSchema(loaded).safeParse({ ...form, schedule: bad });
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['schedule.days.mon.ranges.0', 'Monday: 17:00–09:00 ends before it starts.']]);
    const forward = hoursFormSchema(loaded).safeParse({ ...form, closedRouting: { action: 7, target: null } });
    expect(forward.error?.issues[0]?.message).toBe('Closed-hours routing: choose where "Forward to a call queue" should go.');
  });

  it('never refuses what Zoom holds and is left alone', () => {
    const odd = sydneyQueue({ closedRouting: { action: 15, target: null, words: 'Forward to a partner contact center' } });
    expect(hoursFormSchema(odd).safeParse(formFromHours(odd)).success).toBe(true);
  });

  it('turns a day back to hours with office hours, and keeps a day as it is when nothing changes', () => {
    expect(withChoice({ type: 'closed' }, 'ranges')).toEqual({ type: 'ranges', ranges: [{ from: '09:00', to: '17:00' }] });
    const day = { type: 'ranges' as const, ranges: [{ from: '08:00', to: '12:00' }] };
    expect(withChoice(day, 'ranges')).toBe(day);
    expect(withChoice(day, 'all_day')).toEqual({ type: 'all_day' });
  });
});
