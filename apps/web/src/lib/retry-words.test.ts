import { describe, expect, it } from 'vitest';
import { retryWords } from './retry-words';

describe('retryWords', () => {
  it('says nothing for a request sent once', () => {
    expect(retryWords(undefined)).toBeNull();
    expect(retryWords([])).toBeNull();
  });

  it('counts the sends and names the answers that were retried', () => {
    expect(retryWords([500])).toBe('Sent 2 times: retried after HTTP 500 once.');
    expect(retryWords([500, 500, 500])).toBe('Sent 4 times: retried after HTTP 500 three times.');
    expect(retryWords([503, 503, null])).toBe('Sent 4 times: retried after HTTP 503 twice, then no answer.');
    expect(retryWords([429, null, 429])).toBe('Sent 4 times: retried after HTTP 429, then no answer, then HTTP 429.');
    expect(retryWords(Array(7).fill(502))).toBe('Sent 8 times: retried after HTTP 502 7 times.');
  });
});
