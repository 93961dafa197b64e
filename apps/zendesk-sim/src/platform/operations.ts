// Every /api/v2 route of the simulator is one operation of the Zendesk Talk
// facts (packages/zendesk-facts): documented, or one of decision 013's group
// and greeting lists. The route is bound to its operation when registered; a
// route that matches none stops the simulator from starting.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { OperationFact } from '@switchboard/zendesk-facts/facts';
import { allOperations } from '@switchboard/zendesk-facts/load';
import { findOperation } from '@switchboard/zendesk-facts/match';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The operation this route implements (named apart from the Zoom simulator's `operation`: the BFF embeds both). */
    zendeskOperation?: OperationFact;
  }
}

export function bindOperations(api: FastifyInstance, bound: Set<OperationFact>) {
  api.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      const op = findOperation(allOperations, method, route.url);
      if (!op) throw new Error(`simulator route ${method} ${route.url} is not a Zendesk Talk operation of the facts`);
      route.config = { ...(route.config as object), zendeskOperation: op };
      bound.add(op);
    }
  });
}

export function operationOf(request: FastifyRequest): OperationFact {
  const op = request.routeOptions.config.zendeskOperation;
  if (!op) throw new Error(`no operation bound to ${request.method} ${request.url}`);
  return op;
}
