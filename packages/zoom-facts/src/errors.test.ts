import { describe, expect, it } from 'vitest';
import { documentedError, errorFor, fillMessage, matchesTemplate, PLATFORM_ERRORS } from './errors';
import { phoneFacts } from './load';
import { listMaximum, requiredScopes } from './lookups';
import { op } from './test-support';

const ivr = op(phoneFacts, 'PATCH /phone/auto_receptionists/{autoReceptionistId}/ivr');

describe('message templates', () => {
  it('placeholders match any text; the trailing period is optional', () => {
    expect(
      matchesTemplate(
        'Auto Receptionist does not exist: {0}.',
        'Auto Receptionist does not exist: x1.',
      ),
    ).toBe(true);
    expect(matchesTemplate('Unit does not exist: $unitId.', 'Unit does not exist: 42')).toBe(true);
    expect(matchesTemplate('Room does not exist:{roomId}.', 'Room does not exist:r(1)*')).toBe(
      true,
    );
    expect(matchesTemplate('Validation Failed.', 'Validation failed.')).toBe(false);
  });

  it('fillMessage by position or by name', () => {
    expect(fillMessage('Auto Receptionist does not exist: {0}.', ['ar1'])).toBe(
      'Auto Receptionist does not exist: ar1.',
    );
    expect(fillMessage('Unit does not exist: $unitId.', { unitId: 'u9' })).toBe(
      'Unit does not exist: u9.',
    );
    expect(fillMessage('User does not exist: {userId}.', ['u1'])).toBe('User does not exist: u1.');
  });

  it('lists the platform-wide errors', () => {
    expect(PLATFORM_ERRORS.map((e) => `${e.status}/${e.code}`)).toEqual([
      '401/124',
      '400/4711',
      '429/429',
      '404/404',
    ]);
  });
});

describe('lookups for a simulator', () => {
  it('documentedError finds the status and code for a message template', () => {
    expect(documentedError(ivr, 400, 'Voicemail greeting file id is required.')?.code).toBe(300);
    expect(documentedError(ivr, 400, 'Auto Receptionist does not exist: ar1.')?.code).toBe(400);
    expect(documentedError(ivr, 404, 'Voicemail greeting file id is required.')).toBeUndefined();
  });

  it('errorFor picks the documented "does not exist" answer', () => {
    expect(errorFor(ivr, (m) => m.includes('does not exist'))).toEqual({
      status: 400,
      code: 400,
      message: 'Auto Receptionist does not exist: {0}.',
    });
    expect(errorFor(ivr, () => false)).toBeUndefined();
  });

  it('listMaximum and requiredScopes', () => {
    expect(listMaximum(op(phoneFacts, 'GET /phone/users'))).toBe(100);
    expect(listMaximum(op(phoneFacts, 'GET /phone/sites'))).toBe(300);
    expect(listMaximum(ivr)).toBeUndefined();
    expect(requiredScopes(ivr)).toEqual({
      scopes: ['phone:write:admin'],
      granularScopes: ['phone:update:auto_receptionist_ivr:admin'],
    });
  });
});
