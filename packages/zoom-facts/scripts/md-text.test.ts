import { describe, expect, it } from 'vitest';
import { proseSaysNullable, splitList, splitMessages, unescapeMd } from './md-text';

describe('splitMessages', () => {
  it('splits sentences and lines, keeps placeholders', () => {
    expect(
      splitMessages(
        'Auto Receptionist does not exist: {0}. Holiday hours handling does not exist: {0}. ',
      ),
    ).toEqual([
      'Auto Receptionist does not exist: {0}.',
      'Holiday hours handling does not exist: {0}.',
    ]);
    expect(
      splitMessages('Extension does not exist: {extensionId}\\\nHoliday does not exist. \\'),
    ).toEqual(['Extension does not exist: {extensionId}', 'Holiday does not exist.']);
    expect(splitMessages('Queue {a. B} is gone. $x is bad.')).toEqual([
      'Queue {a. B} is gone.',
      '$x is bad.',
    ]);
    expect(splitMessages('Validation failed. - A is bad. - B is bad.')).toEqual([
      'Validation failed.',
      'A is bad.',
      'B is bad.',
    ]);
  });
});

describe('prose helpers', () => {
  it('unescapes markdown and turns hard breaks into newlines', () => {
    expect(unescapeMd('\\`range\\_from\\` value<br>next\\\nline')).toBe(
      '`range_from` value\nnext\nline',
    );
  });

  it('reads "may be null" prose, not "cannot be null"', () => {
    expect(proseSaysNullable('May be `null` if the stored type cannot be mapped.')).toBe(true);
    expect(proseSaysNullable('Nullable if user_id is not null.')).toBe(true);
    expect(proseSaysNullable('SIP Group cannot be null.')).toBe(false);
    expect(proseSaysNullable('Must not be null or empty.')).toBe(false);
  });

  it('splits scope lists in both styles', () => {
    expect(splitList(' `phone:write`,`phone:write:admin` ')).toEqual([
      'phone:write',
      'phone:write:admin',
    ]);
    expect(splitList('a:read:admin,b:read:admin')).toEqual(['a:read:admin', 'b:read:admin']);
  });
});
