// Auto receptionists: list (Medium, max 100), get (Medium), add, update,
// delete non-primary (Light). Holidays come with the record; the IVR is in ../ivr.
import type { FastifyInstance } from 'fastify';
import type { SimContext } from '../../context';
import { commit } from '../../platform/api';
import { VALIDATION_FAILED, validationError } from '../../platform/errors';
import { listResponse } from '../../platform/list';
import { DECIDED, decidedError } from '../../platform/decisions';
import { bodyProblems, documentedError } from '../../platform/operations';
import { defaultMenu } from '../../seed/menus';
import { defaultCallHandling } from '../call-handling/defaults';
import type { AutoReceptionistRecord } from '../../state/records';

export function autoReceptionistJson(ctx: SimContext, a: AutoReceptionistRecord) {
  return {
    id: a.id,
    name: a.name,
    extension_id: a.extensionId,
    extension_number: a.extensionNumber,
    timezone: a.timezone,
    audio_prompt_language: a.audioPromptLanguage,
    cost_center: a.costCenter,
    department: a.department,
    holiday_hours: a.holidays.map((h) => ({ id: h.id, name: h.name, from: h.from, to: h.to })),
    phone_numbers: ctx.store.phoneNumbersOf(a.extensionId),
    site: ctx.store.siteRef(a.siteId),
  };
}

function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

export function registerAutoReceptionistRoutes(api: FastifyInstance, ctx: SimContext) {
  api.get('/phone/auto_receptionists', async (request) =>
    listResponse(ctx, request, 'auto_receptionists', ctx.store.state.autoReceptionists.map((a) => autoReceptionistJson(ctx, a))),
  );

  api.get<{ Params: { arId: string } }>('/phone/auto_receptionists/:arId', async (request) => {
    const a = ctx.store.autoReceptionist(request.params.arId);
    // The document's only error: an unknown id is "Validation Failed." (HTTP 400, code 300), not a 404.
    if (!a) throw documentedError(request, 'Validation Failed.');
    // The detail documents no `id` (the caller knows it); the list's items do.
    const { id: _id, ...detail } = autoReceptionistJson(ctx, a);
    return { ...detail, default_transcription_language: a.audioPromptLanguage, recording_storage_location: 'US' };
  });

  api.post('/phone/auto_receptionists', async (request, reply) => {
    if (bodyProblems(request).length > 0) throw validationError(VALIDATION_FAILED);
    const { name, site_id } = (request.body ?? {}) as { name?: string; site_id?: string };
    if (!name || name.trim() === '') throw validationError(VALIDATION_FAILED);
    const sites = ctx.store.state.sites;
    if (!site_id && sites.length > 1) throw decidedError(DECIDED.siteRequired);
    const site = site_id ? ctx.store.site(site_id) : sites[0];
    if (!site) throw decidedError(DECIDED.unknownSite, site_id ?? '');
    const used = ctx.store.usedExtensionNumbers();
    let extensionNumber = 8001;
    while (used.has(extensionNumber)) extensionNumber += 1;
    const ar: AutoReceptionistRecord = {
      id: ctx.store.newId(),
      extensionId: ctx.store.newId(),
      extensionNumber,
      siteId: site.id,
      name,
      timezone: site.timezone,
      audioPromptLanguage: 'en-US',
      department: null,
      costCenter: null,
      primary: false,
      holidays: [],
      businessMenu: defaultMenu(),
      closedMenu: defaultMenu(),
      holidayMenus: {},
      callHandling: defaultCallHandling('autoReceptionist'),
    };
    ctx.store.state.autoReceptionists.push(ar);
    return reply.code(201).send({ id: ar.id, name: ar.name, extension_number: ar.extensionNumber });
  });

  api.patch<{ Params: { arId: string } }>('/phone/auto_receptionists/:arId', async (request, reply) => {
    const id = request.params.arId;
    const a = ctx.store.autoReceptionist(id);
    if (!a) throw documentedError(request, 'Validation Failed. AutoReceptionist does not exist, AutoReceptionistId: {autoReceptionistId}', id);
    const problems = bodyProblems(request);
    const body = (request.body ?? {}) as {
      name?: string; extension_number?: number; timezone?: string; audio_prompt_language?: string; department?: string; cost_center?: string;
    };
    if (problems.some((p) => p.field === 'audio_prompt_language')) {
      throw documentedError(request, 'Audio prompt language is invalid:{0}', String(body.audio_prompt_language));
    }
    if (problems.length > 0) throw validationError(VALIDATION_FAILED);
    if (body.timezone !== undefined && !isTimeZone(body.timezone)) throw documentedError(request, 'Time zone is invalid:{0}', body.timezone);
    if (body.extension_number !== undefined) {
      const n = body.extension_number;
      if (String(n).length < 3 || String(n).length > 6) throw documentedError(request, 'Extension Number must be {min} to {max} digits', '3', '6');
      if (n !== a.extensionNumber && ctx.store.usedExtensionNumbers().has(n)) {
        throw documentedError(request, 'Extension number {extensionNumber} is already used.', String(n));
      }
    }
    commit(ctx, request, () => {
      if (body.name !== undefined) a.name = body.name;
      if (body.extension_number !== undefined) a.extensionNumber = body.extension_number;
      if (body.timezone !== undefined) a.timezone = body.timezone;
      if (body.audio_prompt_language !== undefined) a.audioPromptLanguage = body.audio_prompt_language;
      if (body.department !== undefined) a.department = body.department;
      if (body.cost_center !== undefined) a.costCenter = body.cost_center;
    });
    return reply.code(204).send();
  });

  api.delete<{ Params: { arId: string } }>('/phone/auto_receptionists/:arId', async (request, reply) => {
    const id = request.params.arId;
    const a = ctx.store.autoReceptionist(id);
    if (!a) throw documentedError(request, 'AutoReceptionist does not exist: {autoReceptionistId}.', id);
    if (a.primary) throw documentedError(request, 'Unable to delete main Auto receptionist.');
    commit(ctx, request, () => {
      ctx.store.state.autoReceptionists = ctx.store.state.autoReceptionists.filter((x) => x.id !== id);
      for (const p of ctx.store.state.phoneNumbers) if (p.assigneeExtensionId === a.extensionId) p.assigneeExtensionId = null;
    });
    return reply.code(204).send();
  });
}
