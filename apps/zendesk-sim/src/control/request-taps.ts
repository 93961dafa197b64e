// Observers of every API request any Zendesk simulator in this process
// answers, and an optional JSON-lines file of them. A conformance suite uses
// them to check each request a client sent against the Zendesk Talk facts
// (checkRequest of @switchboard/zendesk-facts/conformance); unlike the request
// log, they are not cleared by /__sim/reset.
import { appendFileSync } from 'node:fs';

export interface TappedRequest {
  method: string;
  /** as sent, with /api/v2 (and a .json suffix if the client used one), without the query */
  path: string;
  query: Record<string, unknown>;
  body: unknown;
  contentType: string | null;
  status: number;
  /** The answer's JSON body (undefined when empty or not JSON). */
  response: unknown;
  /** The answer was an error injected with POST /__sim/faults, not the simulator's own. */
  injected: boolean;
}

type Tap = (entry: TappedRequest) => void;

const taps = new Set<Tap>();

/** Observe every API request from now on; returns the function that stops it. */
export function tapRequests(tap: Tap): () => void {
  taps.add(tap);
  return () => taps.delete(tap);
}

export const tapsActive = () => taps.size > 0;

export function notifyTaps(entry: TappedRequest, recordFile: string | undefined) {
  for (const tap of taps) tap(entry);
  if (recordFile) appendFileSync(recordFile, `${JSON.stringify(entry)}\n`);
}
