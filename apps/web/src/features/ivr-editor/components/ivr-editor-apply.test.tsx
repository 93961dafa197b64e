// Apply followed live: the PUT's server-sent events move each request's row
// from waiting to sending to accepted / refused / not sent, the status region
// counts what was sent, then the verified outcome replaces the rows. A stream
// that breaks before its outcome ends as "unknown" with a reload, never success.
import { describe, expect, it, vi } from 'vitest';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IVR_KEYS, defaultKeyAction } from '@switchboard/zoom-schema/ivr-actions';
import { menuSchema } from '@switchboard/routing-core/ivr/menu';
import type { IvrApplyEventName, IvrPlanResponse, PlannedOp } from '@switchboard/contract/ivr';
import { jsonResponse, renderWithProviders, stubFetch } from '@/testing/render';
import { IvrEditor } from './ivr-editor';
import { setCsrfToken } from '@/lib/api-client';

const menu = menuSchema.parse({
  prompt: { id: null },
  noAction: { repeat: 3, action: -1, target: null },
  keys: Object.fromEntries(IVR_KEYS.map((k) => [k, { action: defaultKeyAction(k), target: null }])),
});

const op = (k: string): PlannedOp => ({
  description: `Key ${k}: repeat the greeting instead of disabled`,
  field: `key:${k}`,
  request: {
    method: 'PATCH',
    path: '/phone/auto_receptionists/ar1/ivr',
    body: { hours_type: 'business_hours', key_action: { key: k, action: 21 } },
  },
});
const ops = ['1', '2', '3'].map(op);

