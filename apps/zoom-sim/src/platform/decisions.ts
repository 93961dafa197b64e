// Answers Zoom's documents do not give, chosen by the simulator (see
// docs/decisions/006-independent-simulator.md). Each names the operations it
// is for; the conformance check of the simulator's own tests accepts these
// besides the documented answers, and nothing else.
import { fillMessage, matchesTemplate } from '@switchboard/zoom-facts/errors';
import { ZoomApiError } from './errors';

export interface DecidedAnswer {
  /** Operation ids (`GET /phone/users`) or '*' for any. */
  operations: readonly string[] | '*';
  status: number;
  code: number;
  message: string;
}

const audioOps = ['GET /phone/audios/{audioId}', 'PATCH /phone/audios/{audioId}', 'DELETE /phone/audios/{audioId}'];
const callHandlingSetting = '/phone/extension/{extensionId}/call_handling/settings/{settingType}';

export const DECIDED = {
  /** Zoom's generic validation answer (35 phone operations document it) where an operation documents nothing closer. */
  validationFailed: { operations: '*', status: 400, code: 300, message: 'Validation Failed.' },
  /** Documented by the user list; the other lists answer the same. */
  pageToken: { operations: '*', status: 400, code: 400, message: 'The next page token is invalid or expired.' },
  pageSize: { operations: '*', status: 400, code: 300, message: 'Invalid field: page_size.' },
  unknownAudio: { operations: audioOps, status: 400, code: 300, message: 'Audio item does not exist: {0}.' },
  audioName: { operations: ['PATCH /phone/audios/{audioId}'], status: 400, code: 300, message: 'The name of the audio item is required.' },
  unknownRoom: { operations: ['GET /phone/rooms/{roomId}'], status: 404, code: 404, message: 'Zoom Room does not exist: {0}.' },
  unknownQueueForMembers: {
    operations: ['GET /phone/call_queues/{callQueueId}/members'],
    status: 404,
    code: 13000,
    message: 'The Call Queue does not exist, callQueueId:{0}.',
  },
  siteRequired: { operations: ['POST /phone/auto_receptionists'], status: 400, code: 300, message: 'Site id is required when multiple sites are enabled.' },
  unknownSite: { operations: ['POST /phone/auto_receptionists'], status: 400, code: 300, message: 'The site does not exist: {0}.' },
  /**
   * GET and POST of call handling document 404 / 404 "Extension does not exist"; PATCH and DELETE
   * document nothing for it and answer the same. Also the answer for an extension of a kind the
   * call-handling operations do not apply to (common areas, rooms…: "Applicable to user, call
   * queue, auto receptionist, or shared line group").
   */
  unknownExtension: { operations: [`PATCH ${callHandlingSetting}`, `DELETE ${callHandlingSetting}`], status: 404, code: 404, message: 'Extension does not exist: {0}' },
  /** POST and DELETE document "Holiday does not exist." (404 / 404); PATCH of an unknown holiday_id answers the same. */
  unknownHoliday: { operations: [`PATCH ${callHandlingSetting}`], status: 404, code: 404, message: 'Holiday does not exist.' },
  /**
   * POST documents 400 / 400 "This operation is not supported."; PATCH and DELETE give it too for a
   * sub-setting the setting type or extension does not have (custom_hours outside business_hours, a
   * holiday outside holiday_hours, call_forwarding of anything but a user).
   */
  notSupported: { operations: [`PATCH ${callHandlingSetting}`, `DELETE ${callHandlingSetting}`], status: 400, code: 400, message: 'This operation is not supported.' },
  /** PATCH documents 400 / 400 "Invalid holiday from/to time."; POST of such a holiday answers the same. */
  invalidHolidayTime: { operations: [`POST ${callHandlingSetting}`], status: 400, code: 400, message: 'Invalid holiday from/to time.' },
} as const satisfies Record<string, DecidedAnswer>;

export function decidedError(answer: DecidedAnswer, ...values: string[]): ZoomApiError {
  return new ZoomApiError(answer.status, answer.code, fillMessage(answer.message, values));
}

export function isDecidedAnswer(operation: string, status: number, code: unknown, message: string): boolean {
  return Object.values(DECIDED).some(
    (a: DecidedAnswer) =>
      (a.operations === '*' || a.operations.includes(operation)) && a.status === status && a.code === code && matchesTemplate(a.message, message),
  );
}
