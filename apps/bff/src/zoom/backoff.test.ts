import { describe, expect, test } from 'vitest';
import { DEFAULT_RETRY_POLICY, parseRetryAfter, retryDelay } from './backoff';

describe('parseRetryAfter', () => {
  test('reads seconds and HTTP dates, ignores nonsense', () => {
    expect(parseRetryAfter('2')).toBe(2000);
    expect(parseRetryAfter('0.5')).toBe(500);
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:03 GMT', now)).toBe(3000);
    expect(parseRetryAfter(null)).toBeNull();
    expect(parseRetryAfter('soon')).toBeNull();
  });
});

describe('retryDelay', () => {
  test('grows exponentially with jitter between half and all of the ceiling', () => {
    const p = { maxRetries: 5, baseDelayMs: 100, maxDelayMs: 1000 };
    expect(retryDelay(0, p, null, () => 0)).toBe(50);
    expect(retryDelay(0, p, null, () => 1)).toBe(100);
    expect(retryDelay(2, p, null, () => 0.5)).toBe(300);
    expect(retryDelay(10, p, null, () => 1)).toBe(1000);
  });

  test('a Retry-After from Zoom wins over the computed backoff', () => {
    expect(retryDelay(0, DEFAULT_RETRY_POLICY, 1500, () => 0)).toBe(1500);
    expect(retryDelay(0, DEFAULT_RETRY_POLICY, 10 * 60_000)).toBe(60_000);
  });
});
