// The closures of an update: an entry with `closure_id` changes that closure
// (or, with `to_delete: true`, removes it), one without adds a closure;
// closures not named keep theirs. The whole result is checked before
// anything changes.
import type { FastifyRequest } from 'fastify';
import type { CcClosureRecord, CcClosureSetRecord } from '../../state/contact-center';
import { documentedError } from '../../platform/operations';
import { ccValidationFailed } from '../common';
import type { Json } from '../common';
import { buildClosure } from './closure-rules';

const NEW_CLOSURE_FIELDS: Array<[string, string]> = [
  ['closure_hour_type', 'The `hour_type` field cannot be empty when the `closure_id` field is empty.'],
  ['closure_name', 'The `closure_name` field cannot be empty when the `closure_id` field is empty.'],
  ['start_time', 'The `start_time` field cannot be empty when the `closure_id` field is empty.'],
  ['end_time', 'The `end_time` field cannot be empty when the `closure_id` field is empty.'],
  ['recurring_frequency', 'The `recurring_frequency` field cannot be empty when the `closure_id` field is empty.'],
];

export function patchedClosures(request: FastifyRequest, set: CcClosureSetRecord, entries: unknown[], zone: string, newId: () => string): CcClosureRecord[] {
  const byId = new Map(set.closures.map((c) => [c.id, c]));
  const result = new Map<string, CcClosureRecord>();
  // Closures not named keep theirs (wall-clock times, also when the zone changes).
  for (const c of set.closures) result.set(c.id, c);
  const named = new Set<string>();
  const added: CcClosureRecord[] = [];
  for (const raw of entries) {
    const entry = (typeof raw === 'object' && raw !== null ? raw : {}) as Json;
    const id = entry.closure_id;
    if (id === undefined || id === null || id === '') {
      if (entry.to_delete === true) throw ccValidationFailed(request);
      for (const [field, message] of NEW_CLOSURE_FIELDS) if (entry[field] === undefined || entry[field] === null) throw documentedError(request, message);
      added.push(buildClosure(request, entry, zone, newId()));
      continue;
    }
    if (typeof id !== 'string') throw ccValidationFailed(request);
    if (named.has(id)) throw documentedError(request, 'The closure id has already been duplicated: $closure_id.', id);
    named.add(id);
    const base = byId.get(id);
    if (!base) throw documentedError(request, 'Closure does not exist: $closure_id.', id);
    if (entry.to_delete === true) result.delete(id);
    else result.set(id, buildClosure(request, entry, zone, id, base));
  }
  const closures = [...result.values(), ...added];
  if (closures.length === 0) throw documentedError(request, 'Every closure set has at least one closure item.');
  return closures;
}
