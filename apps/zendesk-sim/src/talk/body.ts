// A write's body: the documented wrapper ({"ivr_route": {...}}) holding the
// resource's fields. Fields the documents do not name and read-only ones are
// ignored (a write does not take them); the writable ones are type-checked
// against the facts, a wrong one refused with 422 and details per field.
import type { FastifyRequest } from 'fastify';
import { talkFacts } from '@switchboard/zendesk-facts/load';
import { resourceSchema } from '@switchboard/zendesk-facts/schemas';
import { validateValue } from '@switchboard/zendesk-facts/validate';
import { DECIDED, decidedError, recordInvalid } from '../platform/decisions';
import type { Details } from '../platform/errors';
import { operationOf } from '../platform/operations';

export type Fields = Record<string, unknown>;

/** The writable documented fields the body carries inside its wrapper. */
export function writableFields(request: FastifyRequest): Fields {
  const op = operationOf(request);
  const wrapper = op.body?.wrapper ?? '';
  const body = request.body as Record<string, unknown> | undefined;
  const inner = body && typeof body === 'object' && !Array.isArray(body) ? body[wrapper] : undefined;
  if (!inner || typeof inner !== 'object' || Array.isArray(inner)) throw decidedError(DECIDED.missingWrapper, wrapper);
  const resource = talkFacts.resources[op.resource as keyof typeof talkFacts.resources];
  const fields: Fields = {};
  for (const [name, value] of Object.entries(inner as Fields)) {
    const fact = resource?.fields[name];
    if (fact && !fact.readOnly && value !== undefined) fields[name] = value;
  }
  const problems = new Problems();
  for (const p of validateValue(resourceSchema(op.resource, 'request'), fields, { unknownFields: 'allow' })) {
    problems.add(p.field, p.problem === 'is required' ? 'BlankValue' : 'InvalidValue', `${p.field}: ${p.problem}`);
  }
  problems.throwIfAny();
  return fields;
}

/** Collects refused fields; details are keyed by the resource's field (options.group_ids[0] → options). */
export class Problems {
  private details: Details = {};

  add(field: string, error: string, description: string): this {
    const key = field.split(/[.[]/)[0] || 'base';
    (this.details[key] ??= []).push({ error, description: sentence(description) });
    return this;
  }

  get any(): boolean {
    return Object.keys(this.details).length > 0;
  }

  throwIfAny(): void {
    if (this.any) throw recordInvalid(this.details);
  }
}

function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

export const isBlank = (v: unknown) => typeof v !== 'string' || v.trim() === '';
