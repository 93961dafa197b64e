// The demo account's two IVRs, three menus each, with routes of every action
// (group, voicemail, phone_number, textback, menu) and a "default" route.
import type { IvrRecord, MenuRecord, TalkState } from '../state/records';
import { GREETING_IDS as GR, GROUP_IDS as G, PHONE_NUMBER_IDS as N } from './directory';

type RouteSpec = [keypress: string, action: string, options: Record<string, unknown>];
interface MenuSpec {
  name: string;
  greetingId: number;
  routes: RouteSpec[];
}

const group = (...ids: number[]) => ({ group_ids: ids });

/** Allocates the menu ids first so that routes can point at any menu of the IVR. */
function ivr(nextIds: TalkState['nextIds'], name: string, phoneNumberIds: number[], specs: (menuIds: number[]) => MenuSpec[]): IvrRecord {
  const id = nextIds.ivr++;
  const menuIds = [0, 1, 2].map(() => nextIds.menu++);
  const menus: MenuRecord[] = specs(menuIds).map((spec, i) => ({
    id: menuIds[i] as number,
    name: spec.name,
    isDefault: i === 0,
    greetingId: spec.greetingId,
    routes: spec.routes.map(([keypress, action, options]) => ({ id: nextIds.route++, keypress, action, options })),
  }));
  return { id, name, phoneNumberIds, menus };
}

export function seedIvrs(nextIds: TalkState['nextIds']): IvrRecord[] {
  const support = ivr(nextIds, 'Customer Support Line', [N.support], ([main, technical, afterHours]) => [
    {
      name: 'Main menu',
      greetingId: GR.supportMain,
      routes: [
        ['1', 'group', group(G.support)],
        ['2', 'menu', { menu_id: technical }],
        ['3', 'voicemail', group(G.billing)],
        ['4', 'menu', { menu_id: afterHours }],
        ['9', 'textback', { sms_text: 'Thanks for calling. Track your request at https://support.example.com/status' }],
        ['0', 'phone_number', { phone_number: '+14155550123' }],
        ['default', 'group', group(G.support)],
      ],
    },
    {
      name: 'Technical support',
      greetingId: GR.technical,
      routes: [
        ['1', 'group', group(G.technical)],
        ['2', 'voicemail', group(G.technical)],
        ['*', 'menu', { menu_id: main }],
        ['default', 'menu', { menu_id: main }],
      ],
    },
    {
      name: 'After hours',
      greetingId: GR.afterHours,
      routes: [
        ['1', 'voicemail', group(G.support)],
        ['2', 'phone_number', { phone_number: '+14155550199' }],
        ['#', 'textback', { sms_text: 'We are closed. Reply to this message and we will get back to you tomorrow.' }],
      ],
    },
  ]);
  const sales = ivr(nextIds, 'Sales & Billing Line', [N.sales], ([main, returns, vip]) => [
    {
      name: 'Main menu',
      greetingId: GR.salesMain,
      routes: [
        ['1', 'group', group(G.sales)],
        ['2', 'group', group(G.billing)],
        ['3', 'menu', { menu_id: returns }],
        ['4', 'menu', { menu_id: vip }],
        ['default', 'voicemail', group(G.sales)],
      ],
    },
    {
      name: 'Returns',
      greetingId: GR.returns,
      routes: [
        ['1', 'group', group(G.returns)],
        ['2', 'textback', { sms_text: 'Start a return at https://shop.example.com/returns' }],
        ['0', 'menu', { menu_id: main }],
      ],
    },
    {
      name: 'VIP',
      greetingId: GR.vip,
      routes: [
        ['1', 'group', group(G.vip, G.sales)],
        ['2', 'phone_number', { phone_number: '+442079460000' }],
        ['default', 'voicemail', group(G.vip)],
      ],
    },
  ]);
  return [support, sales];
}
