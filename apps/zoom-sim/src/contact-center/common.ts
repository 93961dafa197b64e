// Small helpers the Contact Center routes share.
import type { FastifyRequest } from 'fastify';
import type { SimContext } from '../context';
import { DECIDED, decidedError } from '../platform/decisions';
import { ZoomApiError } from '../platform/errors';
import { operationOf } from '../platform/operations';
import type { ContactCenterState } from '../state/contact-center';

export type Json = Record<string, unknown>;

export const bodyOf = (request: FastifyRequest): Json =>
  (typeof request.body === 'object' && request.body !== null && !Array.isArray(request.body) ? request.body : {}) as Json;

export const ccOf = (ctx: SimContext): ContactCenterState => ctx.store.state.contactCenter;

/** Zoom's date-time as the Contact Center documents print it: `2022-02-15T09:27:15Z`. */
export const stampOf = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** Who and when, for a change made through the API now. */
export function touch(ctx: SimContext, record: { modifiedBy: string; lastModified: string }) {
  record.modifiedBy = ccOf(ctx).apiUserId;
  record.lastModified = stampOf(ctx.clock());
}

/**
 * The operation's own 400 / 300 answer with its documented wording ("Validation
 * failed." or "Validation Failed"), or else Zoom's generic one.
 */
export function ccValidationFailed(request: FastifyRequest): ZoomApiError {
  const fact = operationOf(request).errors.find((e) => e.status === 400 && e.code === 300 && e.messages.length > 0);
  return fact?.messages[0] ? new ZoomApiError(400, 300, fact.messages[0]) : decidedError(DECIDED.validationFailed);
}

export const isNonEmptyString = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';
