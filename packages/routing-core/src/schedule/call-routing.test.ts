// Closed-hours and holiday routing: Zoom's read shape → the normalized
// routing, the routing → Zoom's write shape (only documented fields, checked
// against zoom-facts), round trips, refusals as sentences, and words.
import { describe, expect, it } from 'vitest';
import { checkRequest, formatViolations } from '@switchboard/zoom-facts/conformance';
import { allOperations } from '@switchboard/zoom-facts/load';
import { zoomCallHandlingReadSchema } from '@switchboard/zoom-schema/phone-call-handling';
import { zoomCallHandlingPatchSchema } from '@switchboard/zoom-schema/phone-call-handling-write';
import { callRoutingIssues, hoursVersion, sameCallRouting, type CallRouting } from './call-routing';
import {
  callRoutingPatch,
  closedRoutingFromZoomPhone,
  describeCallRouting,
  holidayRoutingFromZoomPhone,
} from './call-routing-zoom';
import { closedWeek } from './model';
import { callHandlingPath } from './to-zoom-phone';
import { ScheduleNotWritableError } from './validate';

const read = (closedRouting: unknown, holidays: unknown[] = []) =>
  zoomCallHandlingReadSchema.parse({
    closed_hours: [{ sub_setting_type: 'call_handling', settings: { routing: closedRouting } }],
    holiday_hours: holidays,
  });

describe('reading Zoom routing', () => {
  it('a forward to a call queue keeps the extension id and Zoom names', () => {
    const r = closedRoutingFromZoomPhone(
      read({ action: 7, forward_to: { extension_id: 'cq1', display_name: 'Technical Support', extension_number: 6002, extension_type: 'callQueue' } }),
    );
    expect(r).toEqual({ action: 7, target: { extensionId: 'cq1', name: 'Technical Support', extensionNumber: '6002', type: 'callQueue' } });
    expect(describeCallRouting(r, 'closed')).toBe('Forward to call queue Technical Support (ext 6002)');
  });

  it('a phone number, voicemail, the IVR and unknown codes', () => {
    expect(closedRoutingFromZoomPhone(read({ action: 10, forward_to: { phone_number: '+14155550199', description: 'On call' } }))).toEqual({
      action: 10,
      target: { phoneNumber: '+14155550199', type: 'phoneNumber' },
    });
    expect(closedRoutingFromZoomPhone(read({ action: 1, voicemail_greeting: { id: 'g1' } }))).toEqual({ action: 1, target: null });
    expect(describeCallRouting({ action: 14, target: null }, 'closed')).toBe('Play the closed-hours menu');
    expect(describeCallRouting({ action: 14, target: null }, 'holiday')).toBe("Play the holiday's menu");
    expect(describeCallRouting({ action: 77, target: null }, 'closed')).toMatch(/does not recognise \(Zoom code 77\)/);
    expect(describeCallRouting(null, 'closed')).toBe('Not set in Zoom');
  });

  it('no closed-hours entry is null; a holiday routing is found by holiday id', () => {
    expect(closedRoutingFromZoomPhone(zoomCallHandlingReadSchema.parse({}))).toBeNull();
    const r = read({ action: 1 }, [
      {
        holiday_id: 'h1',
        details: [
          { sub_setting_type: 'holiday', settings: { name: 'Christmas Day', from: '2026-12-24T13:00:00Z', to: '2026-12-25T12:59:00Z' } },
          { sub_setting_type: 'call_handling', settings: { routing: { action: 6, forward_to: { extension_id: 'ar9' } } } },
        ],
      },
    ]);
    expect(holidayRoutingFromZoomPhone(r, 'h1')).toEqual({ action: 6, target: { extensionId: 'ar9', type: 'autoReceptionist' } });
    expect(holidayRoutingFromZoomPhone(r, 'nope')).toBeNull();
  });
});

