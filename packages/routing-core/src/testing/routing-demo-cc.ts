// Test support: the demo account's Contact Center — entry point 'Care AU' starts
// flow 'Care inbound', which routes to queue 'Care AU' (Monday–Friday 08:00–18:00
// Sydney, closed every 25 December, overflow to a voicemail inbox).
import type { RoutingSnapshotInput } from '../routing/snapshot';
import { officeWeek } from './routing-builders';

const SYD = 'Australia/Sydney';

export function demoContactCenter(): NonNullable<RoutingSnapshotInput['contactCenter']> {
  return {
    entryPoints: [{ id: 'ep-care', name: 'Care AU', flowId: 'flow-care' }],
    flows: [{ id: 'flow-care', name: 'Care inbound', queueId: 'ccq-care' }],
    queues: [
      {
        id: 'ccq-care',
        name: 'Care AU',
        businessHoursId: 'bh-care',
        closureSetId: 'cs-au',
        agentCount: 12,
        overflow: { kind: 'inbox', inboxId: 'inbox-care', name: 'Care voicemail' },
      },
    ],
    businessHours: [{ id: 'bh-care', name: 'AU Care hours', schedule: officeWeek(SYD, '08:00', '18:00') }],
    closureSets: [
      {
        id: 'cs-au',
        name: 'AU closures',
        timezone: SYD,
        closures: [
          {
            id: 'cl-xmas',
            name: 'Christmas Day',
            start: '2025-12-25T00:00',
            end: '2025-12-25T23:59',
            allDay: true,
            timezone: SYD,
            recurrence: { frequency: 'yearly', pattern: 'as_start' },
          },
        ],
      },
    ],
  };
}
