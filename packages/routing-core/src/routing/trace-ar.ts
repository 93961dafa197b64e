// An auto receptionist answers: its hours decide which routing applies — a
// holiday's, the closed hours', or business hours' — and "play the menu" plays
// the holiday's own menu, the closed-hours menu or the business-hours menu.
import { hopFromRouting } from './hops';
import type { ArHoliday, AutoReceptionist } from './snapshot-phone';
import { routingOrDefault, step, type Ending, type MenuFrame, type TraceContext } from './trace-context';
import { followHop } from './trace-follow';
import { playMenu } from './trace-menu';
import { hoursWords, phoneStateAt, untilWords, whenWords } from './trace-time';
import { routingWords } from './trace-words';
import { lowerFirst } from '../ivr/describe';
import type { CallRouting } from '../schedule/call-routing';

const LABEL: Record<MenuFrame['which'], string> = {
  business: 'Business-hours menu',
  closed: 'Closed-hours menu',
  holiday: 'Holiday menu',
};

export function menuFrame(ar: AutoReceptionist, which: MenuFrame['which'], holiday?: ArHoliday): MenuFrame {
  const name =
    which === 'holiday' ? `Holiday menu '${holiday!.name}' of '${ar.name}'` : `${LABEL[which]} of '${ar.name}'`;
  const id = which === 'holiday' ? `${ar.id}:holiday:${holiday!.id}` : `${ar.id}:${which}`;
  const menu = which === 'holiday' ? holiday!.menu : ar.menus[which];
  return { ar, which, ...(holiday ? { holiday } : {}), menu, id, name };
}

const MENU_PLAYS: Record<MenuFrame['which'], string> = {
  business: 'the business-hours menu plays',
  closed: 'the closed-hours menu plays',
  holiday: "the holiday's own menu plays",
};

export function enterAutoReceptionist(ctx: TraceContext, ar: AutoReceptionist): Ending {
  const words = `auto receptionist '${ar.name}'${ar.extensionNumber ? ` (ext ${ar.extensionNumber})` : ''}`;
  const site = ar.siteId ? ctx.index.sites.get(ar.siteId) : undefined;
  const zone = ar.hours.schedule.timezone;
  step(ctx, 'auto_receptionist', ar.id, ar.name, `Auto receptionist '${ar.name}'${site ? ` (site ${site})` : ''} answers; its hours are kept in ${zone}.`);
  const when = whenWords(ctx.instant, zone);
  const st = phoneStateAt(ar.hours, ctx.instant);
  const until = untilWords(st.status.until, zone);

  /** The routing for the period, in words, and how to follow it. */
  const plan = (r: CallRouting | null, which: MenuFrame['which'], source: string, holiday?: ArHoliday) => {
    const { routing, isDefault } = routingOrDefault(r, true);
    const hop = hopFromRouting(routing, ar.extensionId);
    const words = hop.kind === 'menu' ? MENU_PLAYS[which] : lowerFirst(routingWords(routing, which === 'holiday' ? 'holiday' : 'closed', ctx.index.namer));
    const note = isDefault && which !== 'business' ? " (not set in Zoom, so Zoom's default applies)" : '';
    const go = (): Ending => {
      if (hop.kind !== 'menu') return followHop(ctx, hop, source);
      return playMenu(ctx, menuFrame(ar, which, holiday));
    };
    return { then: `${words}${note}`, go };
  };

  if (st.state === 'holiday') {
    const p = plan(st.holiday.routing, 'holiday', `the holiday routing of ${words}`, st.holiday);
    step(ctx, 'holiday', st.holiday.id, st.holiday.name, `${when} is inside the holiday '${st.holiday.name}' (closed ${until}): ${p.then}.`);
    return p.go();
  }
  if (st.state === 'closed') {
    const p = plan(ar.hours.closedRouting, 'closed', `the closed-hours routing of ${words}`);
    step(ctx, 'schedule', ar.id, `Business hours of ${ar.name}`, `${when} is outside business hours (${hoursWords(st.status)}, closed ${until}): ${p.then}.`);
    return p.go();
  }
  const p = plan(ar.businessRouting, 'business', `the business-hours routing of ${words}`);
  step(ctx, 'schedule', ar.id, `Business hours of ${ar.name}`, `${when} is within business hours (${hoursWords(st.status)}, open ${until}): ${p.then}.`);
  return p.go();
}
