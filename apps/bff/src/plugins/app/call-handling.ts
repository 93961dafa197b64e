// Zoom Phone call handling: extensions with their zones, business hours and
// closed-hours routing, holidays, the holiday calendar. A holiday written
// through Switchboard makes the calendar read that extension again.
import fp from 'fastify-plugin';
import { CalendarService } from '../../features/calendar/service';
import { ExtensionService } from '../../features/extensions/service';
import { HolidayService } from '../../features/holidays/service';
import { HoursService } from '../../features/hours/service';

declare module 'fastify' {
  interface FastifyInstance {
    extensions: ExtensionService;
    hours: HoursService;
    holidays: HolidayService;
    calendar: CalendarService;
  }
}

export default fp(
  async (fastify) => {
    const extensions = new ExtensionService(fastify.zoom, fastify.directory);
    const calendar = new CalendarService(fastify.zoom, extensions);
    const deps = { zoom: fastify.zoom, extensions, directory: fastify.directory, audit: fastify.audit, setup: fastify.setup };
    fastify.decorate('extensions', extensions);
    fastify.decorate('calendar', calendar);
    const shared = fastify.sharedState;
    fastify.decorate('hours', new HoursService({ ...deps, lock: shared.writeLock('hours'), versions: shared.versions('hours') }));
    fastify.decorate('holidays', new HolidayService({ ...deps, lock: shared.writeLock('holidays'), onChanged: (id) => calendar.forget(id) }));
  },
  { name: 'call-handling', dependencies: ['shared-state', 'zoom', 'directory', 'audit', 'setup'] },
);
