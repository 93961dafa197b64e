// Server-sent events read from a fetch body, for the requests EventSource
// cannot make (PUT with a body and the CSRF header). Follows the
// text/event-stream rules: lines end in \n, \r\n or \r (even split across
// chunks), `event:` names the event, `data:` lines join with \n, a blank line
// dispatches, lines starting with `:` are comments; `id` and `retry` are ignored.

export interface StreamEvent {
  event: string;
  data: string;
}

export interface EventStreamParser {
  /** Feed the next decoded chunk; events complete in it are dispatched. */
  push(chunk: string): void;
}

export function createEventStreamParser(onEvent: (e: StreamEvent) => void): EventStreamParser {
  let buffer = '';
  let skipLeadingLf = false; // the previous chunk ended in \r: a \n starting this one belongs to it
  let event = '';
  let data: string[] = [];

  const line = (l: string) => {
    if (l === '') {
      if (data.length > 0) onEvent({ event: event || 'message', data: data.join('\n') });
      event = '';
      data = [];
      return;
    }
    if (l.startsWith(':')) return;
    const colon = l.indexOf(':');
    const field = colon === -1 ? l : l.slice(0, colon);
    let value = colon === -1 ? '' : l.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'event') event = value;
    else if (field === 'data') data.push(value);
  };

  return {
    push(chunk) {
      if (skipLeadingLf && chunk.startsWith('\n')) chunk = chunk.slice(1);
      skipLeadingLf = false;
      buffer += chunk;
      for (;;) {
        const end = buffer.search(/[\r\n]/);
        if (end === -1) break;
        if (buffer[end] === '\r' && end === buffer.length - 1) {
          skipLeadingLf = true; // a \n may follow in the next chunk
          line(buffer.slice(0, end));
          buffer = '';
          break;
        }
        const width = buffer[end] === '\r' && buffer[end + 1] === '\n' ? 2 : 1;
        line(buffer.slice(0, end));
        buffer = buffer.slice(end + width);
      }
    },
  };
}

/**
 * Read a text/event-stream body to its end, calling `onEvent` for each event.
 * `onEvent` returning true stops reading (the stream is cancelled). Resolves
 * when the body ends or reading stopped; rejects when the connection breaks.
 */
export async function readEventStream(
  body: ReadableStream<Uint8Array>,
  onEvent: (e: StreamEvent) => boolean | void,
): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let stop = false;
  const parser = createEventStreamParser((e) => {
    if (!stop && onEvent(e) === true) stop = true;
  });
  try {
    while (!stop) {
      const { done, value } = await reader.read();
      if (done) {
        parser.push(decoder.decode());
        break;
      }
      parser.push(decoder.decode(value, { stream: true }));
    }
  } finally {
    if (stop) await reader.cancel().catch(() => undefined);
    else reader.releaseLock();
  }
}
