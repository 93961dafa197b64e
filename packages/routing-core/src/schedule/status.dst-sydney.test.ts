// Sydney, 2026: clocks go 03:00 → 02:00 on Sunday 5 April (16:00 UTC on the
// 4th) and 02:00 → 03:00 on Sunday 4 October (16:00 UTC on the 3rd).
import { describeClockChanges } from '../testing/dst-check';

describeClockChanges('Australia/Sydney', [
  {
    label: 'fall back (Sun 5 Apr, 03:00 → 02:00)',
    at: '2026-04-04T16:00:00Z',
    holidays: [{ name: 'Stocktake', start: '2026-04-05T02:30', end: '2026-04-05T02:45' }],
  },
  {
    label: 'spring forward (Sun 4 Oct, 02:00 → 03:00)',
    at: '2026-10-03T16:00:00Z',
    holidays: [{ name: 'Stocktake', start: '2026-10-04T02:15', end: '2026-10-04T23:59' }],
  },
]);
