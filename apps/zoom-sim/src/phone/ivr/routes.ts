// GET and PATCH /phone/auto_receptionists/{id}/ivr (both Light).
// GET takes hours_type / holiday_id in the QUERY; PATCH takes them in the
// BODY (a query-string hours_type is ignored), one key_action per call, and
// ignores unknown fields such as `key_actions` — still answering 204.
import type { FastifyInstance } from 'fastify';
import { zoomHoursTypeSchema, zoomIvrPatchSchema } from '@switchboard/zoom-schema/phone-ivr';
import type { SimContext } from '../../context';
import { commit } from '../../platform/api';
import { VALIDATION_FAILED, ZoomApiError, validationError } from '../../platform/errors';
import { queryOf } from '../../platform/list';
import { defaultMenu } from '../../seed/menus';
import type { AutoReceptionistRecord, IvrMenuState } from '../../state/records';
import { ivrRead } from './read';
import { IVR_MESSAGES, validateIvrPatch } from './validate';

function findAr(ctx: SimContext, id: string): AutoReceptionistRecord {
  const ar = ctx.store.autoReceptionist(id);
  if (!ar) throw new ZoomApiError(400, 400, `Auto Receptionist does not exist: ${id}.`);
  return ar;
}

/** The menu addressed by holiday_id (which wins) or hours_type (default business_hours). */
function menuOf(ar: AutoReceptionistRecord, hoursType: string | undefined, holidayId: string | undefined): { menu: IvrMenuState; holidayId?: string } {
  if (holidayId !== undefined && holidayId !== '') {
    if (!ar.holidays.some((h) => h.id === holidayId)) {
      throw new ZoomApiError(400, 400, `Holiday hours handling does not exist: ${holidayId}.`);
    }
    return { menu: ar.holidayMenus[holidayId] ?? defaultMenu(), holidayId };
  }
  const parsed = zoomHoursTypeSchema.optional().safeParse(hoursType === '' ? undefined : hoursType);
  if (!parsed.success) throw validationError(VALIDATION_FAILED);
  return { menu: parsed.data === 'closed_hours' ? ar.closedMenu : ar.businessMenu };
}

export function registerIvrRoutes(api: FastifyInstance, ctx: SimContext) {
  api.get<{ Params: { arId: string } }>('/phone/auto_receptionists/:arId/ivr', { config: { label: 'light' } }, async (request) => {
    const ar = findAr(ctx, request.params.arId);
    const q = queryOf(request);
    return ivrRead(ctx.store, menuOf(ar, q.hours_type, q.holiday_id).menu);
  });

  api.patch<{ Params: { arId: string } }>('/phone/auto_receptionists/:arId/ivr', { config: { label: 'light' } }, async (request, reply) => {
    const ar = findAr(ctx, request.params.arId);
    const parsed = zoomIvrPatchSchema.safeParse(request.body ?? {});
    if (!parsed.success) {
      const path = parsed.error.issues[0]?.path ?? [];
      if (path[0] === 'caller_enters_no_action') {
        throw validationError(path[1] === 'audio_prompt_repeat' ? IVR_MESSAGES.repeat : IVR_MESSAGES.noAction);
      }
      if (path[0] === 'key_action') throw validationError(IVR_MESSAGES.action);
      throw validationError(VALIDATION_FAILED);
    }
    const body = parsed.data;
    const target = menuOf(ar, body.hours_type, body.holiday_id);
    const changes = validateIvrPatch(ctx.store, body);
    commit(ctx, request, () => {
      if (changes.length === 0) return;
      const menu = target.menu;
      for (const change of changes) change(menu);
      if (target.holidayId) ar.holidayMenus[target.holidayId] = menu;
    });
    return reply.code(204).send();
  });
}
