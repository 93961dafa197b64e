import { expect, test } from 'vitest';
import { POLICY } from '@switchboard/contract/permissions';
import { POLICIES, decideAccess } from './access';

test('decideAccess: public, signed in, and role lists', () => {
  expect(decideAccess(POLICIES.public, null)).toBe('allow');
  expect(decideAccess(POLICIES.signedIn, null)).toBe('unauthenticated');
  expect(decideAccess(POLICIES.signedIn, 'support')).toBe('allow');
  expect(decideAccess(POLICIES.readRouting, null)).toBe('unauthenticated');
  expect(decideAccess(POLICIES.readRouting, 'manager')).toBe('allow');
  expect(decideAccess(POLICIES.editRouting, 'support')).toBe('forbidden');
  expect(decideAccess(POLICIES.editRouting, 'admin')).toBe('allow');
  expect(decideAccess(POLICIES.editHolidays, 'manager')).toBe('allow');
  expect(decideAccess(POLICIES.editHolidays, 'support')).toBe('forbidden');
  expect(decideAccess(POLICIES.editContactCenter, 'admin')).toBe('allow');
  expect(decideAccess(POLICIES.editContactCenter, 'manager')).toBe('forbidden');
  expect(decideAccess(POLICIES.editContactCenter, 'support')).toBe('forbidden');
});

test('editRouting guards menus and hours alike, so the contract must give both to the same roles', () => {
  expect([...POLICY.editHours].sort()).toEqual([...POLICY.editMenus].sort());
  expect(POLICIES.editRouting.roles).toBe(POLICY.editMenus);
});
