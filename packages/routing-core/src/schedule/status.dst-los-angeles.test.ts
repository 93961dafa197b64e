// Los Angeles, 2026: clocks go 02:00 → 03:00 on Sunday 8 March (10:00 UTC) and
// 02:00 → 01:00 on Sunday 1 November (09:00 UTC).
import { describeClockChanges } from '../testing/dst-check';

describeClockChanges('America/Los_Angeles', [
  {
    label: 'spring forward (Sun 8 Mar, 02:00 → 03:00)',
    at: '2026-03-08T10:00:00Z',
    holidays: [{ name: 'Staff training', start: '2026-03-08T02:30', end: '2026-03-08T03:30' }],
  },
  {
    label: 'fall back (Sun 1 Nov, 02:00 → 01:00)',
    at: '2026-11-01T09:00:00Z',
    holidays: [{ name: 'Staff training', start: '2026-11-01T01:30', end: '2026-11-01T01:45' }],
  },
]);
