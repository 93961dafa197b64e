import { describe, expect, it } from 'vitest';
import { readJsonBlock } from './json-block';

describe('readJsonBlock', () => {
  it('reads a block spread over lines, braces inside strings included', () => {
    const lines = ['{', '"a" : "x{" ,', '"b" : [', '1', '] ,', '"c" : { }', '}', 'after'];
    expect(readJsonBlock(lines, 0)).toEqual({ value: { a: 'x{', b: [1], c: {} }, end: 7 });
  });

  it('is undefined for a line that opens no block, or text that is not JSON', () => {
    expect(readJsonBlock(['curl x'], 0)).toBeUndefined();
    expect(readJsonBlock(['{', '\\"ivr\\" : {', '}', '}'], 0)).toBeUndefined();
  });
});
