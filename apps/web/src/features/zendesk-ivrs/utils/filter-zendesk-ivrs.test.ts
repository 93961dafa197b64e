import { describe, expect, it } from 'vitest';
import { filterZendeskIvrs } from './filter-zendesk-ivrs';

const ivrs = [
  { id: '1', name: 'Customer Support Line', phoneNumbers: ['Support Line'], menus: [{ id: '11', name: 'After hours', default: false }] },
  { id: '2', name: 'Sales & Billing Line', phoneNumbers: ['Sales Line'], menus: [{ id: '21', name: 'VIP', default: false }] },
];

describe('filterZendeskIvrs', () => {
  it('matches names, menus and numbers in any case; empty keeps all', () => {
    expect(filterZendeskIvrs(ivrs, '').map((i) => i.id)).toEqual(['1', '2']);
    expect(filterZendeskIvrs(ivrs, 'vip').map((i) => i.id)).toEqual(['2']);
    expect(filterZendeskIvrs(ivrs, 'AFTER').map((i) => i.id)).toEqual(['1']);
    expect(filterZendeskIvrs(ivrs, 'sales line').map((i) => i.id)).toEqual(['2']);
    expect(filterZendeskIvrs(ivrs, 'nothing')).toEqual([]);
  });
});
