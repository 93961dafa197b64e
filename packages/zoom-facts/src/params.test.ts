import { describe, expect, it } from 'vitest';
import { contactCenterFacts, phoneFacts } from './load';
import { validateQuery } from './params';
import { op } from './test-support';

describe('validateQuery', () => {
  const users = op(phoneFacts, 'GET /phone/users');

  it('accepts documented parameters within their limits', () => {
    expect(
      validateQuery(users, { page_size: '100', next_page_token: 'abc', site_id: 's1' }),
    ).toEqual([]);
  });

  it('names the parameter that breaks a documented maximum or type', () => {
    expect(validateQuery(users, { page_size: '300' })).toEqual([
      { field: 'page_size', problem: 'is above the maximum 100' },
    ]);
    expect(validateQuery(users, { page_size: 'ten' })).toEqual([
      { field: 'page_size', problem: 'should be an integer, got "ten"' },
    ]);
    expect(validateQuery(users, { page_size: ['10', '20'] })).toEqual([
      { field: 'page_size', problem: 'is given more than once' },
    ]);
  });

  it('flags undocumented parameters and missing required ones', () => {
    expect(validateQuery(users, { pageSize: '10' })).toEqual([
      { field: 'pageSize', problem: 'is not a documented query parameter' },
    ]);
    const sync = op(phoneFacts, 'GET /phone/users/{userId}/sms/sessions/sync');
    expect(validateQuery(sync, {})).toEqual([{ field: 'sync_type', problem: 'is required' }]);
    expect(validateQuery(sync, { sync_type: 'FSync', count: '0' })).toEqual([
      { field: 'count', problem: 'is below the minimum 1' },
    ]);
  });

  it('when the documents list no query parameters at all, says so', () => {
    const cc = op(contactCenterFacts, 'GET /contact_center/business_hours');
    expect(validateQuery(cc, { page_size: '10' })).toEqual([
      {
        field: 'page_size',
        problem: 'is not a documented query parameter (the documents list none)',
      },
    ]);
  });
});
