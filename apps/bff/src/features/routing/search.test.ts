// Search over routing-core's demo snapshot: a number in any format, an
// extension number, part of a name, a Contact Center entry point, digits
// inside numbers; each hit once, with its tree and links; at most SEARCH_LIMIT.
import { describe, expect, test } from 'vitest';
import { routingSnapshotSchema } from '@switchboard/routing-core/routing/snapshot';
import { demoSnapshot, demoSnapshotInput, NUMBERS } from '@switchboard/routing-core/testing/routing-demo';
import { SEARCH_LIMIT, searchSnapshot } from './search';

const s = demoSnapshot();

describe('searchSnapshot', () => {
  test('a number in any format finds what it is assigned to, once, with its tree and diagram', () => {
    for (const q of ['+61 2 9000 0000', '(02) 9000 0000', 'tel:+61-2-9000-0000']) {
      const items = searchSnapshot(s, q);
      expect(items[0], q).toMatchObject({ name: 'Main Line – Sydney', type: 'auto receptionist', number: NUMBERS.main, timezone: 'Australia/Sydney', diagramHref: '/auto-receptionists/ar-main/diagram' });
      expect(items.filter((i) => i.name === 'Main Line – Sydney')).toHaveLength(1);
      expect(items[0]!.tree.href).toBe('/auto-receptionists/ar-main');
    }
  });

  test('an extension number, part of a name (any case), a Contact Center entry point', () => {
    expect(searchSnapshot(s, '1300')[0]).toMatchObject({ name: 'Support AU', type: 'call queue', matched: 'extension 1300' });
    expect(searchSnapshot(s, 'loop').map((i) => i.name)).toEqual(['Loop A', 'Loop B']);
    expect(searchSnapshot(s, NUMBERS.care)[0]).toMatchObject({ type: 'Contact Center entry point', tree: { kind: 'cc_entry_point', href: '/contact-center/flows' } });
  });

  test('nothing matches: no hits; many match: at most the limit', () => {
    expect(searchSnapshot(s, 'zzz nothing')).toEqual([]);
    const input = demoSnapshotInput();
    const many = routingSnapshotSchema.parse({
      ...input,
      users: Array.from({ length: 50 }, (_, i) => ({ id: `u${i}`, extensionId: `e${i}`, name: `Agent Smith ${i}`, extensionNumber: String(5000 + i) })),
    });
    expect(searchSnapshot(many, 'smith')).toHaveLength(SEARCH_LIMIT);
  });
});
