import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { assetNamed, BUSINESS_HOURS, businessHoursNamed, closureSetNamed, QUEUES, queueNamed } from '../../testing/contact-center';
import type { CcQueue } from '../../testing/contact-center';
import { startHarness } from '../../testing/harness';
import type { Harness } from '../../testing/harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h.close());
beforeEach(async () => {
  await h.control('POST', '/reset');
});

interface OperatingHours {
  business_hour_id: string;
  business_hour_name: string;
  account_default_business_hour: boolean;
  closure_set_id?: string;
  closure_set_name?: string;
  account_default_closure_set?: boolean;
  operating_hours_overflow_enabled?: boolean;
  overflow_to_default_goodbye_message?: boolean;
  overflow_to_goodbye_message_asset_id?: string;
  overflow_to_goodbye_message_asset_name?: string;
  overflow_to_queue_id?: string;
  overflow_to_queue_name?: string;
}

const hoursOf = (q: CcQueue) => h.json<OperatingHours>('GET', `${QUEUES}/${q.queue_id}/operating_hours`);
const patch = (q: CcQueue, body: unknown) => h.api('PATCH', `${QUEUES}/${q.queue_id}/operating_hours`, body);

describe('contact center queues', () => {
  it('lists five queues; a queue is found by its task queue id or its Contact Center queue id', async () => {
    const list = await h.json<{ queues: CcQueue[]; total_records: number }>('GET', QUEUES);
    expect(list.queues.map((q) => `${q.queue_name} (${q.channel})`)).toEqual([
      'Billing Support (voice)',
      'Technical Support (voice)',
      'Sales Inquiries (voice)',
      'APAC Support (voice)',
      'Web Chat (messaging)',
    ]);
    const billing = list.queues[0] as CcQueue;
    const byTask = await h.json<{ queue_name: string }>('GET', `${QUEUES}/${billing.queue_id}`);
    const byCc = await h.json<{ queue_name: string }>('GET', `${QUEUES}/${billing.cc_queue_id}`);
    expect(byTask).toEqual(byCc);
    const missing = await h.api('GET', `${QUEUES}/nope/operating_hours`);
    expect({ status: missing.status, body: await missing.json() }).toEqual({ status: 404, body: { code: 1201, message: 'Queue does not exist: nope.' } });
  });

  it('reads operating hours: the default followed, a chosen set, or no closure set', async () => {
    expect(await hoursOf(await queueNamed(h, 'Billing Support'))).toMatchObject({
      business_hour_name: 'Standard Hours (New York)',
      account_default_business_hour: true,
      closure_set_name: 'US Holidays',
      account_default_closure_set: true,
      overflow_to_goodbye_message_asset_name: 'Closed goodbye',
    });
    const technical = await hoursOf(await queueNamed(h, 'Technical Support'));
    expect(technical).toMatchObject({ business_hour_name: 'Around the Clock', account_default_business_hour: false, account_default_closure_set: false });
    expect(technical.closure_set_id).toBeUndefined();
    expect(await hoursOf(await queueNamed(h, 'Sales Inquiries'))).toMatchObject({ overflow_to_queue_name: 'Billing Support' });
  });

  it('assigns business hours and a closure set; read back, the queue shows in the sets’ queue lists', async () => {
    const technical = await queueNamed(h, 'Technical Support');
    const sydney = await businessHoursNamed(h, 'Extended Support (Sydney)');
    const au = await closureSetNamed(h, 'Australia Public Holidays');
    const res = await patch(technical, { operating_hours_business_hour_id: sydney.business_hour_id, operating_hours_closure_set_id: au.closure_set_id });
    expect(res.status).toBe(204);
    expect(await hoursOf(technical)).toMatchObject({
      business_hour_id: sydney.business_hour_id,
      account_default_business_hour: false,
      closure_set_id: au.closure_set_id,
      account_default_closure_set: false,
    });
    const listed = await h.json<{ queues: Array<{ queue_id: string }> }>('GET', `${BUSINESS_HOURS}/${sydney.business_hour_id}/queues`);
    expect(listed.queues.map((q) => q.queue_id)).toContain(technical.queue_id);

    // Following the default: when the default changes, so do the queue's hours.
    await patch(technical, { account_default_business_hour: true });
    await h.api('PATCH', `${BUSINESS_HOURS}/${sydney.business_hour_id}`, { account_default: true });
    expect(await hoursOf(technical)).toMatchObject({ business_hour_id: sydney.business_hour_id, account_default_business_hour: true });
  });

  it('refuses unknown sets and overflow targets, and more than one overflow field at a time', async () => {
    const billing = await queueNamed(h, 'Billing Support');
    const cases: Array<[unknown, number, string]> = [
      [{ operating_hours_business_hour_id: 'nope' }, 3601, 'Business hour does not exist: nope.'],
      [{ operating_hours_closure_set_id: 'nope' }, 3701, 'Closure set does not exist: nope.'],
      [{ overflow_to_queue_id: 'nope' }, 300, 'The overflow target does not exist: nope.'],
      [{ overflow_to_queue_id: billing.queue_id }, 300, `The overflow target does not exist: ${billing.queue_id}.`],
      [{ overflow_to_default_goodbye_message: true, overflow_to_flow_id: 'x' }, 300, 'Only one overflow field can be updated at a time.'],
    ];
    for (const [body, code, message] of cases) {
      const res = await patch(billing, body);
      expect({ status: res.status, body: await res.json() }).toEqual({ status: 400, body: { code, message } });
    }
    // Setting one overflow target clears the others.
    const goodbye = await assetNamed(h, 'Closed – after hours');
    expect((await patch(billing, { overflow_to_goodbye_message_asset_id: goodbye.asset_id })).status).toBe(204);
    expect((await patch(billing, { overflow_to_default_goodbye_message: true })).status).toBe(204);
    const after = await hoursOf(billing);
    expect(after.overflow_to_default_goodbye_message).toBe(true);
    expect(after.overflow_to_goodbye_message_asset_id).toBeUndefined();
  });

  it('dropWrites: an operating-hours update answers 204 and nothing changes', async () => {
    const billing = await queueNamed(h, 'Billing Support');
    const before = await hoursOf(billing);
    const sydney = await businessHoursNamed(h, 'Extended Support (Sydney)');
    await h.control('POST', '/faults', { dropWrites: true });
    const res = await patch(billing, { operating_hours_business_hour_id: sydney.business_hour_id });
    expect(res.status).toBe(204);
    expect(await hoursOf(billing)).toEqual(before);
    // Validation still runs first.
    expect((await patch(billing, { operating_hours_business_hour_id: 'nope' })).status).toBe(400);
  });

  it('an injected error on the update fails it and changes nothing', async () => {
    const billing = await queueNamed(h, 'Billing Support');
    const before = await hoursOf(billing);
    await h.control('POST', '/faults', { status: 500, match: { method: 'PATCH', pathPrefix: '/contact_center/queues' }, times: 1 });
    const sydney = await businessHoursNamed(h, 'Extended Support (Sydney)');
    const res = await patch(billing, { operating_hours_business_hour_id: sydney.business_hour_id });
    expect({ status: res.status, body: await res.json() }).toEqual({ status: 500, body: { code: 500, message: 'Internal Error.' } });
    expect(await hoursOf(billing)).toEqual(before);
  });
});
