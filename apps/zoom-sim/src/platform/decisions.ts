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
