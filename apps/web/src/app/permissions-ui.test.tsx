// No link, button or sentence offers a role what it cannot do: the nav, the
// hours page (hours: admins; holidays: admins and managers), the calendar's
// bulk action, the bulk page itself, and the auto receptionist's page, each
// rendered for every role from the one policy table.
import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { ROLES, type Role } from '@switchboard/contract/session';
import { holidayListSchema } from '@switchboard/contract/holidays';
import type { QueryClient } from '@tanstack/react-query';
import { jsonResponse, renderWithProviders, stubFetch } from '@/testing/render';
import { sydneyQueue } from '@/features/hours/utils/fixtures.test-support';
import { AppShell } from './layout/app-shell';
import { Component as AutoReceptionistPage } from './routes/auto-receptionist-detail';
import { Component as BulkHolidayPage } from './routes/bulk-holiday';
import { Component as CalendarPage } from './routes/calendar';
import { Component as HoursPage } from './routes/extension-hours';

const unavailable = () => jsonResponse({ error: { code: 'unavailable', message: 'Not in this test.' } }, 503);
const holidays = holidayListSchema.parse({
  extension: sydneyQueue().extension,
  items: [{ id: 'h1', name: 'Christmas Day', start: '2026-12-25T00:00', end: '2026-12-25T23:59', timezone: 'Australia/Sydney', routing: null, version: 'hv' }],
});
const ar = { id: 'ar-1', name: 'Main Line – Sydney', extensionId: 'ext-ar-1', extensionNumber: '8006', site: null, timezone: 'Australia/Sydney', phoneNumbers: [] };

function stubs(role: Role) {
  stubFetch({
    'GET /api/session': () => jsonResponse({ user: { id: 'u', email: `${role}@example.com`, name: role }, role, csrfToken: 'c' }),
    'GET /api/health': unavailable,
    'GET /api/setup': unavailable,
    'GET /api/auto-receptionists': () => jsonResponse({ items: [ar], sites: [{ id: 's', name: 'Sydney' }] }),
    'GET /api/auto-receptionists/ar-1': () => jsonResponse({ ...ar, holidays: [] }),
    'GET /api/auto-receptionists/ar-1/ivr': unavailable,
    'GET /api/history': () => jsonResponse({ items: [], nextCursor: null }),
    'GET /api/extensions/cq-apac/hours': () => jsonResponse(sydneyQueue()),
    'GET /api/extensions/cq-apac/holidays': () => jsonResponse(holidays),
    'GET /api/extensions/cq-apac/status': () => jsonResponse({ state: 'open', reason: 'Open: Monday 09:00–17:00', until: null, untilWords: '', timezone: 'Australia/Sydney' }),
    'GET /api/calendar': () => jsonResponse({ from: '2026-12-01', to: '2026-12-31', days: [], extensions: [] }),
  });
}

/** Wait until the session is known: before that every role sees nothing, which proves nothing. */
async function sessionKnown(view: { queryClient: QueryClient }) {
  await waitFor(() => expect(view.queryClient.getQueryData(['session'])).toBeTruthy());
}

const MAY = {
  admin: { hours: true, holidays: true, bulk: true, menus: true, nav: ['Auto receptionists', 'Holiday calendar', 'Contact Center', 'Routing explorer', 'Jobs', 'History', 'People', 'Setup'] },
  manager: { hours: false, holidays: true, bulk: true, menus: false, nav: ['Auto receptionists', 'Holiday calendar', 'Contact Center', 'Routing explorer', 'Jobs', 'History'] },
  support: { hours: false, holidays: false, bulk: false, menus: false, nav: ['Auto receptionists', 'Holiday calendar', 'Contact Center', 'Routing explorer', 'History'] },
} as const satisfies Record<Role, unknown>;

describe.each(ROLES)('%s sees only what the role may do', (role) => {
  const may = MAY[role];

  it('in the navigation', async () => {
    stubs(role);
    await sessionKnown(renderWithProviders(<AppShell />));
    const nav = await screen.findByRole('navigation', { name: 'Main' });
    await waitFor(() => expect(within(nav).getAllByRole('link').map((a) => a.textContent)).toEqual(may.nav));
  });

  it('on an extension’s hours page', async () => {
    stubs(role);
    await sessionKnown(renderWithProviders(<HoursPage />, { route: '/extensions/cq-apac/hours', path: '/extensions/:extensionId/hours' }));
    await screen.findByRole('heading', { name: 'APAC Sales: hours and holidays' });
    await screen.findByRole('table', { name: /Holidays/ });
    expect(screen.queryByRole('button', { name: 'Review changes' }) !== null).toBe(may.hours);
    expect(screen.queryByLabelText('Monday', { selector: 'select' }) !== null).toBe(may.hours);
    expect(screen.queryByLabelText('When closed, calls go to', { selector: 'select' }) !== null).toBe(may.hours);
    expect(screen.queryByText('Only admins change business hours and closed-hours routing.') !== null).toBe(!may.hours);
    expect(screen.queryByRole('button', { name: 'Add a holiday' }) !== null).toBe(may.holidays);
    expect(screen.queryByRole('button', { name: 'Change Christmas Day' }) !== null).toBe(may.holidays);
    expect(screen.queryByRole('button', { name: 'Delete Christmas Day' }) !== null).toBe(may.holidays);
  });

  it('on the holiday calendar and the bulk-holiday page', async () => {
    stubs(role);
    const calendar = renderWithProviders(<CalendarPage />, { route: '/calendar?month=2026-12' });
    await sessionKnown(calendar);
    await screen.findByRole('heading', { level: 1, name: 'Holiday calendar' });
    expect(screen.getByRole('link', { name: 'CSV' }).getAttribute('href')).toBe('/api/calendar.csv?from=2026-12-01&to=2026-12-31');
    expect(screen.queryByRole('link', { name: 'Add a holiday to many extensions' }) !== null).toBe(may.bulk);
    calendar.unmount();
    await sessionKnown(renderWithProviders(<BulkHolidayPage />, { route: '/calendar/add-holiday' }));
    if (may.bulk) expect(await screen.findByRole('button', { name: 'Start adding the holiday' })).toBeTruthy();
    else {
      expect(await screen.findByText(/Only admins and managers add, change and delete holidays\. You are signed in as Support\./)).toBeTruthy();
      expect(screen.queryByRole('button', { name: /Start adding/ })).toBeNull();
    }
  });

  it('on an auto receptionist’s page', async () => {
    stubs(role);
    await sessionKnown(renderWithProviders(<AutoReceptionistPage />, { route: '/auto-receptionists/ar-1', path: '/auto-receptionists/:id' }));
    expect(await screen.findByRole('link', { name: 'Hours and holidays' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Hours and holidays' }).getAttribute('href')).toBe('/extensions/ext-ar-1/hours');
    await screen.findByRole('link', { name: 'Routing diagram' });
    expect(screen.queryByRole('link', { name: 'Edit menu' }) !== null).toBe(may.menus);
    expect(screen.queryByRole('link', { name: 'Copy this menu to…' }) !== null).toBe(may.menus);
  });
});
