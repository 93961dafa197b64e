import type { ErrorFact } from '../src/facts';
import { splitMessages, unescapeMd } from './md-text';

export interface StatusBlock {
  status: number;
  /** raw document text after "Status: NNN", up to the next status or section */
  text: string;
}

/** Text after an Error Code that could not be cut into messages, kept for the caveat report. */
export const unsplitErrors: string[] = [];

const errorCodeMarker = /\*\*Error Code:\*\*\s*`\s*(-?\d*)\s*`/g;

/** One ErrorFact per (status, Zoom error code) from the documented error blocks (status >= 400). */
export function errorFacts(blocks: StatusBlock[], where: string): ErrorFact[] {
  const byKey = new Map<string, ErrorFact>();
  for (const block of blocks) {
    if (block.status < 400) continue;
    const text = unescapeMd(block.text);
    const markers = [...text.matchAll(errorCodeMarker)];
    if (markers.length === 0) {
      add(byKey, { status: block.status, code: null, messages: [] });
      continue;
    }
    markers.forEach((m, i) => {
      const from = (m.index ?? 0) + m[0].length;
      const to = markers[i + 1]?.index ?? text.length;
      const messages = splitMessages(cleanChunk(text.slice(from, to)));
      if (messages.some((msg) => msg.length > 300))
        unsplitErrors.push(`${where} ${block.status}/${m[1]}`);
      if (m[1] === '' && messages.length === 0) return; // an empty "Error Code: ``" placeholder
      add(byKey, { status: block.status, code: m[1] === '' ? null : Number(m[1]), messages });
    });
  }
  return [...byKey.values()].sort((a, b) => a.status - b.status);
}

/** Drops structured detail after "**Errors:**" or a code block, labels and bold markers. */
function cleanChunk(chunk: string): string {
  return chunk
    .split(/\*\*Errors:\*\*|```/)[0]!
    .replace(/\*\*Message:\*\*/g, '')
    .replace(/\*\*/g, '');
}

function add(byKey: Map<string, ErrorFact>, fact: ErrorFact): void {
  const key = `${fact.status}/${fact.code ?? ''}`;
  const seen = byKey.get(key);
  if (!seen) {
    byKey.set(key, { ...fact, messages: [...new Set(fact.messages)] });
    return;
  }
  for (const msg of fact.messages) if (!seen.messages.includes(msg)) seen.messages.push(msg);
}
