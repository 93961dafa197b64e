import { describe, expect, it } from 'vitest';
import { checkRequest, checkResponse, formatViolations } from './conformance';
import { allOperations, contactCenterFacts, phoneFacts } from './load';
import { op } from './test-support';

const ivrPath = '/v2/phone/auto_receptionists/ar1/ivr';
const ivrId = 'PATCH /phone/auto_receptionists/{autoReceptionistId}/ivr';

describe('checkRequest', () => {
  it('the forum bug: key_actions is not a documented field of the IVR PATCH body', () => {
    const body = { key_actions: [{ key: '1', action: 2, target: { extension_id: 'ext1' } }] };
    const violations = checkRequest(allOperations, {
      method: 'PATCH',
      path: `${ivrPath}?hours_type=business_hours`,
      query: { hours_type: 'business_hours' },
      body,
    });
    expect(violations).toEqual([
      {
        operation: ivrId,
        in: 'query',
        field: 'hours_type',
        problem: 'is not a documented query parameter',
      },
      { operation: ivrId, in: 'body', field: 'key_actions', problem: 'is not a documented field' },
    ]);
    expect(formatViolations(violations)).toBe(
      `${ivrId}: query parameter hours_type is not a documented query parameter\n` +
        `${ivrId}: body field key_actions is not a documented field`,
    );
  });

  it('a documented IVR PATCH body passes', () => {
    const body = {
      hours_type: 'business_hours',
      key_action: { key: '1', action: 2, target: { extension_id: 'ext1' } },
      caller_enters_no_action: { action: -1, audio_prompt_repeat: 3 },
    };
    expect(
      checkRequest(allOperations, {
        method: 'PATCH',
        path: ivrPath,
        query: {},
        body,
        contentType: 'application/json',
      }),
    ).toEqual([]);
  });

  it('names nested undocumented fields and enum breaks', () => {
    const body = {
      key_action: { key: '1', target: { extension_id: 'e', greeting_id: 'g' } },
      caller_enters_no_action: { audio_prompt_repeat: 4 },
    };
    const text = formatViolations(
      checkRequest(allOperations, { method: 'PATCH', path: ivrPath, query: {}, body }),
    );
    expect(text).toBe(
      `${ivrId}: body field key_action.target.greeting_id is not a documented field\n` +
        `${ivrId}: body field caller_enters_no_action.audio_prompt_repeat should be one of 1, 2, 3`,
    );
  });

  it('page_size above the documented maximum', () => {
    const v = checkRequest(phoneFacts.operations, {
      method: 'GET',
      path: '/phone/users',
      query: { page_size: 300 },
      body: undefined,
    });
    expect(v).toEqual([
      {
        operation: 'GET /phone/users',
        in: 'query',
        field: 'page_size',
        problem: 'is above the maximum 100',
      },
    ]);
  });

  it('undocumented operations, bodies nobody documents, and shapes nobody can read', () => {
    expect(
      formatViolations(
        checkRequest(allOperations, {
          method: 'GET',
          path: '/phone/nowhere',
          query: {},
          body: undefined,
        }),
      ),
    ).toBe('GET /phone/nowhere: is not a documented operation');
    const get = checkRequest(allOperations, {
      method: 'GET',
      path: '/phone/users',
      query: {},
      body: { a: 1 },
    });
    expect(formatViolations(get)).toBe(
      'GET /phone/users: body: the documents give no request body for this operation',
    );
    const fax = checkRequest(allOperations, {
      method: 'POST',
      path: '/fax/files',
      query: {},
      body: { file: 'x' },
      contentType: 'multipart/form-data',
    });
    expect(fax).toEqual([
      {
        operation: 'POST /fax/files',
        in: 'body',
        field: '',
        problem: 'the documents give no machine-readable shape for this body',
      },
    ]);
    const wrongType = checkRequest(allOperations, {
      method: 'PATCH',
      path: ivrPath,
      query: {},
      body: 'x=1',
      contentType: 'text/plain',
    });
    expect(wrongType[0]?.problem).toBe(
      'content type text/plain is not documented (documented: application/json)',
    );
  });

  it('contact center: any query parameter is undocumented, bodies follow the indented documents', () => {
    const v = checkRequest(allOperations, {
      method: 'PATCH',
      path: '/contact_center/address_books/units/u1',
      query: { page_size: '10' },
      body: { unit_name: 'A', unit_nme: 'B' },
    });
    expect(formatViolations(v)).toBe(
      'PATCH /contact_center/address_books/units/{unitId}: query parameter page_size is not a documented query parameter (the documents list none)\n' +
        'PATCH /contact_center/address_books/units/{unitId}: body field unit_nme is not a documented field',
    );
  });
});

describe('checkResponse', () => {
  const ivr = op(phoneFacts, ivrId);
  const users = op(phoneFacts, 'GET /phone/users');

  it('success answers follow the documented shape, 204 has no body', () => {
    expect(checkResponse(ivr, 204, undefined)).toEqual([]);
    expect(checkResponse(ivr, 204, { ok: true })).toEqual([
      { field: '', problem: 'a 204 answer has no documented body' },
    ]);
    expect(checkResponse(ivr, 200, {})).toEqual([
      { field: '', problem: 'status 200 is not a documented answer (documented: 204)' },
    ]);
    expect(checkResponse(users, 200, { users: [], page_size: 30, next_page_token: '' })).toEqual(
      [],
    );
    expect(checkResponse(users, 200, { users: [{ id: 'u', nickname: 'x' }] })).toEqual([
      { field: 'users[0].nickname', problem: 'is not a documented field' },
    ]);
  });

  it('errors must be documented for the status and code, placeholders match any text', () => {
    expect(
      checkResponse(ivr, 400, { code: 400, message: 'Auto Receptionist does not exist: ar1.' }),
    ).toEqual([]);
    expect(
      checkResponse(ivr, 400, { code: 300, message: 'Voicemail greeting file id is required.' }),
    ).toEqual([]);
    expect(checkResponse(ivr, 400, { code: 300, message: 'Something else.' })).toEqual([
      {
        field: 'message',
        problem: '"Something else." is not a documented message for status 400 code 300',
      },
    ]);
    expect(checkResponse(ivr, 400, { code: 1234, message: 'x' })[0]?.field).toBe('code');
    expect(checkResponse(ivr, 404, { code: 404, message: 'x' })[0]?.problem).toContain(
      'status 404 is not a documented error',
    );
  });

  it('a multi-sentence message the extractor split still matches', () => {
    const message =
      'The next page token is invalid or expired. Please enter at least 10 valid characters.';
    expect(checkResponse(users, 400, { code: 400, message })).toEqual([]);
  });

  it('platform-wide errors are accepted everywhere', () => {
    expect(checkResponse(ivr, 401, { code: 124, message: 'Access token has expired.' })).toEqual(
      [],
    );
    expect(
      checkResponse(ivr, 400, {
        code: 4711,
        message: 'Invalid access token, does not contain scopes:[phone:write:admin].',
      }),
    ).toEqual([]);
    expect(
      checkResponse(ivr, 429, {
        code: 429,
        message: 'You have reached the maximum per-second rate limit.',
      }),
    ).toEqual([]);
    const cc = op(contactCenterFacts, 'PATCH /contact_center/address_books/units/{unitId}');
    expect(checkResponse(cc, 404, { code: 1901, message: 'Unit does not exist: u1.' })).toEqual([]);
  });
});
