import { describe, expect, it } from 'vitest';
import { RequestLog } from './request-log';

describe('RequestLog', () => {
  it('keeps only the newest entries once over its limit, oldest first', () => {
    const log = new RequestLog(3);
    for (let i = 0; i < 5; i++) log.add({ method: 'GET', path: `/v2/${i}`, query: {}, body: null, status: 200, at: '' });
    expect(log.list().map((r) => r.path)).toEqual(['/v2/2', '/v2/3', '/v2/4']);
  });
});
