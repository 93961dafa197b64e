// Conformance, client side: every request the BFF sends to the (simulated)
// Zoom and Zendesk Talk during these tests is checked against the facts
// extracted from each provider's documents — a documented operation, only
// documented query parameters within their maxima, and a body valid against
// the documented schema with unknown (and for Zendesk read-only) fields
// forbidden (the forum's bug was an unknown field). A test file whose
// requests break a rule fails, naming the operation and the field.
// Registered in vitest.config.ts; the taps live as long as the worker.
import { afterAll, beforeAll } from 'vitest';
import { checkRequest, formatViolations } from '@switchboard/zoom-facts/conformance';
import type { Violation } from '@switchboard/zoom-facts/conformance';
import { allOperations } from '@switchboard/zoom-facts/load';
import { tapRequests } from '@switchboard/zoom-sim/control/request-taps';
import { checkRequest as checkZendeskRequest, formatViolations as formatZendesk } from '@switchboard/zendesk-facts/conformance';
import type { Violation as ZendeskViolation } from '@switchboard/zendesk-facts/conformance';
import { allOperations as zendeskOperations } from '@switchboard/zendesk-facts/load';
import { tapRequests as tapZendeskRequests } from '@switchboard/zendesk-sim/control/request-taps';

const holder = globalThis as unknown as { __zoomConformance?: Violation[]; __zendeskConformance?: ZendeskViolation[] };

if (!holder.__zoomConformance) {
  const seen: Violation[] = [];
  holder.__zoomConformance = seen;
  tapRequests((req) => {
    if (req.injected) return;
    seen.push(...checkRequest(allOperations, { ...req, contentType: req.contentType ?? undefined }));
  });
}

if (!holder.__zendeskConformance) {
  const seen: ZendeskViolation[] = [];
  holder.__zendeskConformance = seen;
  tapZendeskRequests((req) => {
    if (req.injected) return;
    seen.push(...checkZendeskRequest(zendeskOperations, { ...req, contentType: req.contentType ?? undefined }));
  });
}

beforeAll(() => {
  holder.__zoomConformance!.length = 0;
  holder.__zendeskConformance!.length = 0;
});

const unique = <V extends { operation: string; in: string; field: string; problem: string }>(found: V[]) => [
  ...new Map(found.map((v) => [`${v.operation}|${v.in}|${v.field}|${v.problem}`, v])).values(),
];

afterAll(() => {
  const zoom = unique(holder.__zoomConformance!.splice(0));
  const zendesk = unique(holder.__zendeskConformance!.splice(0));
  const parts = [
    ...(zoom.length > 0 ? [`Requests to Zoom outside its documents:\n${formatViolations(zoom)}`] : []),
    ...(zendesk.length > 0 ? [`Requests to Zendesk Talk outside its documents:\n${formatZendesk(zendesk)}`] : []),
  ];
  if (parts.length > 0) throw new Error(parts.join('\n'));
});
