// Asset categories: list, create, rename, delete — each through the pipeline
// with its plan twin; a category's version is its name.
import type { AssetCategoryCreateBody, AssetCategoryList, AssetCategoryRenameBody, AssetCategoryWriteResult } from '@switchboard/contract/cc-assets';
import type { WritePlan } from '@switchboard/contract/write';
import type { CcAssetCategoryRead } from '@switchboard/zoom-schema/contact-center-assets';
import { ZOOM_OPERATIONS, operationPath } from '@switchboard/zoom-schema/operations';
import { badRequest, notFound } from '../../http/app-error';
import type { OpResult } from '../../write-pipeline/types';
import { withZoomPriority } from '../../zoom/priority';
import type { Actor } from '../ivr-write/service';
import { versionOf, type CcWriteSpec, type CcWriter } from './cc-write';
import type { CcReads } from './zoom-reads';

type Categories = CcAssetCategoryRead[];
const OPS = ZOOM_OPERATIONS;
const CONFLICT = 'This category was changed in Zoom after you loaded it, so nothing was written. Reload the categories, then try again.';

const categoryVersion = (c: CcAssetCategoryRead | undefined) => (c ? versionOf({ id: c.category_id, name: c.category_name }) : 'absent');
const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

const newId = (ops: readonly OpResult[]) => {
  const a = ops[0]?.answer as { category_id?: unknown } | undefined;
  return typeof a?.category_id === 'string' ? a.category_id : null;
};

export class CcCategoryService {
  constructor(
    private readonly reads: CcReads,
    private readonly writer: CcWriter,
  ) {}

  list(): Promise<AssetCategoryList> {
    return withZoomPriority('read', async () => ({
      items: (await this.reads.categories())
        .map((c) => ({ id: c.category_id, name: c.category_name, version: categoryVersion(c) }))
        .sort((a, b) => a.name.localeCompare(b.name)),
    }));
  }

  private createSpec(body: AssetCategoryCreateBody): CcWriteSpec<Categories> {
    return {
      key: 'cc-categories',
      read: () => this.reads.categories(),
      baseVersion: undefined,
      plan: (current) => {
        if (current.some((c) => sameName(c.category_name, body.name))) throw badRequest(`There is already a category called “${body.name}”.`);
        return {
          ops: [{ description: `Create category “${body.name}”`, field: 'category', label: 'light', request: { method: 'POST', path: OPS.createCcAssetCategory.path, body: { category_name: body.name, category_scope: 'system' } } }],
          diff: [{ field: 'Category', before: 'none', after: body.name }],
        };
      },
      verify: (rb, ops) => {
        const id = newId(ops);
        const made = rb.find((c) => (id ? c.category_id === id : sameName(c.category_name, body.name)));
        return made && made.category_name === body.name ? [] : [{ field: 'Category', expected: body.name, actual: made?.category_name ?? 'not found' }];
      },
      feature: 'edit-cc-assets',
      audit: { action: 'cc.category.create', type: 'assetCategory', target: { id: 'new', name: body.name }, subject: 'category' },
      conflictMessage: CONFLICT,
    };
  }

  planCreate = (body: AssetCategoryCreateBody): Promise<WritePlan> => this.writer.plan(this.createSpec(body));

  async create(body: AssetCategoryCreateBody, actor: Actor): Promise<AssetCategoryWriteResult> {
    const { result, run } = await this.writer.apply(this.createSpec(body), actor);
    return { ...result, categoryId: newId(run.ops) ?? run.after?.find((c) => sameName(c.category_name, body.name))?.category_id ?? null };
  }

  private find(list: Categories, id: string) {
    const c = list.find((x) => x.category_id === id);
    if (!c) throw notFound(`The asset library has no category ${id}.`);
    return c;
  }

  private renameSpec(id: string, body: AssetCategoryRenameBody): CcWriteSpec<Categories> {
    return {
      key: 'cc-categories',
      read: () => this.reads.categories(),
      version: (list) => categoryVersion(list.find((c) => c.category_id === id)),
      baseVersion: body.baseVersion,
      plan: (current) => {
        const c = this.find(current, id);
        if (c.category_name === body.name) return { ops: [], diff: [] };
        if (current.some((x) => x !== c && sameName(x.category_name, body.name))) throw badRequest(`There is already a category called “${body.name}”.`);
        return {
          ops: [{ description: `Rename category “${c.category_name}” to “${body.name}”`, field: 'category', label: 'light', request: { method: 'PATCH', path: operationPath(OPS.updateCcAssetCategory, id), body: { category_name: body.name } } }],
          diff: [{ field: 'Name', before: c.category_name, after: body.name }],
        };
      },
      verify: (rb) => {
        const c = rb.find((x) => x.category_id === id);
        return c?.category_name === body.name ? [] : [{ field: 'Name', expected: body.name, actual: c?.category_name ?? 'not found' }];
      },
      feature: 'edit-cc-assets',
      audit: { action: 'cc.category.rename', type: 'assetCategory', target: { id, name: body.name }, subject: 'category' },
      conflictMessage: CONFLICT,
    };
  }

  planRename = (id: string, body: AssetCategoryRenameBody) => this.writer.plan(this.renameSpec(id, body));
  rename = async (id: string, body: AssetCategoryRenameBody, actor: Actor): Promise<AssetCategoryWriteResult> => ({
    ...(await this.writer.apply(this.renameSpec(id, body), actor)).result,
    categoryId: id,
  });

  private deleteSpec(id: string, baseVersion: string | undefined): CcWriteSpec<Categories> {
    let name = id;
    return {
      key: 'cc-categories',
      read: () => this.reads.categories(),
      version: (list) => categoryVersion(list.find((c) => c.category_id === id)),
      baseVersion,
      plan: (current) => {
        const c = current.find((x) => x.category_id === id);
        if (!c) return { ops: [], diff: [] };
        name = c.category_name;
        return {
          ops: [{ description: `Delete category “${c.category_name}”`, field: 'category', label: 'light', request: { method: 'DELETE', path: operationPath(OPS.deleteCcAssetCategory, id), body: undefined } }],
          diff: [{ field: 'Category', before: c.category_name, after: 'deleted' }],
        };
      },
      verify: (rb) => (rb.some((c) => c.category_id === id) ? [{ field: 'Category', expected: 'deleted', actual: `“${name}” is still there` }] : []),
      feature: 'edit-cc-assets',
      audit: { action: 'cc.category.delete', type: 'assetCategory', target: { id, name: null }, subject: 'category' },
      conflictMessage: CONFLICT,
    };
  }

  planDelete = (id: string, baseVersion?: string) => this.writer.plan(this.deleteSpec(id, baseVersion));
  delete = async (id: string, baseVersion: string | undefined, actor: Actor): Promise<AssetCategoryWriteResult> => ({
    ...(await this.writer.apply(this.deleteSpec(id, baseVersion), actor)).result,
    categoryId: id,
  });
}
