import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FLOWS } from '../../testing/contact-center';
import { startHarness } from '../../testing/harness';
import type { Harness } from '../../testing/harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h.close());

interface Flow {
  flow_id: string;
  flow_name: string;
  channel: string;
  status: string;
  entry_points: Array<{ entry_id: string; entry_name: string; entry_number?: string }>;
  flow_versions: Array<{ flow_version: number; flow_version_status: string }>;
}

describe('contact center flows', () => {
  it('lists three published flows, each with its entry points and versions', async () => {
    const list = await h.json<{ flows: Flow[] }>('GET', FLOWS);
    expect(list.flows.map((f) => [f.flow_name, f.channel, f.status, f.entry_points.map((e) => e.entry_name)])).toEqual([
      ['Customer Care', 'voice', 'published', ['Customer Care – Voice']],
      ['APAC Care', 'voice', 'published', ['APAC Care – Voice']],
      ['Web Chat Support', 'messaging', 'published', ['Website Chat']],
    ]);
    expect(list.flows[0]?.flow_versions.map((v) => v.flow_version_status)).toEqual(['archived', 'published']);
    const care = list.flows[0] as Flow;
    expect(await h.json<Flow>('GET', `${FLOWS}/${care.flow_id}`)).toEqual(care);
  });

  it('the voice entry points are the ones a Phone IVR forwards to', async () => {
    const all = await h.json<{ entry_points: Array<{ entry_id: string; channel: string }> }>('GET', '/contact_center/flows_entry_points');
    const care = (await h.json<{ flows: Flow[] }>('GET', FLOWS)).flows[0] as Flow;
    const own = await h.json<{ entry_points: Array<{ entry_id: string; entry_number: string; entry_language: string }>; channel: string }>('GET', `${FLOWS}/${care.flow_id}/entry_points`);
    expect(own).toMatchObject({ channel: 'voice', entry_points: [{ entry_number: '+14155550170', entry_language: 'en-US' }] });
    expect(all.entry_points.filter((e) => e.channel === 'voice').map((e) => e.entry_id)).toContain(own.entry_points[0]?.entry_id);
    expect(all.entry_points.map((e) => e.channel)).toEqual(['voice', 'voice', 'messaging']);
  });

  it('exports a flow as a JSON file naming the sets and queues it uses', async () => {
    const care = (await h.json<{ flows: Flow[] }>('GET', FLOWS)).flows[0] as Flow;
    const res = await h.api('GET', `${FLOWS}/${care.flow_id}/export`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/json');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="Customer_Care.json"');
    const file = (await res.json()) as { flow_id: string; widgets: Array<{ type: string; business_hour_name?: string; closure_set_name?: string; queue_name?: string }> };
    expect(file.flow_id).toBe(care.flow_id);
    expect(file.widgets.map((w) => w.business_hour_name ?? w.closure_set_name ?? w.queue_name ?? w.type)).toEqual([
      'start',
      'send_media',
      'Standard Hours (New York)',
      'US Holidays',
      'Billing Support',
      'Technical Support',
      'Sales Inquiries',
      'disconnect',
    ]);
  });

  it('answers each operation’s documented error for an unknown flow', async () => {
    const expectError = async (path: string, status: number, body: unknown) => {
      const res = await h.api('GET', path);
      expect({ status: res.status, body: await res.json() }).toEqual({ status, body });
    };
    await expectError(`${FLOWS}/nope`, 404, { code: 3201, message: 'Flow does not exist: nope.' });
    await expectError(`${FLOWS}/nope/entry_points`, 404, { code: 3201, message: 'Flow does not exist.' });
    await expectError(`${FLOWS}/nope/export`, 400, { code: 3201, message: 'Flow does not exist: nope latest.' });
  });
});
