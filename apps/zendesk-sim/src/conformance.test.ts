// Conformance, simulator side: every operation the simulator implements is
// called here — well-formed requests that must pass checkRequest, and requests
// that are off on purpose (an unknown id, a refused value, a missing wrapper).
// Each answer must validate against the Zendesk Talk facts (success shapes
// with no undocumented field and none missing that the documents' example
// shows; errors in the documented form with a documented status, or as decided
// in platform/decisions.ts). A new route without samples fails the first test.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkRequest, checkResponse, formatViolations } from '@switchboard/zendesk-facts/conformance';
import type { OperationFact } from '@switchboard/zendesk-facts/facts';
import { allOperations } from '@switchboard/zendesk-facts/load';
import { isDecidedAnswer } from './platform/decisions';
import { groupId, supportMenus } from './testing/fixtures';
import { IVR_PATH, startHarness } from './testing/harness';
import type { Harness } from './testing/harness';

interface Sample {
  path: string;
  body?: unknown;
  status: number;
  /** false: the request is off the documents on purpose (checkRequest must name why) */
  documented?: false;
}

let h: Harness;
let samples: Map<string, Sample[]>;

beforeAll(async () => {
  h = await startHarness();
  const { ivr, main, technical, afterHours } = await supportMenus(h);
  const sales = await groupId(h, 'Sales');
  const i = `${IVR_PATH}/${ivr.id}`;
  const m = `${i}/menus/${main.id}`;
  const key1 = main.routes.find((r) => r.keypress === '1')?.id;
  const key9 = main.routes.find((r) => r.keypress === '9')?.id;
  const scratch = (await h.json<{ ivr: { id: number } }>('POST', IVR_PATH, { ivr: { name: 'Scratch' } })).ivr.id;
  const scratchMenu = (await h.json<{ ivr_menu: { id: number } }>('POST', `${i}/menus`, { ivr_menu: { name: 'Scratch' } })).ivr_menu.id;
  const R = '{ivr_id}/menus/{menu_id}/routes';
  samples = new Map<string, Sample[]>([
    [`GET ${IVR_PATH}`, [{ path: IVR_PATH, status: 200 }, { path: `${IVR_PATH}.json?per_page=1&page=2`, status: 200 }, { path: `${IVR_PATH}?page[size]=1`, status: 200 }]],
    [
      `POST ${IVR_PATH}`,
      [
        { path: IVR_PATH, body: { ivr: { name: 'Conformance', phone_number_ids: [503] } }, status: 201 },
        { path: IVR_PATH, body: { ivr: { name: '' } }, status: 422 },
        { path: IVR_PATH, body: { name: 'No wrapper' }, status: 400, documented: false },
      ],
    ],
    [`GET ${IVR_PATH}/{ivr_id}`, [{ path: i, status: 200 }, { path: `${IVR_PATH}/99999.json`, status: 404 }]],
    [`PUT ${IVR_PATH}/{ivr_id}`, [{ path: `${IVR_PATH}/${scratch}`, body: { ivr: { name: 'Renamed' } }, status: 200 }, { path: `${IVR_PATH}/abc`, body: { ivr: { name: 'x' } }, status: 404, documented: false }]],
    [`DELETE ${IVR_PATH}/{ivr_id}`, [{ path: `${IVR_PATH}/${scratch}`, status: 200 }, { path: `${IVR_PATH}/${scratch}`, status: 404 }]],
    [`GET ${IVR_PATH}/{ivr_id}/menus`, [{ path: `${i}/menus`, status: 200 }, { path: `${i}/menus?page[size]=2`, status: 200 }, { path: `${i}/menus?per_page=0`, status: 400, documented: false }]],
    [`POST ${IVR_PATH}/{ivr_id}/menus`, [{ path: `${i}/menus`, body: { ivr_menu: { name: 'Extra', greeting_id: main.greeting_id } }, status: 201 }, { path: `${i}/menus`, body: { ivr_menu: { name: 'X', greeting_id: 1 } }, status: 422 }]],
    [`GET ${IVR_PATH}/{ivr_id}/menus/{menu_id}`, [{ path: m, status: 200 }, { path: `${IVR_PATH}/${ivr.id}/menus/1`, status: 404 }]],
    [
      `PUT ${IVR_PATH}/{ivr_id}/menus/{menu_id}`,
      [
        { path: `${i}/menus/${technical.id}`, body: { ivr_menu: { name: 'Tech', default: false } }, status: 200 },
        { path: m, body: { ivr_menu: { default: false } }, status: 422 },
        { path: m, body: { ivr_menu: { name: 'Main', routes: [] } }, status: 200, documented: false },
      ],
    ],
    [`DELETE ${IVR_PATH}/{ivr_id}/menus/{menu_id}`, [{ path: `${i}/menus/${scratchMenu}`, status: 200 }, { path: `${i}/menus/${afterHours.id}`, status: 422 }]],
    [`GET ${IVR_PATH}/${R}`, [{ path: `${m}/routes`, status: 200 }, { path: `${m}/routes.json?page[size]=2&page[after]=bogus`, status: 400 }]],
    [
      `POST ${IVR_PATH}/${R}`,
      [
        { path: `${m}/routes`, body: { ivr_route: { keypress: '5', action: 'group', options: { group_ids: [sales] } } }, status: 201 },
        { path: `${m}/routes`, body: { ivr_route: { keypress: '6', action: 'phone_number', options: { phone_number: '+14155550111' }, overflow_options: [] } }, status: 201 },
        { path: `${m}/routes`, body: { ivr_route: { keypress: '5', action: 'menu', options: { menu_id: technical.id } } }, status: 422 },
        { path: `${m}/routes`, body: { ivr_route: { keypress: '7', action: 'hangup', options: {} } }, status: 422, documented: false },
      ],
    ],
    [`GET ${IVR_PATH}/${R}/{route_id}`, [{ path: `${m}/routes/${key1}`, status: 200 }, { path: `${i}/menus/${technical.id}/routes/${key1}`, status: 404 }]],
    [
      `PUT ${IVR_PATH}/${R}/{route_id}`,
      [
        { path: `${m}/routes/${key1}`, body: { ivr_route: { action: 'textback', options: { sms_text: 'Hello' } } }, status: 200 },
        { path: `${m}/routes/${key1}.json`, body: { ivr_route: { keypress: 'default' } }, status: 422 },
        { path: `${m}/routes/${key1}`, body: { ivr_route: { option_text: 'x', keys: '1' } }, status: 200, documented: false },
      ],
    ],
    [`DELETE ${IVR_PATH}/${R}/{route_id}`, [{ path: `${m}/routes/${key9}`, status: 200 }, { path: `${m}/routes/${key9}`, status: 404 }]],
    ['GET /api/v2/groups', [{ path: '/api/v2/groups', status: 200 }, { path: '/api/v2/groups.json?page[size]=2', status: 200 }]],
    ['GET /api/v2/channels/voice/greetings', [{ path: '/api/v2/channels/voice/greetings?per_page=2', status: 200 }]],
  ]);
});
afterAll(async () => h.close());

