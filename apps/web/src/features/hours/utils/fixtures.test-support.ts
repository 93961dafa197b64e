// Hours as the BFF answers them, for the hours feature's tests: a Sydney call queue open 09:00–17:00 on weekdays.
import { hoursResponseSchema, type HoursResponse } from '@switchboard/contract/hours';
import { WEEKDAYS } from '@switchboard/routing-core/schedule/weekdays';

export function sydneyQueue(overrides: Partial<HoursResponse> = {}): HoursResponse {
  const days = Object.fromEntries(
    WEEKDAYS.map((d) => [d, d === 'sat' || d === 'sun' ? { type: 'closed' } : { type: 'ranges', ranges: [{ from: '09:00', to: '17:00' }] }]),
  );
  return hoursResponseSchema.parse({
    extension: { id: 'cq-apac', type: 'callQueue', name: 'APAC Sales', extensionNumber: '6008', timezone: 'Australia/Sydney', site: { id: 's-syd', name: 'Sydney' } },
    schedule: { timezone: 'Australia/Sydney', days },
    closedRouting: { action: 1, target: null, words: 'Send to voicemail' },
    version: 'v1',
    ...overrides,
  });
}
