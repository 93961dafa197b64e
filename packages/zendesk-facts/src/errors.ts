// Error answers: JSON with the documented fields (error, description) and,
// on the documented validation status, details per field. The statuses the
// documents name for errors are that validation status and the rate limit's.
import type { FactsFile, Problem } from './facts';
import { talkFacts } from './load';
import { describeType } from './validate';

export function documentedErrorStatuses(facts: FactsFile = talkFacts): number[] {
  return [facts.errors.details.status, facts.rateLimit.status];
}

/** Problems of an error body's shape, whatever its status. */
export function errorBodyProblems(status: number, body: unknown, facts: FactsFile = talkFacts): Problem[] {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return [{ field: '', problem: `an error answer should be an object {${facts.errors.fields.join(', ')}}, got ${describeType(body)}` }];
  }
  const record = body as Record<string, unknown>;
  const problems: Problem[] = [];
  for (const field of facts.errors.fields) {
    if (typeof record[field] !== 'string') problems.push({ field, problem: `should be a string, got ${describeType(record[field])}` });
  }
  const details = facts.errors.details;
  for (const [field, value] of Object.entries(record)) {
    if (facts.errors.fields.includes(field)) continue;
    if (field !== details.field) problems.push({ field, problem: 'is not a documented field of an error answer' });
    else if (status !== details.status) problems.push({ field, problem: `comes only with status ${details.status}` });
    else if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      problems.push({ field, problem: `should be an object keyed by field, got ${describeType(value)}` });
    }
  }
  return problems;
}
