// Answers Zoom's documents do not give, chosen by the simulator (see
// docs/decisions/006-independent-simulator.md). Each names the operations it
// is for; the conformance check of the simulator's own tests accepts these
// besides the documented answers, and nothing else.
import { fillMessage, matchesTemplate } from '@switchboard/zoom-facts/errors';
import { CC_DECIDED } from './decisions-contact-center';
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
  /** Contact Center (platform/decisions-contact-center.ts). */
  ...CC_DECIDED,
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

/*
 * Call handling (/phone/extension/{extensionId}/call_handling/settings[/{settingType}]):
 * what the documents leave open besides the error answers above, and why.
 * - Any other refusal is 400 / 300 "Validation Failed." (the generic answer): a missing or unknown
 *   sub_setting_type or setting type, a field of the wrong type, an action the extension's kind
 *   may not use (the PATCH document lists the kinds per action) or whose target does not fit, a
 *   phone number not in E.164, an unknown audio id, actions 15 and 18 (the account has no
 *   partner contact center or Teams app), max_wait_time over 60 outside a call queue's business
 *   hours (the closed and holiday reads list values up to 60), max_call_in_queue outside 1–60
 *   ("Up to 60"), a holiday without a name, a custom-hours day without weekday or type, a
 *   forwarding entry to PATCH without its id, a DELETE naming neither holiday_id nor
 *   call_forwarding_id.
 * - Fields the document says do not apply to the extension's kind (busy_* for all but users,
 *   connect_to_operator for auto receptionists, allow_members_to_reset for all but call queues, …)
 *   are ignored like unknown fields: 204, nothing changes.
 * - custom_hours: the days sent replace those weekdays, the others keep theirs; without `type`
 *   the kind of hours stays (days sent to a 24/7 extension are kept aside, not applied). The
 *   read lists all seven days, Sunday (1) first, only with type 2. HH:mm ends at 23:59 (no
 *   24:00); a day's from must be before its to.
 * - The read: business_hours is [custom_hours, call_handling, call_forwarding], closed_hours
 *   [call_handling, call_forwarding], each holiday's details [holiday, call_handling,
 *   call_forwarding]; call_forwarding only for users (their feature here: other kinds answer
 *   "This operation is not supported."). Settings carry `routing`, not call_not_answer_action
 *   (the document marks that field as absent from the real answer). forward_to.extension_type
 *   only for the four types the document lists; other targets are read without one. Prompt
 *   options read as {id: '', name: 'Default'}, {id: '0', name: 'Disable'}, {id: 'ring_tone',
 *   name: 'Ring Tone'}.
 * - Holidays: `from`/`to` exactly yyyy-MM-dd'T'HH:mm:ss'Z' (no offset, no milliseconds), a real
 *   date, from before to; kept in the order added. An auto receptionist's holidays are its
 *   record's and its IVR's: a new one gets Zoom's default holiday menu, a deleted one's menu
 *   goes. A new holiday's calls go to voicemail (an auto receptionist's to its IVR).
 * - A new extension is open 24 hours, 7 days (its custom week kept aside is Monday–Friday
 *   09:00–17:00); unanswered calls go to voicemail, an auto receptionist's to its IVR; a busy
 *   user gets call waiting. A routing target not touched by a PATCH stays, even if deleted since.
 */
