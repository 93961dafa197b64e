// Auto receptionists: list (Medium, max 100), get (Medium), add, update,
// delete non-primary (Light). Holidays come with the record; the IVR is in ../ivr.
import type { FastifyInstance } from 'fastify';
import { zoomAutoReceptionistCreateSchema, zoomAutoReceptionistUpdateSchema } from '@switchboard/zoom-schema/phone-auto-receptionists';
import type { SimContext } from '../../context';
import { commit } from '../../platform/api';
import { VALIDATION_FAILED, ZoomApiError, validationError } from '../../platform/errors';
import { listResponse } from '../../platform/list';
import { defaultMenu } from '../../seed/menus';
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
  api.get('/phone/auto_receptionists', { config: { label: 'medium' } }, async (request) =>
    listResponse(ctx, request, 'auto_receptionists', ctx.store.state.autoReceptionists.map((a) => autoReceptionistJson(ctx, a)), 100),
  );

  api.get<{ Params: { arId: string } }>('/phone/auto_receptionists/:arId', { config: { label: 'medium' } }, async (request) => {
    const a = ctx.store.autoReceptionist(request.params.arId);
    if (!a) throw new ZoomApiError(404, 404, `AutoReceptionist does not exist: ${request.params.arId}.`);
    return { ...autoReceptionistJson(ctx, a), default_transcription_language: a.audioPromptLanguage, recording_storage_location: 'US' };
  });

  api.post('/phone/auto_receptionists', { config: { label: 'light' } }, async (request, reply) => {
    const parsed = zoomAutoReceptionistCreateSchema.safeParse(request.body ?? {});
    if (!parsed.success) throw validationError(VALIDATION_FAILED);
    const { name, site_id } = parsed.data;
    const sites = ctx.store.state.sites;
    if (!site_id && sites.length > 1) throw validationError('Site id is required when multiple sites are enabled.');
    const site = site_id ? ctx.store.site(site_id) : sites[0];
    if (!site) throw validationError(`The site does not exist: ${site_id ?? ''}.`);
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
    };
    ctx.store.state.autoReceptionists.push(ar);
    return reply.code(201).send({ id: ar.id, name: ar.name, extension_number: ar.extensionNumber });
  });

  api.patch<{ Params: { arId: string } }>('/phone/auto_receptionists/:arId', { config: { label: 'light' } }, async (request, reply) => {
    const id = request.params.arId;
    const a = ctx.store.autoReceptionist(id);
    if (!a) throw validationError(`Validation Failed. AutoReceptionist does not exist, AutoReceptionistId: ${id}`);
    const parsed = zoomAutoReceptionistUpdateSchema.safeParse(request.body ?? {});
    if (!parsed.success) {
      const lang = parsed.error.issues.find((i) => i.path[0] === 'audio_prompt_language');
      if (lang) throw validationError(`Audio prompt language is invalid:${String((request.body as Record<string, unknown>).audio_prompt_language)}`);
      throw validationError(VALIDATION_FAILED);
    }
    const body = parsed.data;
    if (body.timezone !== undefined && !isTimeZone(body.timezone)) throw validationError(`Time zone is invalid:${body.timezone}`);
    if (body.extension_number !== undefined) {
      const n = body.extension_number;
      if (String(n).length < 3 || String(n).length > 6) throw validationError('Extension Number must be 3 to 6 digits');
      if (n !== a.extensionNumber && ctx.store.usedExtensionNumbers().has(n)) {
        throw new ZoomApiError(400, 10001, `Extension number ${n} is already used.`);
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

  api.delete<{ Params: { arId: string } }>('/phone/auto_receptionists/:arId', { config: { label: 'light' } }, async (request, reply) => {
    const id = request.params.arId;
    const a = ctx.store.autoReceptionist(id);
    if (!a) throw new ZoomApiError(404, 404, `AutoReceptionist does not exist: ${id}.`);
    if (a.primary) throw new ZoomApiError(400, 400, 'Unable to delete main Auto receptionist.');
    commit(ctx, request, () => {
      ctx.store.state.autoReceptionists = ctx.store.state.autoReceptionists.filter((x) => x.id !== id);
      for (const p of ctx.store.state.phoneNumbers) if (p.assigneeExtensionId === a.extensionId) p.assigneeExtensionId = null;
    });
    return reply.code(204).send();
  });
}
