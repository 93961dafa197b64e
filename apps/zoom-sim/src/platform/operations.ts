// Every /v2 route of the simulator is one documented Zoom operation. The
// route is bound to its operation's facts (extracted from Zoom's documents by
// packages/zoom-facts) when it is registered: the facts give the rate-limit
// label, the scopes, the list maximum and the documented error answers. A
// route that matches no documented operation stops the simulator from
// starting, so nothing here can be invented.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { OperationFact } from '@switchboard/zoom-facts/facts';
import { allOperations } from '@switchboard/zoom-facts/load';
import { factAllows, fillMessage } from '@switchboard/zoom-facts/errors';
import { findOperation } from '@switchboard/zoom-facts/match';
import { validateValue } from '@switchboard/zoom-facts/validate';
import type { Problem } from '@switchboard/zoom-facts/facts';
import { decidedError } from './decisions';
import type { DecidedAnswer } from './decisions';
import { ZoomApiError } from './errors';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The documented operation this route implements. */
    operation?: OperationFact;
  }
}

export function bindOperations(api: FastifyInstance, bound: Set<OperationFact>) {
  api.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    const path = route.url.replace(/^\/v2/, '');
    for (const method of methods) {
      const op = findOperation(allOperations, method, path);
      if (!op) throw new Error(`simulator route ${method} ${path} is not a documented Zoom operation`);
      route.config = { ...(route.config as object), operation: op };
      bound.add(op);
    }
  });
}

export function operationOf(request: FastifyRequest): OperationFact {
  const op = request.routeOptions.config.operation;
  if (!op) throw new Error(`no documented operation bound to ${request.method} ${request.url}`);
  return op;
}

/**
 * The error this operation documents for a message, with the documented HTTP
 * status and Zoom code. An undocumented message is a bug in the simulator.
 */
export function documentedError(request: FastifyRequest, template: string, ...values: string[]): ZoomApiError {
  const op = operationOf(request);
  // The extractor splits a documented text into sentences; a template may span several.
  const fact = op.errors.find((e) => e.messages.length > 0 && (e.messages.includes(template) || factAllows(e, template)));
  if (!fact || fact.code === null) throw new Error(`${op.id} documents no error "${template}"`);
  return new ZoomApiError(fact.status, fact.code, fillMessage(template, values));
}

/** The operation's documented answer for this message, or else the simulator's decided one. */
export function documentedOrDecided(request: FastifyRequest, template: string, decided: DecidedAnswer, ...values: string[]): ZoomApiError {
  const fact = operationOf(request).errors.find((e) => e.messages.length > 0 && (e.messages.includes(template) || factAllows(e, template)));
  return fact && fact.code !== null ? new ZoomApiError(fact.status, fact.code, fillMessage(template, values)) : decidedError(decided, ...values);
}

/**
 * Problems of the request body against the operation's documented JSON body.
 * Unknown fields are allowed: Zoom ignores them (the forum's silent no-op).
 */
export function bodyProblems(request: FastifyRequest): Problem[] {
  const schema = operationOf(request).body?.find((b) => b.contentType === 'application/json')?.schema;
  if (!schema) return [];
  return validateValue(schema, request.body ?? {}, { unknownFields: 'allow' });
}
