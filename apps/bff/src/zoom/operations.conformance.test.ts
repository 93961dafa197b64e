// The client's table of Zoom operations (zoom-schema/operations.ts) against
// the facts extracted from Zoom's documents: each operation is documented,
// with the same rate-limit label, scopes Zoom names for it, the documented
// page_size maximum, and not-found answers Zoom documents for it.
import { describe, expect, test } from 'vitest';
import { allOperations } from '@switchboard/zoom-facts/load';
import { findOperation } from '@switchboard/zoom-facts/match';
import { listMaximum } from '@switchboard/zoom-facts/lookups';
import { ZOOM_OPERATIONS } from '@switchboard/zoom-schema/operations';

describe.each(Object.entries(ZOOM_OPERATIONS))('%s', (_name, op) => {
  const fact = findOperation(allOperations, op.method, op.path);

  test('is a documented operation with the documented label and scopes', () => {
    expect(fact, `${op.method} ${op.path}`).toBeDefined();
    expect(op.label).toBe(fact!.label);
    for (const s of op.scopes) expect(fact!.granularScopes, s).toContain(s);
    for (const s of op.classicScopes) expect(fact!.scopes, s).toContain(s);
  });

  test('asks for pages no larger than the documented maximum', () => {
    const max = listMaximum(fact!);
    if ('pageSizeMax' in op) expect(op.pageSizeMax).toBe(max);
    else expect(max, 'a list operation must declare pageSizeMax').toBeUndefined();
  });

  test('reads "not found" only from answers the operation documents', () => {
    for (const answer of 'notFound' in op ? op.notFound : []) {
      const documented = fact!.errors.filter((e) => e.status === answer.status && e.code === answer.code);
      expect(documented, `${answer.status}/${answer.code}`).not.toEqual([]);
      if ('message' in answer && answer.message) expect(documented.some((e) => e.messages.some((m) => answer.message!.test(m)))).toBe(true);
    }
  });
});
