// Contact Center in the simulator's own tests: the read shapes as far as the
// tests look at them, finding seeded objects by name through the API, and
// multipart uploads the way a client sends them.
import type { Harness } from './harness';

export interface CcRange {
  start_time: string;
  end_time: string;
}

export interface CcDay {
  day_of_week: number;
  custom_hour_type: number;
  custom_hour_ranges?: CcRange[];
}

export interface CcBusinessHours {
  business_hour_id: string;
  business_hour_name: string;
  business_hour_description?: string;
  timezone: string;
  account_default: boolean;
  queues_count?: number;
  flows_count?: number;
  hours: { hour_type: number; custom_hours?: CcDay[] };
}

export interface CcClosure {
  closure_id: string;
  closure_name: string;
  closure_hour_type: number;
  start_time: string;
  end_time: string;
  recurring_frequency: number;
  recurring_frequency_type?: number;
  recurring_month?: number;
  recurring_week_interval?: number;
  recurring_days_of_week?: string[];
}

export interface CcClosureSet {
  closure_set_id: string;
  closure_set_name: string;
  closure_set_description?: string;
  timezone: string;
  account_default: boolean;
  closures: CcClosure[];
}

export interface CcQueue {
  queue_id: string;
  cc_queue_id: string;
  queue_name: string;
  channel: string;
}

export interface CcAssetItem {
  asset_item_id: string;
  asset_item_name: string;
  asset_item_language: string;
  is_default: boolean;
  asset_item_content?: string;
  asset_item_file_url?: string;
  asset_item_voice?: string;
}

export interface CcAsset {
  asset_id: string;
  asset_name: string;
  asset_description?: string;
  asset_type: string;
  category_id?: string;
  category_name?: string;
  asset_language_code?: string;
  archived?: boolean;
  archived_time?: string;
  modified_by?: string;
  last_modified_time?: string;
  asset_items: CcAssetItem[];
}

export interface CcAssetSummary {
  asset_id: string;
  asset_name: string;
  asset_type: string;
  asset_category_id?: string;
  asset_category_name?: string;
  asset_language_code?: string;
  asset_items_url?: string;
}

export interface CcPage {
  next_page_token: string;
  page_size: number;
  total_records?: number;
}

export const BUSINESS_HOURS = '/contact_center/business_hours';
export const CLOSURES = '/contact_center/closures';
export const QUEUES = '/contact_center/queues';
export const FLOWS = '/contact_center/flows';
export const ASSETS = '/contact_center/asset_library/assets';
export const CATEGORIES = '/contact_center/asset_library/categories';

export async function businessHoursNamed(h: Harness, name: string): Promise<CcBusinessHours> {
  const list = await h.json<{ business_hours: CcBusinessHours[] }>('GET', `${BUSINESS_HOURS}?page_size=100`);
  const found = list.business_hours.find((b) => b.business_hour_name === name);
  if (!found) throw new Error(`no business hours ${name}`);
  return found;
}

export async function closureSetNamed(h: Harness, name: string): Promise<CcClosureSet> {
  const list = await h.json<{ closure_sets: CcClosureSet[] }>('GET', `${CLOSURES}?page_size=100`);
  const found = list.closure_sets.find((s) => s.closure_set_name === name);
  if (!found) throw new Error(`no closure set ${name}`);
  return found;
}

export async function queueNamed(h: Harness, name: string): Promise<CcQueue> {
  const list = await h.json<{ queues: CcQueue[] }>('GET', `${QUEUES}?page_size=100`);
  const found = list.queues.find((q) => q.queue_name === name);
  if (!found) throw new Error(`no queue ${name}`);
  return found;
}

/** Every live asset, following next_page_token to the end. */
export async function allAssets(h: Harness, query = '', pageSize = 100): Promise<CcAssetSummary[]> {
  const out: CcAssetSummary[] = [];
  let token = '';
  do {
    const sep = query ? '&' : '';
    const page = await h.json<CcPage & { assets: CcAssetSummary[] }>('GET', `${ASSETS}?${query}${sep}page_size=${pageSize}${token ? `&next_page_token=${token}` : ''}`);
    out.push(...page.assets);
    token = page.next_page_token;
  } while (token);
  return out;
}

export async function assetNamed(h: Harness, name: string): Promise<CcAsset> {
  const summary = (await allAssets(h)).find((a) => a.asset_name === name);
  if (!summary) throw new Error(`no asset ${name}`);
  return h.json<CcAsset>('GET', `${ASSETS}/${summary.asset_id}`);
}

export async function categoryNamed(h: Harness, name: string): Promise<{ category_id: string; category_name: string }> {
  const list = await h.json<{ categories: Array<{ category_id: string; category_name: string }> }>('GET', `${CATEGORIES}?page_size=100`);
  const found = list.categories.find((c) => c.category_name === name);
  if (!found) throw new Error(`no category ${name}`);
  return found;
}

/** Sends a multipart/form-data body the way a client would (fetch sets the boundary). */
export async function sendForm(h: Harness, method: 'POST' | 'PATCH', path: string, form: FormData): Promise<Response> {
  return fetch(`${h.url}/v2${path}`, { method, headers: { authorization: `Bearer ${await h.token()}` }, body: form });
}

/** A form of asset fields plus items (`asset_items[i][field]`), files as parts. */
export function assetForm(fields: Record<string, string>, items: Array<Record<string, string | boolean | { name: string; data: Uint8Array }>>): FormData {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  items.forEach((item, i) => {
    for (const [k, v] of Object.entries(item)) {
      if (typeof v === 'object') form.append(`asset_items[${i}][${k}]`, new Blob([v.data]), v.name);
      else form.append(`asset_items[${i}][${k}]`, String(v));
    }
  });
  return form;
}

/** Follows a file link on the file host (no API token), as a client plays it. */
export async function download(url: string): Promise<{ status: number; type: string | null; bytes: Buffer }> {
  const res = await fetch(url);
  return { status: res.status, type: res.headers.get('content-type'), bytes: Buffer.from(await res.arrayBuffer()) };
}
