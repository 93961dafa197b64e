// Path ids to records. An id that is not digits, or names no record under
// the given parent, is 404 RecordNotFound (decision 013).
import { DECIDED, decidedError } from '../platform/decisions';
import type { IvrRecord, MenuRecord, RouteRecord } from '../state/records';
import type { TalkStore } from '../state/store';

export interface IvrParams {
  ivrId: string;
}
export interface MenuParams extends IvrParams {
  menuId: string;
}
export interface RouteParams extends MenuParams {
  routeId: string;
}

function found<T>(value: T | undefined): T {
  if (value === undefined) throw decidedError(DECIDED.notFound);
  return value;
}

const id = (raw: string): number => (/^\d{1,15}$/.test(raw) ? Number(raw) : -1);

export const findIvr = (store: TalkStore, p: IvrParams): IvrRecord => found(store.ivr(id(p.ivrId)));

export function findMenu(store: TalkStore, p: MenuParams): { ivr: IvrRecord; menu: MenuRecord } {
  const ivr = findIvr(store, p);
  return { ivr, menu: found(store.menu(ivr, id(p.menuId))) };
}

export function findRoute(store: TalkStore, p: RouteParams): { ivr: IvrRecord; menu: MenuRecord; route: RouteRecord } {
  const { ivr, menu } = findMenu(store, p);
  return { ivr, menu, route: found(store.route(menu, id(p.routeId))) };
}
