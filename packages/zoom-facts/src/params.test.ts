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

  it('when the documents list no query parameters at all (and it is no list), says so', () => {
    const cc = op(contactCenterFacts, 'GET /contact_center/business_hours/{businessHourId}');
    expect(validateQuery(cc, { page_size: '10' })).toEqual([
      {
        field: 'page_size',
        problem: 'is not a documented query parameter (the documents list none)',
      },
    ]);
  });
});

describe('Contact Center lists without documented query parameters', () => {
  const entryPoints = op(contactCenterFacts, 'GET /contact_center/flows_entry_points');
  it('take page_size up to 100 and next_page_token, because their answer documents next_page_token', () => {
    expect(entryPoints.query).toBeNull();
    expect(validateQuery(entryPoints, { page_size: '100', next_page_token: 'abc' })).toEqual([]);
    expect(validateQuery(entryPoints, { page_size: '101' })).toEqual([
      { field: 'page_size', problem: 'is above the maximum 100' },
    ]);
    expect(validateQuery(entryPoints, { channel: 'voice' })).toEqual([
      { field: 'channel', problem: 'is not a documented query parameter' },
    ]);
  });
});

describe('the Contact Center asset list', () => {
  const assets = op(contactCenterFacts, 'GET /contact_center/asset_library/assets');
  it('also takes the filters its answer speaks of (decision in the simulator), nothing else', () => {
    expect(
      validateQuery(assets, { page_size: '30', asset_type: 'audio,image', asset_language_code: 'en-US', asset_category_id: 'c1', asset_item_name: 'x' }),
    ).toEqual([]);
    expect(validateQuery(assets, { q: 'hold' })).toEqual([{ field: 'q', problem: 'is not a documented query parameter' }]);
  });
});
