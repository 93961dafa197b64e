import { describe, expect, it } from 'vitest';
import { createEventStreamParser, readEventStream, type StreamEvent } from './event-stream';

function parseChunks(chunks: string[]): StreamEvent[] {
  const events: StreamEvent[] = [];
  const parser = createEventStreamParser((e) => events.push(e));
  for (const c of chunks) parser.push(c);
  return events;
}

/** A body delivering one chunk per read, then ending (or breaking like a dropped connection). */
function stream(chunks: (string | Uint8Array)[], opts: { breakAtEnd?: boolean } = {}) {
  const queue = [...chunks];
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      const c = queue.shift();
      if (c !== undefined) controller.enqueue(typeof c === 'string' ? new TextEncoder().encode(c) : c);
      else if (opts.breakAtEnd) controller.error(new TypeError('network error'));
      else controller.close();
    },
  });
}

describe('createEventStreamParser', () => {
  it('reads several events from one chunk, skipping comments', () => {
    expect(
      parseChunks([': stream open\n\nevent: planned\ndata: {"ops":[]}\n\nevent: op\ndata: {"index":0}\n\n: keep-alive\n\n']),
    ).toEqual([
      { event: 'planned', data: '{"ops":[]}' },
      { event: 'op', data: '{"index":0}' },
    ]);
  });

  it('joins an event split mid-line and mid-field across chunks', () => {
    const text = 'event: outcome\ndata: {"outcome":"applied","ops":[]}\n\n';
    for (let cut = 1; cut < text.length; cut++) {
      expect(parseChunks([text.slice(0, cut), text.slice(cut)]), `cut at ${cut}`).toEqual([
        { event: 'outcome', data: '{"outcome":"applied","ops":[]}' },
      ]);
    }
    expect(parseChunks(text.split(''))).toEqual([{ event: 'outcome', data: '{"outcome":"applied","ops":[]}' }]);
  });

  it('accepts \\r\\n and \\r line ends, even a \\r\\n split between chunks', () => {
    expect(parseChunks(['event: a\r', '\ndata: 1\r\n\r', '\nevent: b\rdata: 2\r\r'])).toEqual([
      { event: 'a', data: '1' },
      { event: 'b', data: '2' },
    ]);
  });

  it('joins data lines with \\n, defaults the name to message, and waits for the blank line', () => {
    const events: StreamEvent[] = [];
    const parser = createEventStreamParser((e) => events.push(e));
    parser.push('data: one\ndata:two\n');
    expect(events).toEqual([]);
    parser.push('\nevent: empty\n\n');
    expect(events).toEqual([{ event: 'message', data: 'one\ntwo' }]); // no data: nothing dispatched
  });
});

describe('readEventStream', () => {
  it('decodes bytes split inside a multi-byte character and reads to the end', async () => {
    const bytes = new TextEncoder().encode('event: op\ndata: {"description":"Key 1 → Maria"}\n\n');
    const at = bytes.indexOf(0xe2) + 1; // inside "→"
    const seen: StreamEvent[] = [];
    await readEventStream(stream([bytes.slice(0, at), bytes.slice(at)]), (e) => void seen.push(e));
    expect(seen).toEqual([{ event: 'op', data: '{"description":"Key 1 → Maria"}' }]);
  });

  it('stops when the listener says so', async () => {
    const seen: string[] = [];
    await readEventStream(stream(['event: a\ndata: 1\n\nevent: b\ndata: 2\n\n']), (e) => {
      seen.push(e.event);
      return true;
    });
    expect(seen).toEqual(['a']);
  });

  it('rejects when the connection breaks, after the events that arrived', async () => {
    const seen: string[] = [];
    await expect(
      readEventStream(stream(['event: planned\ndata: {}\n\nevent: op\nda'], { breakAtEnd: true }), (e) => void seen.push(e.event)),
    ).rejects.toThrow();
    expect(seen).toEqual(['planned']);
  });
});
