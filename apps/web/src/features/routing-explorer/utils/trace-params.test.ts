import { describe, expect, test } from 'vitest';
import { readTraceParams, traceInstant, traceSearch } from './trace-params';

describe('trace params', () => {
  test('a shared link reads back the same form and instant', () => {
    const p = { number: '+61 2 5550 1001', when: '2026-12-25T10:00', zone: 'Australia/Sydney', keys: '1' };
    const again = readTraceParams(new URLSearchParams(traceSearch(p)), new Date());
    expect(again).toEqual(p);
    expect(traceInstant(again)).toBe('2026-12-24T23:00:00Z');
  });

  test('no values: now in the browser zone, no keys; a bad zone or time is not used', () => {
    const p = readTraceParams(new URLSearchParams('zone=Mars/Base&when=tomorrow'), new Date('2026-12-01T00:00:00Z'));
    expect(p.zone).not.toBe('Mars/Base');
    expect(p.when).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d$/);
    expect(traceInstant({ when: '2026-13-45T99:00', zone: 'UTC' })).toBeNull();
  });
});
