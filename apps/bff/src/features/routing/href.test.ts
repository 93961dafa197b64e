import { describe, expect, test } from 'vitest';
import { problemHref, refHref } from './href';

describe('links into the app', () => {
  test('a menu problem opens the menu on its key, greeting or "no key"; a holiday menu by its id', () => {
    expect(problemHref({ objectType: 'autoReceptionist', id: 'ar 1', extensionId: 'x', part: 'menu', hours: 'closed', field: 'key:#' }, 'Main')).toBe('/auto-receptionists/ar%201?menu=closed&key=%23');
    expect(problemHref({ objectType: 'autoReceptionist', id: 'a', part: 'menu', holidayId: 'h1', field: 'prompt' }, 'Main')).toBe('/auto-receptionists/a?menu=holiday%3Ah1&part=greeting');
    expect(problemHref({ objectType: 'autoReceptionist', id: 'a', part: 'menu', hours: 'business', field: 'noAction' }, 'Main')).toBe('/auto-receptionists/a?menu=business&part=no-key');
  });

  test('routing, holidays, members and overflow: the extension hours page; no page: the explorer searches for it', () => {
    expect(problemHref({ objectType: 'callQueue', id: 'q', extensionId: 'e', part: 'members' }, 'Support')).toBe('/extensions/e/hours');
    expect(problemHref({ objectType: 'phoneNumber', id: '+61290000300', part: 'assignment' }, '+61 2 9000 0300')).toBe('/routing?q=%2B61290000300');
    expect(problemHref({ objectType: 'externalContact', id: 'xc', part: 'contact' }, 'Local Plumber')).toBe('/routing?q=Local%20Plumber');
  });

  test('Contact Center: queues and flows their pages, entry points the flows list', () => {
    expect(problemHref({ objectType: 'ccQueue', id: 'q1', part: 'operatingHours' }, 'APAC')).toBe('/contact-center/queues/q1');
    expect(problemHref({ objectType: 'ccEntryPoint', id: 'ep', part: 'flow' }, 'Care')).toBe('/contact-center/flows');
    expect(refHref({ type: 'ccFlow', id: 'f1' })).toBe('/contact-center/flows/f1');
    expect(refHref({ type: 'autoReceptionist', id: 'a', menu: 'business' })).toBe('/auto-receptionists/a?menu=business');
    expect(refHref({ type: 'commonArea', id: 'c', extensionId: 'c' })).toBeUndefined();
  });
});
