import { describe, expect, it } from 'vitest';
import { statusWords } from './status-words';

describe('statusWords — Open now? in words', () => {
  it('says a holiday, its name and the next change on the extension’s clock', () => {
    expect(
      statusWords({
        state: 'holiday',
        reason: 'Closed — Christmas Day',
        until: '2026-12-25T13:00:00Z',
        untilWords: 'until Sat 26 Dec 00:00 AEDT',
        timezone: 'Australia/Sydney',
      }),
    ).toEqual({ label: 'Closed for a holiday', tone: 'warning', sentence: 'Closed — Christmas Day until Sat 26 Dec 00:00 AEDT' });
  });

  it('says open in green and closed in grey, each with the reason', () => {
    const open = statusWords({ state: 'open', reason: 'Open: Monday 09:00–17:00', until: '2026-12-07T06:00:00Z', untilWords: 'until Mon 7 Dec 17:00 AEDT', timezone: 'Australia/Sydney' });
    expect(open).toMatchObject({ label: 'Open now', tone: 'success', sentence: 'Open: Monday 09:00–17:00 until Mon 7 Dec 17:00 AEDT' });
    const closed = statusWords({ state: 'closed', reason: 'Closed: outside Tuesday’s hours', until: null, untilWords: 'until Tue 1 Dec 09:00 AEDT', timezone: 'Australia/Sydney' });
    expect(closed).toMatchObject({ label: 'Closed now', tone: 'neutral' });
  });

  it('says so when nothing changes ahead', () => {
    expect(statusWords({ state: 'open', reason: 'Open all week', until: null, untilWords: '', timezone: 'UTC' }).sentence).toBe('Open all week, with no change ahead');
  });
});
