// Anything credential-like in a text Zoom wrote is removed; the rest stays readable.
import { describe, expect, test } from 'vitest';
import { REMOVED, sanitize } from './sanitize';

const JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c';

describe('sanitize', () => {
  test('a JWT', () => {
    expect(sanitize(`User does not exist: ${JWT}.`)).toBe(`User does not exist: ${REMOVED}.`);
  });

  test('Bearer and Basic credentials', () => {
    expect(sanitize('Invalid header: Bearer abcDEF123.ghi-jkl_mno and more')).toBe(`Invalid header: Bearer ${REMOVED} and more`);
    expect(sanitize('Authorization: Basic dXNlcjpwYXNz')).toBe(`Authorization: Basic ${REMOVED}`);
  });

  test("a URL's query string (a signed link), keeping the end of the sentence", () => {
    expect(sanitize('Fetch https://file.zoom.us/file/audio.mp3?Expires=1&Signature=abc123&Key-Pair-Id=K1. Then retry.')).toBe(
      `Fetch https://file.zoom.us/file/audio.mp3?${REMOVED}. Then retry.`,
    );
    expect(sanitize('(see https://s3.example.com/b/a.wav?X-Amz-Signature=0a1b2c&X-Amz-Credential=AKIA%2F20240101)')).toBe(
      `(see https://s3.example.com/b/a.wav?${REMOVED})`,
    );
  });

  test('credential values outside URLs: access_token=, token=, signature=, sig=, quoted JSON', () => {
    expect(sanitize('access_token=abc.def, token=xyz; signature=QWERTY and sig=12ab!')).toBe(
      `access_token=${REMOVED}, token=${REMOVED}; signature=${REMOVED} and sig=${REMOVED}!`,
    );
    expect(sanitize('Body was {"refresh_token": "r1-secret", "name": "Main"}')).toBe(
      `Body was {"refresh_token": "${REMOVED}", "name": "Main"}`,
    );
  });

  test('long hex, base64 and base64url runs', () => {
    expect(sanitize('hash 0123456789abcdef0123456789abcdef here')).toBe(`hash ${REMOVED} here`);
    expect(sanitize('key dGhpcyBpcyBhIHNlY3JldCB2YWx1ZQ+/abcd== end')).toBe(`key ${REMOVED} end`);
    expect(sanitize('id Zm9vYmFyYmF6cXV4LXNlY3JldF8xMjM0NTY3 end')).toBe(`id ${REMOVED} end`);
  });

  test("what is readable stays: Zoom's 22-character ids, paths, scopes, snake_case names", () => {
    const kept = [
      'Auto receptionist does not exist: IHgF5CZnTvCDUyBiK0wK5A.',
      'Zoom answered PATCH /phone/auto_receptionists/IHgF5CZnTvCDUyBiK0wK5A/ivr with HTTP 500.',
      'The Zoom app lacks the scope phone:read:common_area:admin; an administrator adds it (see Setup).',
      'Invalid field: key_action_target_extension_id_required.',
      'Validation Failed.',
    ];
    for (const text of kept) expect(sanitize(text)).toBe(text);
  });

  test('one line, at most 500 characters, and the same when cleaned twice', () => {
    expect(sanitize('first\nsecond\r\n\tthird')).toBe('first second third');
    expect(sanitize('word '.repeat(200)).length).toBe(500);
    const dirty = `Bearer ${JWT} at https://x.zoom.us/a?token=1 token=abc ${'f'.repeat(30)}`;
    const once = sanitize(dirty);
    expect(sanitize(once)).toBe(once);
    expect(once).toBe(`Bearer ${REMOVED} at https://x.zoom.us/a?${REMOVED} token=${REMOVED} ${REMOVED}`);
  });
});
