// Asset library writes in Zoom's write shapes, each through the pipeline
// with its plan twin: create (JSON: text or text-to-speech; uploads are in
// asset-uploads.ts), change (name, description, category, text items; items
// removed with DELETE …/items), duplicate, delete (Zoom archives first, then
// deletes: two requests). Refusals Zoom would give (a voice its language
// lacks) are sentences before anything is sent.
import type { AssetCreateJsonBody, AssetDuplicateBody, AssetPatchBody, AssetWriteResult } from '@switchboard/contract/cc-assets';
import { assetItemsIssues } from '@switchboard/contract/cc-assets';
import type { WritePlan } from '@switchboard/contract/write';
import { ccAssetDuplicateAnswerSchema } from '@switchboard/zoom-schema/contact-center-assets';
import { ZOOM_OPERATIONS, operationPath } from '@switchboard/zoom-schema/operations';
import { badRequest } from '../../http/app-error';
import type { Change, Mismatch, OpResult, PlannedWrite } from '../../write-pipeline/types';
import type { Actor } from '../ivr-write/service';
import { assetState, assetVersion, itemMismatches, itemWrite, type AssetState } from './asset-state';
import type { CcAssetReader } from './assets-read';
import { z } from 'zod';
import { zoomExecutor } from '../../write-pipeline/zoom-executor';
import type { ZoomClient } from '../../zoom/client';
import { formFields, multipartForm } from '../../zoom/multipart-body';
import { differs, type CcWriteSpec, type CcWriter } from './cc-write';
import type { CcReads } from './zoom-reads';

const OPS = ZOOM_OPERATIONS;
const CONFLICT = 'This asset was changed in Zoom after you loaded it, so nothing was written. Reload it, then apply your change again.';

/** The id Zoom gave the asset an op created (a create's 201 body, or a duplicate's first result). */
export function createdAssetId(ops: readonly OpResult[]): string | null {
  for (const op of ops) {
    const a = op.answer as { asset_id?: unknown } | undefined;
    if (typeof a?.asset_id === 'string') return a.asset_id;
    const dup = ccAssetDuplicateAnswerSchema.safeParse(op.answer);
    const id = dup.success ? dup.data.results.find((r) => r.status === 'success')?.asset_id : undefined;
    if (id) return id;
  }
  return null;
}

function refuseItems(type: string, items: AssetPatchBody['items']) {
  const issues = assetItemsIssues(type, items ?? []);
  if (issues.length > 0) throw badRequest(issues.map((i) => i.message).join(' '), { issues });
}

/** Create and update are documented as multipart/form-data only: their ops go as forms, the rest as JSON. */
export function assetFormExecutor(zoom: ZoomClient) {
  const form = /\/asset_library\/assets(\/[^/]+)?$/;
  return zoomExecutor(zoom, 'light', (op, onRetry) =>
    (op.request.method === 'POST' || op.request.method === 'PATCH') && form.test(op.request.path)
      ? zoom.upload({ method: op.request.method, path: op.request.path, label: op.label ?? 'light', schema: z.unknown(), form: multipartForm(formFields(op.request.body as Record<string, unknown>), null), onRetry })
      : zoom.request({ method: op.request.method, path: op.request.path, label: op.label ?? 'light', schema: z.unknown(), ...(op.request.body === undefined ? {} : { body: op.request.body }), onRetry }),
  );
}

export class CcAssetWriter {
  private readonly execute: ReturnType<typeof assetFormExecutor>;

  constructor(
    zoom: ZoomClient,
    private readonly reads: CcReads,
    private readonly reader: CcAssetReader,
    private readonly writer: CcWriter,
  ) {
    this.execute = assetFormExecutor(zoom);
  }

  /** The state of an asset a create made, read back from the id Zoom answered (null: none made). */
  readCreated = async (ops: readonly OpResult[]): Promise<AssetState | null> => {
    const id = createdAssetId(ops);
    if (!id) return null;
    const read = await this.reads.assetOrNull(id);
    return read ? assetState(read) : null;
  };

  private async categoryName(id: string | null | undefined): Promise<string | null> {
    if (!id) return null;
    const c = (await this.reads.categories()).find((x) => x.category_id === id);
    if (!c) throw badRequest(`The asset library has no category ${id}: choose one of its categories.`);
    return c.category_name;
  }

