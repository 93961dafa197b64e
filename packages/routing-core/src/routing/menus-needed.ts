// Which of an auto receptionist's menus can ever play, from its call handling
// alone: the business-hours menu when business hours play it, the closed-hours
// menu when it can close and closed hours play it, a holiday's menu when that
// holiday plays it (an unset routing plays the menu: Zoom's default). The BFF
// reads only these from Zoom (one call each); a menu that cannot play is
// never heard by a caller, traced or judged (decision 016).
import type { CallRouting } from '../schedule/call-routing';
import type { WeekSchedule } from '../schedule/model';
import { hopFromRouting } from './hops';
import { routingOrDefault } from './trace-context';
import { alwaysOpen } from './trace-time';

export interface ArCallHandling {
  extensionId: string;
  schedule: WeekSchedule;
  businessRouting: CallRouting | null;
  closedRouting: CallRouting | null;
  holidays: readonly { id: string; routing: CallRouting | null }[];
}

export interface MenusNeeded {
  business: boolean;
  closed: boolean;
  holidayIds: string[];
}

const playsMenu = (r: CallRouting | null, selfExtensionId: string) =>
  hopFromRouting(routingOrDefault(r, true).routing, selfExtensionId).kind === 'menu';

export function menusNeeded(ar: ArCallHandling): MenusNeeded {
  return {
    business: playsMenu(ar.businessRouting, ar.extensionId),
    closed: !alwaysOpen(ar.schedule) && playsMenu(ar.closedRouting, ar.extensionId),
    holidayIds: ar.holidays.filter((h) => playsMenu(h.routing, ar.extensionId)).map((h) => h.id),
  };
}