describe('writing routing', () => {
  const closed = callHandlingPath('ext1', 'closed_hours');
  const holidays = callHandlingPath('ext1', 'holiday_hours');
  const conform = (path: string, body: unknown) => formatViolations(checkRequest(allOperations, { method: 'PATCH', path, query: {}, body }));

  it('sends only the action and the one target field it takes, documented and strict', () => {
    const cases: [CallRouting, Record<string, unknown>][] = [
      [{ action: 7, target: { extensionId: 'cq1', name: 'ignored' } }, { call_not_answer_action: 7, forward_to_extension_id: 'cq1' }],
      [{ action: 10, target: { phoneNumber: '+14155550199' } }, { call_not_answer_action: 10, phone_number: '+14155550199' }],
      [{ action: 1, target: null }, { call_not_answer_action: 1 }],
      [{ action: 1, target: { extensionId: 'cq2' } }, { call_not_answer_action: 1, forward_to_extension_id: 'cq2' }],
      [{ action: 12, target: { extensionId: 'stale' } }, { call_not_answer_action: 12 }],
      [{ action: 19, target: { phoneNumber: '+14155550100' } }, { call_not_answer_action: 19, forward_to_zcc_phone_number: '+14155550100' }],
    ];
    for (const [routing, settings] of cases) {
      const body = callRoutingPatch(routing, 'callQueue');
      expect(body).toEqual({ sub_setting_type: 'call_handling', settings });
      expect(zoomCallHandlingPatchSchema.safeParse(body).success).toBe(true);
      expect(conform(closed, body)).toBe('');
    }
  });

  it("a holiday's routing carries its holiday_id", () => {
    const body = callRoutingPatch({ action: 14, target: null }, 'autoReceptionist', 'h1');
    expect(body).toEqual({ sub_setting_type: 'call_handling', settings: { holiday_id: 'h1', call_not_answer_action: 14 } });
    expect(conform(holidays, body)).toBe('');
  });

  it('round trip: what is written reads back as the same routing', () => {
    const routing: CallRouting = { action: 8, target: { extensionId: 'slg1' } };
    const body = callRoutingPatch(routing, 'user');
    const back = closedRoutingFromZoomPhone(read({ action: body.settings.call_not_answer_action, forward_to: { extension_id: body.settings.forward_to_extension_id } }));
    expect(sameCallRouting(routing, back)).toBe(true);
    expect(sameCallRouting(routing, { action: 8, target: { extensionId: 'other' } })).toBe(false);
    expect(sameCallRouting({ action: 11, target: { extensionId: 'x' } }, { action: 11, target: null })).toBe(true);
  });

  it('refuses with sentences what Zoom would refuse, before anything is sent', () => {
    expect(() => callRoutingPatch({ action: 14, target: null }, 'callQueue')).toThrow(ScheduleNotWritableError);
    expect(callRoutingIssues({ action: 14, target: null }, 'callQueue')[0]!.message).toBe(
      'Closed-hours routing: "Play the auto receptionist\'s menu" is not available for a call queue.',
    );
    expect(callRoutingIssues({ action: 11, target: null }, 'autoReceptionist')[0]!.message).toMatch(/"Disconnect" is not available for an auto receptionist/);
    expect(callRoutingIssues({ action: 7, target: null }, 'user')[0]!.message).toBe('Closed-hours routing: choose where "Forward to a call queue" should go.');
    expect(callRoutingIssues({ action: 10, target: { phoneNumber: '415 555' } }, 'user')[0]!.message).toMatch(/not a phone number in international format/);
    expect(callRoutingIssues({ action: 18, target: null }, 'callQueue')[0]!.message).toMatch(/only be set in Zoom's admin portal/);
    expect(callRoutingIssues({ action: 1, target: { extensionId: 'x' } }, 'user')[0]!.message).toMatch(/only an auto receptionist or a call queue/);
    expect(callRoutingIssues({ action: 99, target: null }, 'user')[0]!.message).toMatch(/choose one of the routing options/);
  });
});

describe('hours version', () => {
  it('ignores names and key order; changes with where calls go', () => {
    const schedule = closedWeek('Australia/Sydney');
    const a = hoursVersion({ schedule, closedRouting: { action: 7, target: { extensionId: 'cq1', name: 'A' } } });
    const b = hoursVersion({ schedule, closedRouting: { target: { name: 'B', extensionId: 'cq1' }, action: 7 } });
    const c = hoursVersion({ schedule, closedRouting: { action: 7, target: { extensionId: 'cq2' } } });
    expect(a).toBe(b);
    expect(a).not.toBe(c);
    expect(a).toMatch(/^[0-9a-f]{16}$/);
  });
});
