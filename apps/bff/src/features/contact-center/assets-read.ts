// The asset library, read: one page (Zoom filters type, category and
// language; a name search reads on through the pages), one asset with its
// items, the queues and flows that use it, and an item's file streamed from
// Zoom's file host.
import type { AssetList, AssetListQuery, AssetResponse } from '@switchboard/contract/cc-assets';
import type { UsedBy } from '@switchboard/contract/cc-common';
import { notFound } from '../../http/app-error';
import { TtlCache } from '../../lib/ttl-cache';
import { mapPool } from '../../write-pipeline/pool';
import type { ZoomClient } from '../../zoom/client';
import type { ZoomDownload } from '../../zoom/file-download';
import { withZoomPriority } from '../../zoom/priority';
import { assetState, assetSummary, assetVersion } from './asset-state';
import type { CcReads } from './zoom-reads';

/** Every string under a key ending in `asset_id`, anywhere in a flow's export. */
export function assetIdsIn(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const v of value) assetIdsIn(v, out);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k.endsWith('asset_id') && typeof v === 'string') out.add(v);
      else assetIdsIn(v, out);
    }
  }
  return out;
}

/** Pages a name search reads at most (100 assets each). */
const SEARCH_PAGES = 50;

export class CcAssetReader {
  private readonly usage = new TtlCache<string, Map<string, UsedBy>>(30_000);

  constructor(
    private readonly reads: CcReads,
    private readonly zoom: ZoomClient,
  ) {}

  list(q: AssetListQuery): Promise<AssetList> {
    return withZoomPriority('read', async () => {
      const filters = { asset_type: q.type, asset_category_id: q.category, asset_language_code: q.language };
      if (!q.q) {
        const page = await this.reads.assetPage(filters, q.pageToken);
        return { items: page.assets.map(assetSummary), nextPageToken: page.next_page_token || null };
      }
      const needle = q.q.trim().toLowerCase();
      const items: AssetList['items'] = [];
      let token = q.pageToken;
      for (let i = 0; i < SEARCH_PAGES; i++) {
        const page = await this.reads.assetPage(filters, token);
        items.push(...page.assets.filter((a) => a.asset_name.toLowerCase().includes(needle)).map(assetSummary));
        token = page.next_page_token || undefined;
        if (!token) break;
      }
      return { items, nextPageToken: token ?? null };
    });
  }

  async state(id: string) {
    const read = await this.reads.asset(id);
    if (read.archived) throw notFound(`The asset library has no asset ${id} (it was deleted).`);
    return assetState(read);
  }

  get(id: string): Promise<AssetResponse> {
    return withZoomPriority('read', async () => {
      const [asset, usedBy] = await Promise.all([this.state(id), this.usedBy(id)]);
      return { asset, usedBy, version: assetVersion(asset) };
    });
  }

  /**
   * Queues that overflow to it (their operating hours name it) and flows that
   * play it (their export names it under a key ending in `asset_id`): Zoom has
   * no list of an asset's users, so the index of every asset's users is built
   * from one read per queue and flow and kept 30 s.
   */
  async usedBy(id: string): Promise<UsedBy> {
    const index = await this.usage.get('all', () => this.usageIndex());
    return index.get(id) ?? { queues: [], flows: [] };
  }

  private async usageIndex(): Promise<Map<string, UsedBy>> {
    const index = new Map<string, UsedBy>();
    const entry = (id: string) => index.get(id) ?? (index.set(id, { queues: [], flows: [] }).get(id) as UsedBy);
    const [queues, flows] = await Promise.all([this.reads.queues(), this.reads.flows()]);
    await mapPool(queues, 4, async (q) => {
      const asset = (await this.reads.operatingHours(q.queue_id)).overflow_to_goodbye_message_asset_id;
      if (asset) entry(asset).queues.push({ id: q.queue_id, name: q.queue_name });
    });
    await mapPool(flows, 4, async (f) => {
      for (const asset of assetIdsIn(await this.reads.flowExport(f.flow_id))) entry(asset).flows.push({ id: f.flow_id, name: f.flow_name });
    });
    return index;
  }

  /** The item's file (audio to play, an image to show), from the link Zoom gives. */
  file(id: string, itemId: string, signal?: AbortSignal): Promise<ZoomDownload> {
    return withZoomPriority('read', async () => {
      const read = await this.reads.asset(id);
      const url = read.asset_items.find((i) => i.asset_item_id === itemId)?.asset_item_file_url;
      if (!url) throw notFound(`That item of “${read.asset_name}” has no file.`);
      const file = await this.zoom.download(url, signal ? { signal } : {});
      if (file.status === 404) throw notFound(`Zoom no longer has the file of “${read.asset_name}”.`);
      return file;
    });
  }
}
