import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CLOSURES, closureSetNamed, queueNamed } from '../../testing/contact-center';
import type { CcClosure, CcClosureSet } from '../../testing/contact-center';
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

const closure = (fields: Partial<CcClosure> & Record<string, unknown>) => ({
  closure_name: 'Closure',
  closure_hour_type: 2,
  start_time: '2027-03-01T09:00:00-05:00',
  end_time: '2027-03-01T10:00:00-05:00',
  recurring_frequency: 0,
  ...fields,
});
let sets = 0;
const create = (closures: unknown[], extra: Record<string, unknown> = {}) =>
  h.api('POST', CLOSURES, { closure_set_name: `Test set ${++sets}`, timezone: 'America/New_York', closures, ...extra });
const refusal = async (res: Response) => ({ status: res.status, body: (await res.json()) as { code: number; message: string } });

describe('closure sets', () => {
  it('holds Christmas Day recurring annually on 25 Dec in New York exactly in the documented shape', async () => {
    const us = await closureSetNamed(h, 'US Holidays');
    expect(us).toMatchObject({ timezone: 'America/New_York', account_default: true });
    const christmas = us.closures.find((c) => c.closure_name === 'Christmas Day');
    expect(christmas).toEqual({
      closure_id: christmas?.closure_id,
      closure_name: 'Christmas Day',
      closure_hour_type: 1,
      start_time: '2026-12-25T00:00:00-05:00',
      end_time: '2026-12-25T23:59:59-05:00',
      recurring_frequency: 1,
      recurring_frequency_type: 1,
      recurring_month: 12,
    });
    // Sydney is at +11:00 in its summer.
    const au = await closureSetNamed(h, 'Australia Public Holidays');
    expect(au.closures.find((c) => c.closure_name === 'Christmas Day')?.start_time).toBe('2026-12-25T00:00:00+11:00');
    // The fourth Thursday of November.
    expect(us.closures.find((c) => c.closure_name === 'Thanksgiving')).toMatchObject({ recurring_frequency: 1, recurring_frequency_type: 2, recurring_month: 11, recurring_week_interval: 4, recurring_days_of_week: ['4'] });
  });

  it('reads every recurrence back with exactly the fields the documents return for it', async () => {
    const res = await create([
      closure({ closure_name: 'Once', recurring_frequency_type: 1, recurring_month: 3, recurring_days_of_week: ['1'] }),
      closure({ closure_name: 'Yearly specific', closure_hour_type: 1, start_time: '2027-07-04T00:00:00-04:00', end_time: '2027-07-04T23:59:59-04:00', recurring_frequency: 1, recurring_frequency_type: 1 }),
      closure({ closure_name: 'Yearly customized', recurring_frequency: 1, recurring_frequency_type: 2, recurring_month: 5, recurring_week_interval: 5, recurring_days_of_week: ['1'] }),
      closure({ closure_name: 'Monthly specific', recurring_frequency: 2, recurring_frequency_type: 1, recurring_week_interval: 2 }),
      closure({ closure_name: 'Monthly customized', recurring_frequency: 2, recurring_frequency_type: 2, recurring_week_interval: 1, recurring_days_of_week: ['2'] }),
      closure({ closure_name: 'Weekly specific', recurring_frequency: 3, recurring_frequency_type: 1, recurring_days_of_week: ['1'] }),
      closure({ closure_name: 'Weekly customized', recurring_frequency: 3, recurring_frequency_type: 2, recurring_week_interval: 12, recurring_days_of_week: ['5', '1', '3'] }),
    ]);
    expect(res.status).toBe(201);
    const set = (await res.json()) as CcClosureSet;
    const shapes = set.closures.map(({ closure_id: _id, start_time: _s, end_time: _e, closure_hour_type: _t, ...rest }) => rest);
    expect(shapes).toEqual([
      { closure_name: 'Once', recurring_frequency: 0 },
      { closure_name: 'Yearly specific', recurring_frequency: 1, recurring_frequency_type: 1, recurring_month: 7 },
      { closure_name: 'Yearly customized', recurring_frequency: 1, recurring_frequency_type: 2, recurring_month: 5, recurring_week_interval: 5, recurring_days_of_week: ['1'] },
      { closure_name: 'Monthly specific', recurring_frequency: 2, recurring_frequency_type: 1 },
      { closure_name: 'Monthly customized', recurring_frequency: 2, recurring_frequency_type: 2, recurring_week_interval: 1, recurring_days_of_week: ['2'] },
      { closure_name: 'Weekly specific', recurring_frequency: 3, recurring_frequency_type: 1, recurring_days_of_week: ['1'] },
      { closure_name: 'Weekly customized', recurring_frequency: 3, recurring_frequency_type: 2, recurring_week_interval: 12, recurring_days_of_week: ['1', '3', '5'] },
    ]);
    expect(await h.json<CcClosureSet>('GET', `${CLOSURES}/${set.closure_set_id}`)).toEqual({ ...set });
  });

  it('takes times with Z as UTC instants and refuses an offset the zone does not have then (3712)', async () => {
    const res = await create([closure({ start_time: '2027-01-10T14:00:00Z', end_time: '2027-01-10T15:00:00Z' })]);
    const set = (await res.json()) as CcClosureSet;
    expect(set.closures[0]).toMatchObject({ start_time: '2027-01-10T09:00:00-05:00', end_time: '2027-01-10T10:00:00-05:00' });
    // The documents' own example: -04:00 is not New York's offset in January.
    const example = await create([closure({ start_time: '2023-01-01T00:00:00-04:00', end_time: '2023-02-01T00:00:00-04:00' })]);
    expect(await refusal(example)).toEqual({
      status: 400,
      body: { code: 3712, message: 'The `start_time` and `end_time` must match the `timezone`: 2023-01-01T00:00:00-04:00/2023-02-01T00:00:00-04:00.' },
    });
    // In July it is.
    expect((await create([closure({ start_time: '2027-07-01T09:00:00-04:00', end_time: '2027-07-01T10:00:00-04:00' })])).status).toBe(201);
  });

  it('refuses recurrences as documented (3703–3714)', async () => {
    const cases: Array<[Record<string, unknown>, number]> = [
      [{ end_time: '2027-03-01T08:00:00-05:00' }, 3703],
      [{ recurring_frequency: 1 }, 3704],
      [{ recurring_frequency: 1, recurring_frequency_type: 1, end_time: '2028-01-01T10:00:00-05:00' }, 3705],
      [{ recurring_frequency: 2, recurring_frequency_type: 1, end_time: '2027-04-01T10:00:00-04:00' }, 3706],
      [{ recurring_frequency: 3, recurring_frequency_type: 1, recurring_days_of_week: ['1'], end_time: '2027-03-08T10:00:00-05:00' }, 3707],
      [{ recurring_frequency: 2, recurring_frequency_type: 2, recurring_days_of_week: ['1'] }, 3708],
      [{ recurring_frequency: 2, recurring_frequency_type: 2, recurring_week_interval: 1 }, 3709],
      [{ recurring_frequency: 1, recurring_frequency_type: 2, recurring_week_interval: 1, recurring_days_of_week: ['1'] }, 3710],
      [{ recurring_frequency: 2, recurring_frequency_type: 2, recurring_week_interval: 6, recurring_days_of_week: ['1'] }, 3711],
      [{ recurring_frequency: 3, recurring_frequency_type: 2, recurring_week_interval: 1, recurring_days_of_week: ['8'] }, 3714],
      [{ recurring_frequency: 3, recurring_frequency_type: 2, recurring_week_interval: 13, recurring_days_of_week: ['1'] }, 300],
      [{ start_time: '2027-02-30T09:00:00-05:00' }, 300],
    ];
    for (const [fields, code] of cases) {
      const res = await create([closure(fields)]);
      expect({ fields, status: res.status, code: ((await res.json()) as { code: number }).code }).toEqual({ fields, status: 400, code });
    }
    expect((await refusal(await create([closure({}), closure({ closure_name: 'closure' })])))).toEqual({
      status: 400,
      body: { code: 3702, message: 'The closure name has already been duplicated: closure.' },
    });
    expect((await refusal(await h.api('POST', CLOSURES, { closure_set_name: 'US Holidays', timezone: 'UTC', closures: [closure({})] })))).toEqual({
      status: 400,
      body: { code: 3603, message: 'The name already exists.' },
    });
    expect((await refusal(await h.api('POST', CLOSURES, { closure_set_name: 'x', timezone: 'Nowhere/City', closures: [closure({})] }))).body.code).toBe(3602);
  });

  it('updates by closure_id, adds, deletes with to_delete, and keeps what it does not name', async () => {
    const us = await closureSetNamed(h, 'US Holidays');
    const byName = (name: string) => us.closures.find((c) => c.closure_name === name) as CcClosure;
    const res = await h.api('PATCH', `${CLOSURES}/${us.closure_set_id}`, {
      closure_set_name: 'US Holidays',
      timezone: 'America/New_York',
      closures: [
        { closure_id: byName('Company offsite').closure_id, to_delete: true },
        { closure_id: byName('Independence Day').closure_id, closure_name: 'Fourth of July' },
        closure({ closure_name: 'Inventory day', start_time: '2027-02-01T08:00:00-05:00', end_time: '2027-02-01T12:00:00-05:00' }),
      ],
    });
    expect(res.status).toBe(204);
    const after = await h.json<CcClosureSet>('GET', `${CLOSURES}/${us.closure_set_id}`);
    expect(after.closures.map((c) => c.closure_name)).toEqual(['Christmas Day', "New Year's Day", 'Fourth of July', 'Thanksgiving', 'Inventory day']);
    expect(after.closures[2]).toMatchObject({ closure_id: byName('Independence Day').closure_id, start_time: '2026-07-04T00:00:00-04:00', recurring_month: 7 });

    const patch = (closures: unknown[]) => h.api('PATCH', `${CLOSURES}/${us.closure_set_id}`, { closure_set_name: 'US Holidays', timezone: 'America/New_York', closures });
    const id = byName('Christmas Day').closure_id;
    expect((await refusal(await patch([{ closure_id: id }, { closure_id: id }]))).body).toEqual({ code: 3901, message: `The closure id has already been duplicated: ${id}.` });
    expect((await refusal(await patch([{ closure_id: 'nope' }]))).body).toEqual({ code: 3902, message: 'Closure does not exist: nope.' });
    expect((await refusal(await patch([{ closure_name: 'No type' }]))).body.code).toBe(3903);
    expect((await refusal(await patch([{ closure_hour_type: 1 }]))).body.code).toBe(3904);
    expect((await refusal(await patch([{ closure_hour_type: 1, closure_name: 'x' }]))).body.code).toBe(3905);
    const all = after.closures.map((c) => ({ closure_id: c.closure_id, to_delete: true }));
    expect((await refusal(await patch(all))).body).toEqual({ code: 3908, message: 'Every closure set has at least one closure item.' });
    const unknown = await h.api('PATCH', `${CLOSURES}/nope`, { closure_set_name: 'x', timezone: 'UTC', closures: [] });
    expect(await refusal(unknown)).toEqual({ status: 404, body: { code: 3701, message: 'Closure set does not exist: nope.' } });
  });

  it('keeps the default; deleting another set moves its queues to the default; dropWrites changes nothing', async () => {
    const us = await closureSetNamed(h, 'US Holidays');
    expect((await refusal(await h.api('DELETE', `${CLOSURES}/${us.closure_set_id}`))).body).toEqual({ code: 3713, message: 'The closures of account default cannot be deleted.' });
    const au = await closureSetNamed(h, 'Australia Public Holidays');
    const queues = await h.json<{ queues: Array<{ queue_name: string }> }>('GET', `${CLOSURES}/${au.closure_set_id}/queues`);
    expect(queues.queues.map((q) => q.queue_name)).toEqual(['APAC Support']);
    const flows = await h.json<{ flows: Array<{ flow_name: string }> }>('GET', `${CLOSURES}/${au.closure_set_id}/flows`);
    expect(flows.flows.map((f) => f.flow_name)).toEqual(['APAC Care']);

    await h.control('POST', '/faults', { dropWrites: true });
    expect((await h.api('DELETE', `${CLOSURES}/${au.closure_set_id}`)).status).toBe(204);
    expect((await h.api('GET', `${CLOSURES}/${au.closure_set_id}`)).status).toBe(200);
    await h.control('DELETE', '/faults');

    expect((await h.api('DELETE', `${CLOSURES}/${au.closure_set_id}`)).status).toBe(204);
    expect(await refusal(await h.api('GET', `${CLOSURES}/${au.closure_set_id}`))).toEqual({ status: 404, body: { code: 3701, message: `Closures set does not exist: ${au.closure_set_id}.` } });
    const apac = await queueNamed(h, 'APAC Support');
    const hours = await h.json<{ closure_set_name: string; account_default_closure_set: boolean }>('GET', `/contact_center/queues/${apac.queue_id}/operating_hours`);
    expect(hours).toMatchObject({ closure_set_name: 'US Holidays', account_default_closure_set: true });
  });
});