  private createSpec(body: AssetCreateJsonBody): CcWriteSpec<AssetState | null> {
    return {
      key: `cc-asset:new:${body.name.toLowerCase()}`,
      read: async () => null,
      version: assetVersion,
      baseVersion: undefined,
      plan: async () => {
        const category = await this.categoryName(body.categoryId);
        const request = {
          asset_name: body.name,
          asset_type: body.type,
          ...(body.description !== undefined ? { asset_description: body.description } : {}),
          ...(body.categoryId ? { category_id: body.categoryId } : {}),
          asset_items: body.items.map(itemWrite),
        };
        const kind = body.type === 'text' ? 'text' : 'text-to-speech audio';
        const diff: Change[] = [{ field: 'Asset', before: 'none', after: `${kind} “${body.name}”${category ? ` in ${category}` : ''}, ${body.items.map((i) => i.language).join(', ')}` }];
        return { ops: [{ description: `Create ${kind} asset “${body.name}”`, field: 'asset', label: 'light', request: { method: 'POST', path: OPS.createCcAsset.path, body: request } }], diff };
      },
      execute: this.execute,
      readBack: this.readCreated,
      verify: (rb) =>
        rb === null
          ? [{ field: 'Asset', expected: `“${body.name}”`, actual: 'not found' }]
          : [...differs('Name', body.name, rb.name), ...differs('Type', body.type, rb.type), ...itemMismatches(body.items, rb)],
      feature: 'edit-cc-assets',
      audit: { action: 'cc.asset.create', type: 'asset', target: { id: 'new', name: body.name }, subject: 'new asset' },
      conflictMessage: CONFLICT,
    };
  }

  planCreate = (body: AssetCreateJsonBody): Promise<WritePlan> => this.writer.plan(this.createSpec(body));

  async create(body: AssetCreateJsonBody, actor: Actor): Promise<AssetWriteResult> {
    const { result, run } = await this.writer.apply(this.createSpec(body), actor);
    return { ...result, assetId: run.after?.id ?? createdAssetId(run.ops) };
  }

  private patchSpec(id: string, body: AssetPatchBody, name: string | null): CcWriteSpec<AssetState | null> {
    return {
      key: `cc-asset:${id}`,
      read: () => this.reader.state(id),
      version: assetVersion,
      baseVersion: body.baseVersion,
      plan: async (current) => {
        const a = current!;
        refuseItems(a.type, body.items);
        const diff: Change[] = [];
        const patch: Record<string, unknown> = {};
        if (body.name !== undefined && body.name !== a.name) {
          diff.push({ field: 'Name', before: a.name, after: body.name });
          patch.asset_name = body.name;
        }
        if (body.description !== undefined && body.description !== a.description) {
          diff.push({ field: 'Description', before: a.description || 'none', after: body.description || 'none' });
          patch.asset_description = body.description;
        }
        if (body.categoryId !== undefined && body.categoryId !== a.categoryId) {
          diff.push({ field: 'Category', before: a.categoryName ?? 'none', after: (await this.categoryName(body.categoryId)) ?? 'none' });
          patch.category_id = body.categoryId ?? '';
        }
        for (const item of body.items ?? []) {
          const old = item.id ? a.items.find((i) => i.id === item.id) : undefined;
          if (item.id && !old) throw badRequest(`“${a.name}” has no item ${item.id} (any more): reload the asset.`);
          const clash = a.items.find((i) => i.language === item.language && i.id !== item.id && !body.removeItemIds?.includes(i.id));
          if (clash) throw badRequest(`“${a.name}” already has an item in ${item.language}: change that one instead.`);
          diff.push({ field: `${item.language} item`, before: old ? (old.content ?? old.name) : 'none', after: item.content ?? item.name ?? item.language });
        }
        if (body.items?.length) patch.asset_items = body.items.map(itemWrite);
        const ops: PlannedWrite[] = [];
        if (Object.keys(patch).length > 0)
          ops.push({ description: `Change asset “${a.name}”: ${diff.map((d) => `${d.field.toLowerCase()} ${d.after}`).join('; ')}`, field: 'asset', label: 'light', request: { method: 'PATCH', path: operationPath(OPS.updateCcAsset, id), body: patch } });
        const remove = (body.removeItemIds ?? []).map((itemId) => {
          const item = a.items.find((i) => i.id === itemId);
          if (!item) throw badRequest(`“${a.name}” has no item ${itemId} (any more): reload the asset.`);
          if (item.isDefault && !body.items?.some((i) => i.isDefault)) throw badRequest(`The ${item.language} item is the default: make another item the default before removing it.`);
          diff.push({ field: `${item.language} item`, before: item.name, after: 'removed' });
          return item;
        });
        if (remove.length > 0)
          ops.push({ description: `Remove the ${remove.map((i) => i.language).join(', ')} item${remove.length > 1 ? 's' : ''} of “${a.name}”`, field: 'items', label: 'light', request: { method: 'DELETE', path: operationPath(OPS.deleteCcAssetItems, id), body: { asset_item_ids: remove.map((i) => i.id) } } });
        return { ops, diff };
      },
      execute: this.execute,
      verify: (rb): Mismatch[] => [
        ...(body.name !== undefined ? differs('Name', body.name, rb?.name) : []),
        ...(body.description !== undefined ? differs('Description', body.description, rb?.description) : []),
        ...(body.categoryId !== undefined ? differs('Category', body.categoryId, rb?.categoryId ?? null) : []),
        ...itemMismatches(body.items ?? [], rb),
        ...(body.removeItemIds ?? []).filter((i) => rb?.items.some((x) => x.id === i)).map((i) => ({ field: 'Item removed', expected: i, actual: 'still there' })),
      ],
      feature: 'edit-cc-assets',
      audit: { action: 'cc.asset.update', type: 'asset', target: { id, name }, subject: 'asset' },
      conflictMessage: CONFLICT,
    };
  }

