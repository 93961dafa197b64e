import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { BUSINESS_HOURS, businessHoursNamed } from '../../testing/contact-center';
import type { CcBusinessHours, CcPage } from '../../testing/contact-center';
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

const mondayToFriday = (ranges: Array<[string, string]>) =>
  [1, 2, 3, 4, 5].map((day) => ({ day_of_week: day, custom_hour_type: 2, custom_hour_ranges: ranges.map(([start_time, end_time]) => ({ start_time, end_time })) }));

describe('business hours', () => {
  it('lists the seeded sets with counts; one is the account default', async () => {
    const list = await h.json<CcPage & { business_hours: CcBusinessHours[] }>('GET', BUSINESS_HOURS);
    expect(list.business_hours.map((b) => b.business_hour_name)).toEqual(['Standard Hours (New York)', 'Extended Support (Sydney)', 'Around the Clock']);
    expect(list.business_hours.filter((b) => b.account_default).map((b) => b.business_hour_name)).toEqual(['Standard Hours (New York)']);
    expect(list).toMatchObject({ next_page_token: '', page_size: 30, total_records: 3 });
    const standard = list.business_hours[0];
    expect(standard).toMatchObject({ timezone: 'America/New_York', queues_count: 3, flows_count: 2 });
    // All seven days, Monday first; several ranges a day; Sunday disabled.
    expect(standard?.hours.custom_hours?.map((d) => d.day_of_week)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(standard?.hours.custom_hours?.[0]?.custom_hour_ranges).toEqual([
      { start_time: '09:00', end_time: '12:00' },
      { start_time: '13:00', end_time: '17:30' },
    ]);
    expect(standard?.hours.custom_hours?.[6]).toEqual({ day_of_week: 7, custom_hour_type: 0 });
    expect((await businessHoursNamed(h, 'Around the Clock')).hours).toEqual({ hour_type: 1 });
  });

  it('holds Monday 09:00–17:00 as day_of_week 1 and reads it back so (create, get, update, delete)', async () => {
    const res = await h.api('POST', BUSINESS_HOURS, {
      business_hour_name: 'Monday only',
      business_hour_description: 'One day',
      timezone: 'Europe/Paris',
      hours: { hour_type: 2, custom_hours: [{ day_of_week: 1, custom_hour_type: 2, custom_hour_ranges: [{ start_time: '09:00', end_time: '17:00' }] }] },
    });
    expect(res.status).toBe(201);
    const created = (await res.json()) as CcBusinessHours;
    expect(created).toMatchObject({ business_hour_name: 'Monday only', business_hour_description: 'One day', timezone: 'Europe/Paris', account_default: false });
    const got = await h.json<CcBusinessHours>('GET', `${BUSINESS_HOURS}/${created.business_hour_id}`);
    expect(got.hours.custom_hours?.[0]).toEqual({ day_of_week: 1, custom_hour_type: 2, custom_hour_ranges: [{ start_time: '09:00', end_time: '17:00' }] });
    // Days not sent on create are disabled.
    expect(got.hours.custom_hours?.slice(1).every((d) => d.custom_hour_type === 0 && d.custom_hour_ranges === undefined)).toBe(true);

    // An update replaces the days it sends; the others keep theirs.
    const patch = await h.api('PATCH', `${BUSINESS_HOURS}/${created.business_hour_id}`, {
      business_hour_name: 'Monday and Sunday',
      hours: { hour_type: 2, custom_hours: [{ day_of_week: 7, custom_hour_type: 2, custom_hour_ranges: [{ start_time: '14:00', end_time: '16:00' }, { start_time: '10:00', end_time: '12:00' }] }] },
    });
    expect(patch.status).toBe(204);
    const after = await h.json<CcBusinessHours>('GET', `${BUSINESS_HOURS}/${created.business_hour_id}`);
    expect(after.business_hour_name).toBe('Monday and Sunday');
    expect(after.hours.custom_hours?.[0]?.custom_hour_ranges).toEqual([{ start_time: '09:00', end_time: '17:00' }]);
    expect(after.hours.custom_hours?.[6]?.custom_hour_ranges).toEqual([
      { start_time: '10:00', end_time: '12:00' },
      { start_time: '14:00', end_time: '16:00' },
    ]);

    // 24/7 keeps the week aside; back to custom hours, it returns.
    await h.api('PATCH', `${BUSINESS_HOURS}/${created.business_hour_id}`, { hours: { hour_type: 1 } });
    expect((await h.json<CcBusinessHours>('GET', `${BUSINESS_HOURS}/${created.business_hour_id}`)).hours).toEqual({ hour_type: 1 });
    await h.api('PATCH', `${BUSINESS_HOURS}/${created.business_hour_id}`, { hours: { hour_type: 2 } });
    expect((await h.json<CcBusinessHours>('GET', `${BUSINESS_HOURS}/${created.business_hour_id}`)).hours.custom_hours?.[6]?.custom_hour_type).toBe(2);

    expect((await h.api('DELETE', `${BUSINESS_HOURS}/${created.business_hour_id}`)).status).toBe(204);
    const gone = await h.api('GET', `${BUSINESS_HOURS}/${created.business_hour_id}`);
    expect(gone.status).toBe(404);
    expect(await gone.json()).toEqual({ code: 3601, message: `Business hour does not exist: ${created.business_hour_id}.` });
  });

  it('refuses what the documents refuse, with their codes', async () => {
    const cases: Array<[unknown, number, string]> = [
      [{ business_hour_name: 'x', timezone: 'Mars/Olympus', hours: { hour_type: 1 } }, 3602, 'Timezone does not exist.'],
      [{ business_hour_name: 'x', timezone: 'UTC', hours: { hour_type: 2, custom_hours: [] } }, 3604, 'The `custom_hours` should not be empty when the `hour_type` is `Custom hours`.'],
      [{ business_hour_name: 'x', timezone: 'UTC', hours: { hour_type: 2, custom_hours: [{ day_of_week: 2, custom_hour_type: 2 }] } }, 3607, 'The `custom_hour_ranges` should not be empty when the `custom_hour_type` is `Customized hours`.'],
      [{ business_hour_name: 'x', timezone: 'UTC', hours: { hour_type: 2, custom_hours: mondayToFriday([['17:00', '09:00']]) } }, 3608, 'The `end_time` 09:00 should not be earlier than the `start_time` 17:00.'],
      // The create enum has no 0 (disabled): days not sent are disabled instead.
      [{ business_hour_name: 'x', timezone: 'UTC', hours: { hour_type: 2, custom_hours: [{ day_of_week: 1, custom_hour_type: 0 }] } }, 300, 'Validation failed.'],
      [{ business_hour_name: 'x', timezone: 'UTC', hours: { hour_type: 2, custom_hours: [{ day_of_week: 8, custom_hour_type: 1 }] } }, 300, 'Validation failed.'],
      [{ business_hour_name: 'x', timezone: 'UTC', hours: { hour_type: 2, custom_hours: mondayToFriday([['09:00', '12:00'], ['11:00', '13:00']]) } }, 300, 'Validation failed.'],
      [{ timezone: 'UTC', hours: { hour_type: 1 } }, 300, 'Validation failed.'],
    ];
    for (const [body, code, message] of cases) {
      const res = await h.api('POST', BUSINESS_HOURS, body);
      expect({ status: res.status, body: await res.json() }).toEqual({ status: 400, body: { code, message } });
    }
  });

  it('one default: a new default replaces the old; the default cannot be made non-default or deleted', async () => {
    const standard = await businessHoursNamed(h, 'Standard Hours (New York)');
    const sydney = await businessHoursNamed(h, 'Extended Support (Sydney)');
    const nonDefault = await h.api('PATCH', `${BUSINESS_HOURS}/${standard.business_hour_id}`, { account_default: false });
    expect({ status: nonDefault.status, body: await nonDefault.json() }).toEqual({ status: 400, body: { code: 3611, message: "Can't update default business hours to be non-default." } });
    const del = await h.api('DELETE', `${BUSINESS_HOURS}/${standard.business_hour_id}`);
    expect({ status: del.status, body: await del.json() }).toEqual({ status: 400, body: { code: 3612, message: 'The business hours of account default cannot be deleted.' } });

    expect((await h.api('PATCH', `${BUSINESS_HOURS}/${sydney.business_hour_id}`, { account_default: true })).status).toBe(204);
    expect((await businessHoursNamed(h, 'Extended Support (Sydney)')).account_default).toBe(true);
    expect((await businessHoursNamed(h, 'Standard Hours (New York)')).account_default).toBe(false);
  });

  it('lists the queues and flows that use a set; deleting a set moves them to the default', async () => {
    const standard = await businessHoursNamed(h, 'Standard Hours (New York)');
    const queues = await h.json<{ queues: Array<{ queue_name: string; queue_id: string; cc_queue_id: string }> }>('GET', `${BUSINESS_HOURS}/${standard.business_hour_id}/queues`);
    // Billing Support and Web Chat follow the default; Sales Inquiries chose it.
    expect(queues.queues.map((q) => q.queue_name).sort()).toEqual(['Billing Support', 'Sales Inquiries', 'Web Chat']);
    const flows = await h.json<{ flows: Array<{ flow_name: string }> }>('GET', `${BUSINESS_HOURS}/${standard.business_hour_id}/flows`);
    expect(flows.flows.map((f) => f.flow_name)).toEqual(['Customer Care', 'Web Chat Support']);

    const sydney = await businessHoursNamed(h, 'Extended Support (Sydney)');
    expect((await h.api('DELETE', `${BUSINESS_HOURS}/${sydney.business_hour_id}`)).status).toBe(204);
    const after = await h.json<{ queues: Array<{ queue_name: string }> }>('GET', `${BUSINESS_HOURS}/${standard.business_hour_id}/queues`);
    expect(after.queues.map((q) => q.queue_name)).toContain('APAC Support');

    const missing = await h.api('GET', `${BUSINESS_HOURS}/nope/queues`);
    expect({ status: missing.status, body: await missing.json() }).toEqual({ status: 404, body: { code: 3601, message: 'Business hours do not exist: nope.' } });
  });

  it('dropWrites: an update answers 204 and changes nothing', async () => {
    const standard = await businessHoursNamed(h, 'Standard Hours (New York)');
    await h.control('POST', '/faults', { dropWrites: true });
    const res = await h.api('PATCH', `${BUSINESS_HOURS}/${standard.business_hour_id}`, { business_hour_name: 'Dropped' });
    expect(res.status).toBe(204);
    expect((await h.json<CcBusinessHours>('GET', `${BUSINESS_HOURS}/${standard.business_hour_id}`)).business_hour_name).toBe('Standard Hours (New York)');
  });
});