/** A text/event-stream response the test writes into, event by event. */
function eventStream() {
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  const body = new ReadableStream<Uint8Array>({ start: (c) => void (controller = c) });
  const encoder = new TextEncoder();
  const write = (text: string) => act(async () => controller.enqueue(encoder.encode(text)));
  return {
    response: new Response(body, {
      status: 200,
      headers: { 'content-type': 'text/event-stream; charset=utf-8' },
    }),
    send: (event: IvrApplyEventName, data: unknown) =>
      write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`),
    write,
    fail: () => act(async () => controller.error(new TypeError('network error'))),
  };
}

async function setup() {
  const stream = eventStream();
  const fetchStub = stubFetch({
    'GET /api/directory': () => jsonResponse({ items: [] }),
    'POST /api/auto-receptionists/ar1/ivr/plan': () =>
      jsonResponse({ ops, diff: [] } satisfies IvrPlanResponse),
    'PUT /api/auto-receptionists/ar1/ivr': () => stream.response,
  });
  const reloadMenu = vi.fn(async () => ({ menu, version: 'v2' }));
  const onWritten = vi.fn();
  setCsrfToken('csrf-1'); // as sign-in does
  renderWithProviders(
    <IvrEditor
      autoReceptionistId="ar1"
      scope={{ hours: 'business' }}
      menu={menu}
      version="v1"
      reloadMenu={reloadMenu}
      onWritten={onWritten}
      subject="Main Line, business hours menu"
      href="/auto-receptionists/ar1?menu=business"
    />,
  );
  const user = userEvent.setup();
  await user.click(screen.getByRole('button', { name: 'Review changes' }));
  await user.click(await screen.findByRole('button', { name: 'Apply 3 changes' }));
  return { stream, fetchStub, reloadMenu, onWritten, user };
}

const rows = () =>
  within(screen.getByRole('list', { name: /Changes to send to Zoom|Last known state/ }))
    .getAllByRole('listitem')
    .map((li) => [li.dataset.status, li.querySelector('.badge')?.textContent]);
const status = () => screen.getByRole('status').textContent;

describe('IvrEditor apply, followed live', () => {
  it('moves each row as Zoom answers, counts what was sent, then shows the verified outcome', async () => {
    const { stream, fetchStub, onWritten } = await setup();
    const put = fetchStub.calls.find((r) => r.method === 'PUT')!;
    expect(put.headers.get('accept')).toContain('text/event-stream');
    expect(put.headers.get('x-csrf-token')).toBe('csrf-1');
    expect(rows()).toEqual([
      ['pending', 'Waiting'],
      ['pending', 'Waiting'],
      ['pending', 'Waiting'],
    ]);

    await stream.write(': stream open\n\n');
    await stream.send('planned', { ops });
    expect(rows()).toEqual([
      ['sending', 'Sending…'],
      ['pending', 'Waiting'],
      ['pending', 'Waiting'],
    ]);
    expect(status()).toBe('0 of 3 sent.');

    // One event split across two chunks, and two events in one chunk.
    await stream.write('event: op\ndata: {"index":0,"status":"applied","httpSt');
    await stream.write('atus":204,"trackingId":"trk-1"}\n\n');
    expect(rows()).toEqual([
      ['applied', 'Accepted by Zoom (HTTP 204)'],
      ['sending', 'Sending…'],
      ['pending', 'Waiting'],
    ]);
    expect(status()).toBe('1 of 3 sent.');
    expect(screen.getByText('trk-1')).toBeTruthy();

    await stream.write(
      'event: op\ndata: {"index":1,"status":"failed","httpStatus":500,"trackingId":"trk-2","error":"Internal Error."}\n\n' +
        'event: op\ndata: {"index":2,"status":"skipped","trackingId":null}\n\n',
    );
    expect(rows()).toEqual([
      ['applied', 'Accepted by Zoom (HTTP 204)'],
      ['failed', 'Refused by Zoom (HTTP 500)'],
      ['skipped', 'Not sent'],
    ]);
    expect(screen.getByText('Zoom said: Internal Error.')).toBeTruthy();
    expect(status()).toBe('2 of 3 sent. Zoom refused one; the rest will not be sent.');

    await stream.send('verifying', {});
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(
      'Reading the menu back from Zoom…',
    );
    expect(status()).toMatch(/^2 of 3 sent\. Reading the menu back from Zoom/);

    await stream.send('outcome', {
      outcome: 'partial',
      ops: [
        { ...ops[0]!, status: 'applied', httpStatus: 204, trackingId: 'trk-1' },
        { ...ops[1]!, status: 'failed', httpStatus: 500, trackingId: 'trk-2', error: 'Internal Error.' },
        { ...ops[2]!, status: 'skipped', trackingId: null },
      ],
      mismatches: [],
      auditId: 'a1',
      message: '1 of 3 changes landed.',
    });
    expect(
      await screen.findByRole('heading', { name: 'Only 1 of 3 changes reached Zoom' }),
    ).toBeTruthy();
    expect(onWritten).toHaveBeenCalledOnce();
  });

  it('a stream that breaks before its outcome says the result is unknown and offers to reload, never success', async () => {
    const { stream, reloadMenu, onWritten, user } = await setup();
    await stream.send('planned', { ops });
    await stream.send('op', { index: 0, status: 'applied', httpStatus: 204, trackingId: 'trk-1' });
    await stream.fail();

    expect(await screen.findByRole('heading', { name: 'The outcome is unknown' })).toBeTruthy();
    expect(rows()).toEqual([
      ['applied', 'Accepted by Zoom (HTTP 204)'],
      ['unknown', 'No answer received'],
      ['unknown', 'No answer received'],
    ]);
    expect(document.body.textContent).toMatch(/not known which changes Zoom kept/);
    expect(document.body.textContent).not.toMatch(/\bsaved\b|landed:|confirms/i);
    expect(onWritten).toHaveBeenCalledOnce(); // cached menus may be stale now

    await user.click(screen.getByRole('button', { name: 'Reload the menu from Zoom' }));
    expect(reloadMenu).toHaveBeenCalledOnce();
    expect(await screen.findByRole('form', { name: 'Menu editor' })).toBeTruthy();
  });

  it('an error event from the server is an unknown outcome with its sentence', async () => {
    const { stream } = await setup();
    await stream.send('planned', { ops });
    await stream.send('error', {
      error: { code: 'internal', message: 'Switchboard stopped before it could report the outcome.' },
    });
    expect(await screen.findByRole('heading', { name: 'The outcome is unknown' })).toBeTruthy();
    expect(screen.getByText('Switchboard stopped before it could report the outcome.')).toBeTruthy();
  });
});
