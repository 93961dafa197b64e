// Every answer the simulator gives in its own tests is checked against the
// Zendesk Talk facts: a success must have the documented shape (no invented
// field, none missing that the documents' example shows), an error must have
// the documented error form and a documented status (422, 429) or one of the
// simulator's decided answers (platform/decisions.ts). Errors injected through
// the control plane are the test's own and are not checked. Registered in
// vitest.config.ts.
import { afterAll } from 'vitest';
import { checkResponse } from '@switchboard/zendesk-facts/conformance';
import { errorBodyProblems } from '@switchboard/zendesk-facts/errors';
import { allOperations } from '@switchboard/zendesk-facts/load';
import { findOperation } from '@switchboard/zendesk-facts/match';
import { tapRequests } from '../control/request-taps';
import { isDecidedAnswer } from '../platform/decisions';

const problems = new Set<string>();

const stop = tapRequests((entry) => {
  if (entry.injected) return;
  const op = findOperation(allOperations, entry.method, entry.path);
  const where = `${entry.method} ${entry.path} → ${entry.status}`;
  const found = op ? checkResponse(op, entry.status, entry.response) : errorBodyProblems(entry.status, entry.response);
  const decided = entry.status >= 400 && isDecidedAnswer(entry.status, entry.response);
  for (const p of found) {
    if (decided && p.problem.startsWith(`status ${entry.status} is not a documented error`)) continue;
    problems.add(`${op?.id ?? where}: ${p.field ? `${p.field} ` : ''}${p.problem}`);
  }
  if (!op && !(entry.status === 404 || entry.status === 401)) problems.add(`${where}: not an operation of the facts`);
});

afterAll(() => {
  stop();
  if (problems.size > 0) throw new Error(`The simulator answered outside the Zendesk Talk facts:\n${[...problems].join('\n')}`);
});
