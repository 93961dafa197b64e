import { describe, expect, it } from 'vitest';
import { allOperations } from './load';
import { findOperation, normalizePath, pathValues } from './match';

describe('findOperation', () => {
  it('matches with or without .json, a trailing slash, a query or a full next_page URL', () => {
    const id = 'GET /api/v2/channels/voice/ivr/{ivr_id}/menus';
    for (const path of [
      '/api/v2/channels/voice/ivr/7/menus',
      '/api/v2/channels/voice/ivr/7/menus.json',
      '/api/v2/channels/voice/ivr/7/menus/',
      'https://acme.zendesk.com/api/v2/channels/voice/ivr/7/menus.json?page=2&per_page=1',
    ]) {
      expect(findOperation(allOperations, 'get', path)?.id).toBe(id);
    }
    expect(normalizePath('http://127.0.0.1:4011/api/v2/groups.json?page=2')).toBe('/api/v2/groups');
  });

  it('finds nothing for another method, a longer path or an empty segment', () => {
    expect(findOperation(allOperations, 'PATCH', '/api/v2/channels/voice/ivr/7')).toBeUndefined();
    expect(findOperation(allOperations, 'GET', '/api/v2/channels/voice/ivr/7/menus/8/routes/9/x')).toBeUndefined();
    expect(findOperation(allOperations, 'GET', '/api/v2/channels/voice/ivr//menus')).toBeUndefined();
  });

  it('gives the path values', () => {
    const op = findOperation(allOperations, 'PUT', '/api/v2/channels/voice/ivr/7/menus/8/routes/9.json');
    expect(op && pathValues(op, '/api/v2/channels/voice/ivr/7/menus/8/routes/9.json')).toEqual({ ivr_id: '7', menu_id: '8', route_id: '9' });
  });
});
