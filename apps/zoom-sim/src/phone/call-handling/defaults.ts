// What a new extension's call handling is before anyone changes it: open 24
// hours, 7 days (the custom week kept aside is Monday–Friday 09:00–17:00),
// and unanswered calls to voicemail — an auto receptionist's to its IVR.
import type { CallHandlingKind, CallHandlingState, CustomDay, HandlingState } from '../../state/call-handling';

/** Sunday and Saturday closed, Monday–Friday 09:00–17:00. */
export function officeWeek(from = '09:00', to = '17:00'): CustomDay[] {
  return [1, 2, 3, 4, 5, 6, 7].map((weekday) => (weekday === 1 || weekday === 7 ? { weekday, type: 0 } : { weekday, type: 2, from, to }));
}

export function defaultHandling(kind: CallHandlingKind, period: 'business' | 'closed' | 'holiday'): HandlingState {
  const handling: HandlingState = {
    routing: { action: kind === 'autoReceptionist' ? 14 : 1 },
    forwarding: [],
    forwardingRequirePress1: true,
  };
  if (kind === 'user') {
    // The holiday read has no busy_routing.
    if (period !== 'holiday') handling.busyRouting = { action: 21 };
    handling.ringMode = 'simultaneous';
    handling.maxWaitTime = 30;
  }
  if (kind === 'sharedLineGroup') {
    handling.ringMode = 'simultaneous';
    handling.maxWaitTime = 30;
  }
  // Only the business-hours read has greeting_prompt.
  if ((kind === 'callQueue' || kind === 'autoReceptionist') && period === 'business') handling.greetingPromptId = '';
  if (kind === 'callQueue' && period === 'business') {
    handling.maxWaitTime = 300;
    handling.queue = {
      maxCallInQueue: 60,
      wrapUpTime: 30,
      receiveCall: false,
      musicOnHoldId: '',
      audioWhileConnectingId: '',
      distribution: { ringMode: 'simultaneous', handleMultipleCalls: false, ringDuration: 30, skipOffline: true },
    };
  }
  return handling;
}

export function defaultCallHandling(kind: CallHandlingKind): CallHandlingState {
  return {
    hoursType: 1,
    days: officeWeek(),
    allowMembersToReset: false,
    business: defaultHandling(kind, 'business'),
    closed: defaultHandling(kind, 'closed'),
    holidays: {},
  };
}
