// Every answer the simulator gives in its own tests is checked against the
// facts extracted from Zoom's documents: a success must have the documented
// shape (no invented fields), an error must be one the operation documents
// (or one Zoom answers anywhere), or one the simulator decided where the
// documents are silent (platform/decisions.ts). Errors injected through the
// control plane are the test's own and are not checked. Registered in
// vitest.config.ts.
import { afterAll } from 'vitest';
import { checkResponse } from '@switchboard/zoom-facts/conformance';
import { allOperations } from '@switchboard/zoom-facts/load';
import { findOperation } from '@switchboard/zoom-facts/match';
import { tapRequests } from '../control/request-taps';
import { isDecidedAnswer } from '../platform/decisions';

const problems = new Set<string>();

const stop = tapRequests((entry) => {
  if (entry.injected) return;
  const op = findOperation(allOperations, entry.method, entry.path);
  if (!op) {
    if (entry.status !== 404) problems.add(`${entry.method} ${entry.path} → ${entry.status}: not a documented operation`);
    return;
  }
  const answer = (entry.response ?? {}) as { code?: unknown; message?: unknown };
  if (entry.status >= 400 && typeof answer.message === 'string' && isDecidedAnswer(op.id, entry.status, answer.code, answer.message)) return;
  for (const p of checkResponse(op, entry.status, entry.response)) {
    problems.add(`${op.id} → ${entry.status}: ${p.field ? `${p.field} ` : ''}${p.problem}`);
  }
});

afterAll(() => {
  stop();
  if (problems.size > 0) throw new Error(`The simulator answered outside Zoom's documents:\n${[...problems].join('\n')}`);
});
