import { screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { renderWithProviders } from '@/testing/render';
import { TraceResult } from './trace-result';

describe('TraceResult', () => {
  test('each step with its kind in words and reason, then the end with what it means', () => {
    renderWithProviders(
      <TraceResult
        trace={{
          steps: [
            { kind: 'holiday', id: 'h', name: 'Christmas Day', reason: "10:00 AEDT on Fri 25 Dec is inside the holiday 'Christmas Day'." },
            { kind: 'key', id: 'k', name: 'Key 1', reason: 'Key 1 pressed: forward to call queue APAC Support.' },
          ],
          end: { kind: 'call_queue', id: 'q', name: 'Technical Support', reason: "Call queue 'Technical Support' takes the call." },
          outcome: 'rings',
          at: '2026-12-24T23:00:00.000Z',
          refreshedAt: '2026-12-01T00:00:00.000Z',
        }}
      />,
    );
    const steps = screen.getAllByRole('listitem');
    expect(steps).toHaveLength(2);
    expect(within(steps[0]!).getByText('Holiday')).toBeTruthy();
    expect(screen.getByTestId('trace-end').textContent).toBe("Rings: Technical SupportCall queue 'Technical Support' takes the call.");
  });
});
