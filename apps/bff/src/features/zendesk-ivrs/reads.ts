// Reading Zendesk Talk: IVRs with their menus, one menu in the
// provider-neutral shape with its version, and the groups and greetings a
// menu's keys may use (cached briefly, like Zoom's directory). Names in a
// menu come from these lists and the IVR's menus, never from the browser or
// Zendesk's comma-joined option_text.
import type { ZendeskChoices, ZendeskIvr } from '@switchboard/contract/zendesk';
import type { NeutralNamer } from '@switchboard/routing-core/menu-model/describe';
import type { NeutralMenu } from '@switchboard/routing-core/menu-model/neutral-menu';
import { neutralMenuVersion } from '@switchboard/routing-core/menu-model/semantic';
import { zendeskToNeutral } from '@switchboard/routing-core/menu-model/zendesk-adapter';
import {
  zendeskIvrReadSchema,
  zendeskMenuReadSchema,
  zendeskNamedSchema,
  type ZendeskIvrRead,
  type ZendeskMenuRead,
} from '@switchboard/routing-core/menu-model/zendesk-payloads';
import { z } from 'zod';
import { AppError, notFound } from '../../http/app-error';
import { TtlCache } from '../../lib/ttl-cache';
import type { ZendeskClient } from '../../zendesk/client';
import { ZendeskApiError } from '../../zendesk/zendesk-error';

export const IVR_BASE = '/api/v2/channels/voice/ivr';
const CHOICES_TTL_MS = 30_000;

export interface ZendeskMenuState {
  /** As Zendesk answered (route ids: what the plan writes to). */
  raw: ZendeskMenuRead;
  /** Provider-neutral, names filled in. */
  menu: NeutralMenu;
}

const ivrItem = (ivr: ZendeskIvrRead): ZendeskIvr => ({
  id: String(ivr.id),
  name: ivr.name,
  phoneNumbers: ivr.phone_number_names ?? [],
  menus: ivr.menus.map((m) => ({ id: String(m.id), name: m.name, default: m.default })),
});

export class ZendeskReads {
  private readonly choicesCache = new TtlCache<'choices', ZendeskChoices>(CHOICES_TTL_MS);

  constructor(private readonly client: ZendeskClient | null) {}

  /** The client, or 503 when Zendesk is not connected. */
  get zendesk(): ZendeskClient {
    if (!this.client) {
      throw new AppError(503, 'zendesk_not_connected', 'Zendesk Talk is not connected: an administrator sets ZENDESK_SUBDOMAIN, ZENDESK_EMAIL and ZENDESK_API_TOKEN.');
    }
    return this.client;
  }

  async ivrs(): Promise<ZendeskIvr[]> {
    return (await this.zendesk.list(IVR_BASE, 'ivrs', zendeskIvrReadSchema)).map(ivrItem);
  }

  async ivrRead(ivrId: string): Promise<ZendeskIvrRead> {
    const res = await this.zendesk
      .request({ method: 'GET', path: `${IVR_BASE}/${ivrId}`, schema: z.object({ ivr: zendeskIvrReadSchema }) })
      .catch(missing(`Zendesk Talk has no IVR ${ivrId}; it may have been deleted.`));
    return res.data.ivr;
  }

  async ivr(ivrId: string): Promise<ZendeskIvr> {
    return ivrItem(await this.ivrRead(ivrId));
  }

  /** Groups and greetings to choose from. */
  choices(): Promise<ZendeskChoices> {
    return this.choicesCache.get('choices', async () => {
      const [groups, greetings] = await Promise.all([
        this.zendesk.list('/api/v2/groups', 'groups', zendeskNamedSchema),
        this.zendesk.list('/api/v2/channels/voice/greetings', 'greetings', zendeskNamedSchema),
      ]);
      const named = (l: { id: number; name: string }[]) => l.map((x) => ({ id: String(x.id), name: x.name }));
      return { groups: named(groups), greetings: named(greetings) };
    });
  }

  /** Names of groups, greetings and the IVR's menus, for words and filled-in menus. */
  async namer(ivr: ZendeskIvrRead): Promise<NeutralNamer> {
    const choices = await this.choices();
    const groups = new Map(choices.groups.map((g) => [g.id, g.name]));
    const greetings = new Map(choices.greetings.map((g) => [g.id, g.name]));
    const menus = new Map(ivr.menus.map((m) => [String(m.id), m.name]));
    return { target: (t) => (t.type === 'group' ? groups.get(t.id) : undefined), greeting: (id) => greetings.get(id), menu: (id) => menus.get(id) };
  }

  /** One GET of the menu (Zendesk's answer). */
  async menuRaw(ivrId: string, menuId: string): Promise<ZendeskMenuRead> {
    const res = await this.zendesk
      .request({ method: 'GET', path: `${IVR_BASE}/${ivrId}/menus/${menuId}`, schema: z.object({ ivr_menu: zendeskMenuReadSchema }) })
      .catch(missing(`Zendesk Talk has no menu ${menuId} in IVR ${ivrId}; it may have been deleted.`));
    return res.data.ivr_menu;
  }

  /** The menu as Switchboard shows it: neutral, names filled in from Zendesk's lists. */
  named(raw: ZendeskMenuRead, namer: NeutralNamer): NeutralMenu {
    return zendeskToNeutral(raw, { group: (id) => namer.target?.({ type: 'group', id }), menu: namer.menu, greeting: namer.greeting });
  }

  async menu(ivrId: string, menuId: string): Promise<{ menu: NeutralMenu; version: string }> {
    const [raw, ivr] = await Promise.all([this.menuRaw(ivrId, menuId), this.ivrRead(ivrId)]);
    const menu = this.named(raw, await this.namer(ivr));
    return { menu, version: neutralMenuVersion(menu) };
  }
}

/** Zendesk's 404 as a sentence naming what is missing. */
function missing(message: string) {
  return (err: unknown): never => {
    if (err instanceof ZendeskApiError && err.isNotFound) throw notFound(message);
    throw err;
  };
}