const implemented = (): OperationFact[] => [...h.sim.app.zendeskSim.operations];

describe('every simulated operation, as the Zendesk Talk facts describe it', () => {
  it('implements every documented operation (plus the decided lists) and has samples for each', () => {
    expect(implemented().map((op) => op.id).sort()).toEqual(allOperations.map((op) => op.id).sort());
    expect(implemented().filter((op) => !samples.has(op.id)).map((op) => op.id)).toEqual([]);
  });

  it('each sample request is documented (or named as not, on purpose) and each answer validates', async () => {
    const problems: string[] = [];
    for (const op of implemented()) {
      for (const sample of samples.get(op.id) ?? []) {
        const [path = '', search = ''] = sample.path.split('?');
        const query = Object.fromEntries(new URLSearchParams(search));
        const violations = checkRequest(allOperations, { method: op.method, path, query, body: sample.body, contentType: sample.body === undefined ? null : 'application/json' });
        if (sample.documented === false && violations.length === 0) problems.push(`${op.id} ${sample.path}: expected checkRequest to name the deliberate mistake`);
        if (sample.documented !== false && violations.length > 0) problems.push(formatViolations(violations));
        const res = await h.api(op.method, sample.path, sample.body);
        const text = await res.text();
        const body: unknown = text ? JSON.parse(text) : undefined;
        if (res.status !== sample.status) problems.push(`${op.id} ${sample.path} → ${res.status}, expected ${sample.status}: ${text.slice(0, 200)}`);
        const decided = res.status >= 400 && isDecidedAnswer(res.status, body);
        for (const p of checkResponse(op, res.status, body)) {
          if (decided && p.problem.startsWith(`status ${res.status} is not a documented error`)) continue;
          problems.push(`${op.id} ${sample.path} → ${res.status}: ${p.field} ${p.problem}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
