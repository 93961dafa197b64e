// Finding seeded objects through the API, the way a client would.
import type { Harness } from './harness';
import { IVR_PATH } from './harness';
import type { IvrJson, MenuJson } from './shapes';

export async function ivrByName(h: Harness, name: string): Promise<IvrJson> {
  const { ivrs } = await h.json<{ ivrs: IvrJson[] }>('GET', IVR_PATH);
  const ivr = ivrs.find((i) => i.name === name);
  if (!ivr) throw new Error(`no IVR ${name}`);
  return ivr;
}

export async function supportMenus(h: Harness): Promise<{ ivr: IvrJson; main: MenuJson; technical: MenuJson; afterHours: MenuJson }> {
  const ivr = await ivrByName(h, 'Customer Support Line');
  const [main, technical, afterHours] = ivr.menus as [MenuJson, MenuJson, MenuJson];
  return { ivr, main, technical, afterHours };
}

export const menuPath = (ivrId: number, menuId: number) => `${IVR_PATH}/${ivrId}/menus/${menuId}`;
export const routesPath = (ivrId: number, menuId: number) => `${menuPath(ivrId, menuId)}/routes`;

export async function groupId(h: Harness, name: string): Promise<number> {
  const { groups } = await h.json<{ groups: { id: number; name: string }[] }>('GET', '/api/v2/groups');
  const group = groups.find((g) => g.name === name);
  if (!group) throw new Error(`no group ${name}`);
  return group.id;
}
