// Conformance, client side, for the browser journeys: every request the BFF
// sent to the simulated Zoom while the journeys ran (recorded by the
// simulator, SIM_RECORD_FILE) must be a documented operation with documented
// query parameters within their maxima and a body valid against the
// documented schema, unknown fields forbidden. Runs after the journeys
// (playwright.config.ts, project zoom-conformance).
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { checkRequest, formatViolations } from '@switchboard/zoom-facts/conformance';
import { allOperations } from '@switchboard/zoom-facts/load';

test('every request the BFF sent to Zoom during the journeys is documented, with documented fields only', () => {
  const file = process.env.E2E_ZOOM_REQUESTS;
  expect(file, 'E2E_ZOOM_REQUESTS is set by playwright.config.ts').toBeTruthy();
  const requests = readFileSync(file!, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { method: string; path: string; query: Record<string, unknown>; body: unknown; contentType: string | null; injected: boolean });
  // The journeys read and write menus: an empty record would prove nothing.
  expect(requests.filter((r) => r.method === 'PATCH').length).toBeGreaterThan(0);
  const violations = requests.filter((r) => !r.injected).flatMap((r) => checkRequest(allOperations, { ...r, contentType: r.contentType ?? undefined }));
  const unique = [...new Map(violations.map((v) => [`${v.operation}|${v.in}|${v.field}|${v.problem}`, v])).values()];
  expect(unique, formatViolations(unique)).toEqual([]);
  console.log(`${requests.length} requests to Zoom checked against its documents.`);
});
