// Follow a background job's server-sent events (GET /api/jobs/:id/events)
// until `done`; returns the events seen, in order.
import type { BenchBff } from './ivr-support';

export async function followJob(bff: BenchBff, jobId: string): Promise<{ event: string; data: unknown }[]> {
  const res = await fetch(`${bff.url}/api/jobs/${jobId}/events`, { headers: { cookie: bff.cookie } });
  const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
  const events: { event: string; data: unknown }[] = [];
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return events;
    buffer += value;
    let cut: number;
    while ((cut = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, cut).split('\n');
      buffer = buffer.slice(cut + 2);
      const name = block.find((l) => l.startsWith('event: '))?.slice(7);
      const data = block.find((l) => l.startsWith('data: '))?.slice(6);
      if (name && data) events.push({ event: name, data: JSON.parse(data) as unknown });
      if (name === 'done') {
        await reader.cancel();
        return events;
      }
    }
  }
}
