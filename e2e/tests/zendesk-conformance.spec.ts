// Conformance, client side, for the browser journeys: every request the BFF
// sent to the simulated Zendesk Talk while the journeys ran (recorded by the
// simulator, ZENDESK_SIM_RECORD_FILE) must be a documented operation with a
// documented body — no undocumented or read-only field, no option the
// route's action does not take. Runs after the journeys (playwright.config.ts).
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { checkRequest, formatViolations } from '@switchboard/zendesk-facts/conformance';
import { allOperations } from '@switchboard/zendesk-facts/load';

test('every request the BFF sent to Zendesk Talk during the journeys is documented, with documented fields only', () => {
  const file = process.env.E2E_ZENDESK_REQUESTS;
  expect(file, 'E2E_ZENDESK_REQUESTS is set by playwright.config.ts').toBeTruthy();
  const requests = readFileSync(file!, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { method: string; path: string; query: Record<string, unknown>; body: unknown; contentType: string | null; injected: boolean });
  // The Zendesk journey writes a menu: an empty record would prove nothing.
  expect(requests.filter((r) => r.method === 'PUT').length).toBeGreaterThan(0);
  const violations = requests.filter((r) => !r.injected).flatMap((r) => checkRequest(allOperations, { ...r, contentType: r.contentType ?? undefined }));
  const unique = [...new Map(violations.map((v) => [`${v.operation}|${v.in}|${v.field}|${v.problem}`, v])).values()];
  expect(unique, formatViolations(unique)).toEqual([]);
  console.log(`${requests.length} requests to Zendesk Talk checked against its documents.`);
});
