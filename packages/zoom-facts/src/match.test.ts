import { describe, expect, it } from 'vitest';
import type { OperationFact } from './facts';
import { allOperations, phoneFacts } from './load';
import { findOperation, normalizePath, pathValues } from './match';

const ops = phoneFacts.operations;

describe('findOperation', () => {
  it('matches {params} against one segment each', () => {
    expect(findOperation(ops, 'PATCH', '/phone/auto_receptionists/abc123/ivr')?.id).toBe(
      'PATCH /phone/auto_receptionists/{autoReceptionistId}/ivr',
    );
    expect(
      findOperation(ops, 'patch', '/v2/phone/auto_receptionists/abc123/ivr?hours_type=x')?.method,
    ).toBe('PATCH');
  });

  it('prefers a literal segment over a {param} at the same place', () => {
    expect(findOperation(ops, 'GET', '/phone/rooms/unassigned')?.id).toBe(
      'GET /phone/rooms/unassigned',
    );
    expect(findOperation(ops, 'GET', '/phone/rooms/r1')?.id).toBe('GET /phone/rooms/{roomId}');
  });

  it('backtracks when the literal branch leads nowhere', () => {
    const tiny = [fake('GET', '/a/b/c'), fake('GET', '/a/{x}/d')];
    expect(findOperation(tiny, 'GET', '/a/b/d')?.path).toBe('/a/{x}/d');
    expect(findOperation(tiny, 'GET', '/a/b/c')?.path).toBe('/a/b/c');
  });

  it('gives undefined for unknown paths, methods and empty segments', () => {
    expect(findOperation(ops, 'GET', '/phone/nothing_here')).toBeUndefined();
    expect(findOperation(ops, 'PUT', '/phone/auto_receptionists/abc/ivr')).toBeUndefined();
    expect(findOperation(ops, 'PATCH', '/phone/auto_receptionists//ivr')).toBeUndefined();
    expect(findOperation(ops, 'GET', '/phone/rooms/')?.id).toBe('GET /phone/rooms');
  });

  it('finds contact center operations in the combined list', () => {
    expect(findOperation(allOperations, 'GET', '/contact_center/business_hours')?.product).toBe(
      'contact-center',
    );
  });
});

describe('path helpers', () => {
  it('normalizes /v2, query strings and trailing slashes', () => {
    expect(normalizePath('/v2/phone/users?page_size=3')).toBe('/phone/users');
    expect(normalizePath('/v2')).toBe('/');
  });

  it('reads the template values', () => {
    const op = findOperation(ops, 'PATCH', '/phone/auto_receptionists/a%20b/ivr') as OperationFact;
    expect(pathValues(op, '/v2/phone/auto_receptionists/a%20b/ivr')).toEqual({
      autoReceptionistId: 'a b',
    });
  });
});

function fake(method: 'GET', path: string): OperationFact {
  return {
    id: `${method} ${path}`,
    product: 'phone',
    method,
    path,
    title: '',
    label: null,
    scopes: [],
    granularScopes: [],
    pathParams: [],
    query: null,
    body: null,
    responses: [],
    errors: [],
    shape: 'none',
  };
}
