// GET and PATCH /phone/auto_receptionists/{id}/ivr.
// GET takes hours_type / holiday_id in the QUERY; PATCH takes them in the
// BODY (a query-string hours_type is ignored), one key_action per call, and
// ignores unknown fields such as `key_actions` — still answering 204.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { SimContext } from '../../context';
import { commit } from '../../platform/api';
import { VALIDATION_FAILED, validationError } from '../../platform/errors';
import { queryOf } from '../../platform/list';
import { bodyProblems, documentedError } from '../../platform/operations';
import { defaultMenu } from '../../seed/menus';
import type { AutoReceptionistRecord, IvrMenuState } from '../../state/records';
import { ivrRead } from './read';
import { IVR_MESSAGES, validateIvrPatch } from './validate';
import type { IvrPatchBody } from './validate';

const HOURS_TYPES = ['business_hours', 'closed_hours'];

export function registerIvrRoutes(api: FastifyInstance, ctx: SimContext) {
  const findAr = (request: FastifyRequest, id: string): AutoReceptionistRecord => {
    const ar = ctx.store.autoReceptionist(id);
    if (!ar) throw documentedError(request, 'Auto Receptionist does not exist: {0}.', id);
    return ar;
  };

  /** The menu addressed by holiday_id (which wins) or hours_type (default business_hours). */
  const menuOf = (request: FastifyRequest, ar: AutoReceptionistRecord, hoursType?: string, holidayId?: string): { menu: IvrMenuState; holidayId?: string } => {
    if (holidayId !== undefined && holidayId !== '') {
      if (!ar.holidays.some((h) => h.id === holidayId)) throw documentedError(request, 'Holiday hours handling does not exist: {0}.', holidayId);
      return { menu: ar.holidayMenus[holidayId] ?? defaultMenu(), holidayId };
    }
    if (hoursType !== undefined && hoursType !== '' && !HOURS_TYPES.includes(hoursType)) throw validationError(VALIDATION_FAILED);
    return { menu: hoursType === 'closed_hours' ? ar.closedMenu : ar.businessMenu };
  };

  api.get<{ Params: { arId: string } }>('/phone/auto_receptionists/:arId/ivr', async (request) => {
    const ar = findAr(request, request.params.arId);
    const q = queryOf(request);
    return ivrRead(ctx.store, menuOf(request, ar, q.hours_type, q.holiday_id).menu);
  });

  api.patch<{ Params: { arId: string } }>('/phone/auto_receptionists/:arId/ivr', async (request, reply) => {
    const ar = findAr(request, request.params.arId);
    const [problem] = bodyProblems(request);
    if (problem) {
      if (problem.field.startsWith('caller_enters_no_action')) {
        throw validationError(problem.field.endsWith('audio_prompt_repeat') ? IVR_MESSAGES.repeat : IVR_MESSAGES.noAction);
      }
      if (problem.field.startsWith('key_action')) throw validationError(IVR_MESSAGES.action);
      throw validationError(VALIDATION_FAILED);
    }
    const body = (request.body ?? {}) as IvrPatchBody;
    const target = menuOf(request, ar, body.hours_type, body.holiday_id);
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
