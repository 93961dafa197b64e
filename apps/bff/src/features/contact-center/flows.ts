// Contact Center flows, read only: list, one flow with its entry points and
// versions, and its export (Zoom's JSON file, handed on as a download).
import type { CcFlowList, CcFlowResponse, CcFlowSummary } from '@switchboard/contract/cc-flows';
import type { CcFlowRead } from '@switchboard/zoom-schema/contact-center-flows';
import { withZoomPriority } from '../../zoom/priority';
import type { CcReads } from './zoom-reads';

function summary(f: CcFlowRead): CcFlowSummary {
  return {
    id: f.flow_id,
    name: f.flow_name,
    description: f.flow_description ?? '',
    channel: f.channel ?? 'voice',
    status: f.status ?? 'unknown',
    modifiedBy: f.modified_by || null,
    lastModified: f.last_modified_time || null,
    entryPoints: (f.entry_points ?? []).map((e) => ({ id: e.entry_id, name: e.entry_name ?? e.entry_id, number: e.entry_number ?? null, language: e.entry_language ?? null })),
  };
}

export class CcFlowService {
  constructor(private readonly reads: CcReads) {}

  list(): Promise<CcFlowList> {
    return withZoomPriority('read', async () => ({ items: (await this.reads.flows()).map(summary).sort((a, b) => a.name.localeCompare(b.name)) }));
  }

  get(id: string): Promise<CcFlowResponse> {
    return withZoomPriority('read', async () => {
      const f = await this.reads.flow(id);
      return {
        flow: {
          ...summary(f),
          versions: (f.flow_versions ?? []).map((v) => ({
            id: v.flow_version_id ?? '',
            version: v.flow_version ?? null,
            description: v.flow_version_description ?? '',
            status: v.flow_version_status ?? 'unknown',
            lastModified: v.flow_version_last_modified_time ?? null,
          })),
        },
      };
    });
  }

  /** The export file and a file name made from the flow's name. */
  async export(id: string): Promise<{ fileName: string; body: unknown }> {
    return withZoomPriority('read', async () => {
      const [flow, body] = await Promise.all([this.reads.flow(id), this.reads.flowExport(id)]);
      return { fileName: `${flow.flow_name.replace(/[^\w.-]+/g, '_') || 'flow'}.json`, body };
    });
  }
}
