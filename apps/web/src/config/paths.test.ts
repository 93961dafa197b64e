import { describe, expect, it } from 'vitest';
import { paths, safeNextPath } from './paths';

describe('safeNextPath', () => {
  it('keeps same-origin paths with their query', () => {
    expect(safeNextPath('/auto-receptionists/abc?menu=closed')).toBe('/auto-receptionists/abc?menu=closed');
  });
  it.each([null, '', 'https://evil.example', '//evil.example', '/\\evil.example', '/login', '/login?next=/x'])(
    'sends %s to the default page',
    (next) => {
      expect(safeNextPath(next)).toBe(paths.autoReceptionists);
    },
  );
});