  planPatch = (id: string, body: AssetPatchBody) => this.writer.plan(this.patchSpec(id, body, null));

  async patch(id: string, body: AssetPatchBody, actor: Actor): Promise<AssetWriteResult> {
    const a = await this.reader.state(id);
    return { ...(await this.writer.apply(this.patchSpec(id, body, a.name), actor)).result, assetId: id };
  }

  private duplicateSpec(id: string, body: AssetDuplicateBody, name: string | null): CcWriteSpec<AssetState | null> {
    return {
      key: `cc-asset:new:${body.name.toLowerCase()}`,
      read: () => this.reader.state(id),
      version: assetVersion,
      baseVersion: undefined,
      plan: (source) => ({
        ops: [
          {
            description: `Copy asset “${source!.name}” as “${body.name}”`,
            field: 'asset',
            label: 'medium',
            request: { method: 'POST', path: operationPath(OPS.duplicateCcAsset, id), body: { assets: [{ asset_name: body.name, ...(body.description !== undefined ? { asset_description: body.description } : {}) }] } },
          },
        ],
        diff: [{ field: 'Asset', before: 'none', after: `“${body.name}”, a copy of “${source!.name}”` }],
      }),
      readBack: this.readCreated,
      verify: (rb, ops) => {
        if (rb) return differs('Name', body.name, rb.name);
        const refused = ccAssetDuplicateAnswerSchema.safeParse(ops[0]?.answer);
        const why = refused.success ? refused.data.results[0]?.error : undefined;
        return [{ field: 'Copy', expected: `“${body.name}”`, actual: why ? `not made: Zoom said “${why}”` : 'not found' }];
      },
      feature: 'edit-cc-assets',
      audit: { action: 'cc.asset.duplicate', type: 'asset', target: { id, name }, subject: `copy “${body.name}”` },
      conflictMessage: CONFLICT,
    };
  }

  planDuplicate = (id: string, body: AssetDuplicateBody) => this.writer.plan(this.duplicateSpec(id, body, null));

  async duplicate(id: string, body: AssetDuplicateBody, actor: Actor): Promise<AssetWriteResult> {
    const source = await this.reader.state(id);
    const { result, run } = await this.writer.apply(this.duplicateSpec(id, body, source.name), actor);
    return { ...result, assetId: createdAssetId(run.ops) };
  }

  private deleteSpec(id: string, baseVersion: string | undefined, name: string | null): CcWriteSpec<AssetState | null> {
    const path = operationPath(OPS.deleteCcAsset, id);
    return {
      key: `cc-asset:${id}`,
      read: async () => (await this.reads.assetOrNull(id).then((a) => (a ? assetState(a) : null))),
      version: assetVersion,
      baseVersion,
      plan: (current) => {
        if (!current) return { ops: [], diff: [] };
        return {
          ops: [
            { description: `Archive asset “${current.name}” (Zoom deletes only archived assets)`, field: 'asset', label: 'light', request: { method: 'DELETE', path, body: undefined } },
            { description: `Delete asset “${current.name}” for good`, field: 'asset', label: 'light', request: { method: 'DELETE', path, body: undefined } },
          ],
          diff: [{ field: 'Asset', before: `“${current.name}”`, after: 'deleted' }],
        };
      },
      verify: (rb) => (rb ? [{ field: 'Asset', expected: 'deleted', actual: `“${rb.name}” is still there` }] : []),
      feature: 'edit-cc-assets',
      audit: { action: 'cc.asset.delete', type: 'asset', target: { id, name }, subject: 'asset' },
      conflictMessage: CONFLICT,
    };
  }

  planDelete = (id: string, baseVersion?: string) => this.writer.plan(this.deleteSpec(id, baseVersion, null));

  async delete(id: string, baseVersion: string | undefined, actor: Actor): Promise<AssetWriteResult> {
    const a = await this.reads.assetOrNull(id);
    return { ...(await this.writer.apply(this.deleteSpec(id, baseVersion, a?.asset_name ?? null), actor)).result, assetId: id };
  }
}
