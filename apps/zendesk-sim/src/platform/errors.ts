// Zendesk's error answer: JSON {error, description}, with details per field on
// the validation status (422). The documents give the fields; the error names
// and sentences the simulator uses are listed in ./decisions.ts.
import type { FastifyReply } from 'fastify';

export interface DetailEntry {
  error: string;
  description: string;
}

export type Details = Record<string, DetailEntry[]>;

export class ZendeskApiError extends Error {
  constructor(
    readonly status: number,
    readonly error: string,
    readonly description: string,
    readonly details?: Details,
  ) {
    super(description);
  }
}

export function sendZendeskError(reply: FastifyReply, err: Pick<ZendeskApiError, 'status' | 'error' | 'description' | 'details'>) {
  const body = { error: err.error, description: err.description, ...(err.details ? { details: err.details } : {}) };
  return reply.code(err.status).type('application/json; charset=utf-8').send(body);
}
