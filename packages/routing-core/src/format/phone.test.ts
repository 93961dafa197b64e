import { describe, expect, it } from 'vitest';
import { formatPhoneNumber } from './phone';

describe('formatPhoneNumber', () => {
  it('groups E.164 numbers the way each country writes them', () => {
    expect(formatPhoneNumber('+14155550101')).toBe('+1 415 555 0101');
    expect(formatPhoneNumber('+442079460000')).toBe('+44 20 7946 0000');
    expect(formatPhoneNumber('+61291234567')).toBe('+61 2 9123 4567');
  });

  it('shows what it cannot parse exactly as it came', () => {
    expect(formatPhoneNumber('4155550101x')).toBe('4155550101x');
    expect(formatPhoneNumber('')).toBe('');
  });
});
