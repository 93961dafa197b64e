import { describe, expect, it } from 'vitest';
import { ROLES, type Role } from './session';
import { JOB_PERMISSION, PERMISSIONS, can, canRunJob, whoMay, type Permission } from './permissions';

// The whole table, written out: a change to who may do what shows up here as a diff.
const EXPECTED: Record<Role, Record<Permission, boolean>> = {
  admin: { readRouting: true, editMenus: true, editHours: true, editHolidays: true, editContactCenter: true, startJobs: true, readHistory: true, admin: true },
  manager: { readRouting: true, editMenus: false, editHours: false, editHolidays: true, editContactCenter: false, startJobs: true, readHistory: true, admin: false },
  support: { readRouting: true, editMenus: false, editHours: false, editHolidays: false, editContactCenter: false, startJobs: false, readHistory: true, admin: false },
};

describe('permissions', () => {
  for (const role of ROLES) {
    for (const permission of PERMISSIONS) {
      it(`${role} ${EXPECTED[role][permission] ? 'may' : 'may not'} ${permission}`, () => {
        expect(can(role, permission)).toBe(EXPECTED[role][permission]);
      });
    }
  }

  it('gives nobody signed in nothing', () => {
    for (const permission of PERMISSIONS) {
      expect(can(null, permission)).toBe(false);
      expect(can(undefined, permission)).toBe(false);
    }
  });

  it('lets a role run a job only of a kind it may edit', () => {
    expect(canRunJob('admin', 'copy-ivr')).toBe(true);
    expect(canRunJob('admin', 'add-holiday')).toBe(true);
    expect(canRunJob('manager', 'copy-ivr')).toBe(false);
    expect(canRunJob('manager', 'add-holiday')).toBe(true);
    expect(canRunJob('support', 'add-holiday')).toBe(false);
    expect(Object.keys(JOB_PERMISSION).sort()).toEqual(['add-holiday', 'copy-ivr']);
  });

  it('says who may, in words', () => {
    expect(whoMay('editHolidays')).toBe('Only admins and managers add, change and delete holidays.');
    expect(whoMay('editContactCenter')).toBe('Only admins change Contact Center hours, closures, queues and assets.');
    expect(whoMay('editHours')).toBe('Only admins change business hours and closed-hours routing.');
  });
});
