import { describe, expect, test } from 'vitest';
import { allDayWeek, officeWeek, route } from '../testing/routing-builders';
import { menusNeeded } from './menus-needed';

const SYD = 'Australia/Sydney';
const base = { extensionId: 'ext-ar', businessRouting: null, closedRouting: null, holidays: [] };

describe('menusNeeded', () => {
  test('an unset routing plays the menu (Zoom default): business and closed menus of an office week', () => {
    expect(menusNeeded({ ...base, schedule: officeWeek(SYD) })).toEqual({ business: true, closed: true, holidayIds: [] });
  });

  test('hours that never close never play the closed-hours menu', () => {
    expect(menusNeeded({ ...base, schedule: allDayWeek(SYD), closedRouting: route.menu() }).closed).toBe(false);
  });

  test('a routing elsewhere plays no menu', () => {
    const got = menusNeeded({
      ...base,
      schedule: officeWeek(SYD),
      businessRouting: route.callQueue('ext-q'),
      closedRouting: route.voicemail(),
      holidays: [
        { id: 'h-menu', routing: route.menu() },
        { id: 'h-unset', routing: null },
        { id: 'h-away', routing: route.disconnect() },
      ],
    });
    expect(got).toEqual({ business: false, closed: false, holidayIds: ['h-menu', 'h-unset'] });
  });
});
