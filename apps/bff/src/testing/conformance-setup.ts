// Conformance, client side: every request the BFF sends to the (simulated)
// Zoom during these tests is checked against the facts extracted from Zoom's
// documents — a documented operation, only documented query parameters within
// their maxima, and a body valid against the documented schema with unknown
// fields forbidden (the forum's bug was an unknown field). A test file whose
// requests break a rule fails, naming the operation and the field.
// Registered in vitest.config.ts; the tap lives as long as the worker.
import { afterAll, beforeAll } from 'vitest';
import { checkRequest, formatViolations } from '@switchboard/zoom-facts/conformance';
import type { Violation } from '@switchboard/zoom-facts/conformance';
import { allOperations } from '@switchboard/zoom-facts/load';
import { tapRequests } from '@switchboard/zoom-sim/control/request-taps';

const holder = globalThis as unknown as { __zoomConformance?: Violation[] };

if (!holder.__zoomConformance) {
  const seen: Violation[] = [];
  holder.__zoomConformance = seen;
  tapRequests((req) => {
    if (req.injected) return;
    seen.push(...checkRequest(allOperations, { ...req, contentType: req.contentType ?? undefined }));
  });
}

beforeAll(() => {
  holder.__zoomConformance!.length = 0;
});

afterAll(() => {
  const found = holder.__zoomConformance!.splice(0);
  const unique = [...new Map(found.map((v) => [`${v.operation}|${v.in}|${v.field}|${v.problem}`, v])).values()];
  if (unique.length > 0) throw new Error(`Requests to Zoom outside its documents:\n${formatViolations(unique)}`);
});
