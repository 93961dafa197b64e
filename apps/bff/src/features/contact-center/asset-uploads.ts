// Audio and image assets from an uploaded file: the file arrives spooled to
// disk (upload-spool.ts), is judged by its bytes (file-kind.ts) before
// anything is planned, and goes to Zoom as multipart/form-data streamed from
// disk — the BFF never holds the whole file in memory. The history records
// the request with the file described, not its bytes. Also a file item added
// to (or replacing the file of) an existing asset in one language.
import { assetItemUploadFieldsSchema, assetUploadFieldsSchema, type AssetWriteResult } from '@switchboard/contract/cc-assets';
import type { WritePlan } from '@switchboard/contract/write';
import { ZOOM_OPERATIONS, operationPath } from '@switchboard/zoom-schema/operations';
import { z } from 'zod';
import { badRequest } from '../../http/app-error';
import type { PlannedWrite } from '../../write-pipeline/types';
import { zoomExecutor } from '../../write-pipeline/zoom-executor';
import type { ZoomClient } from '../../zoom/client';
import { multipartForm } from '../../zoom/multipart-body';
import type { Actor } from '../ivr-write/service';
import { assetVersion, type AssetState } from './asset-state';
import type { CcAssetReader } from './assets-read';
import { createdAssetId, type CcAssetWriter } from './assets-write';
import { differs, type CcWriteSpec, type CcWriter } from './cc-write';
import { KIND_MIME, sniffKind, uploadProblem, zoomFileName, type UploadKind } from './file-kind';
import type { SpooledUpload } from './upload-spool';

const OPS = ZOOM_OPERATIONS;
const CONFLICT = 'This asset was changed in Zoom after you loaded it, so nothing was written. Reload it, then apply your change again.';

/** The text fields checked by the contract, with a sentence for the first problem. */
function fieldsOf<T extends z.ZodType>(schema: T, fields: Record<string, string>): z.output<T> {
  const parsed = schema.safeParse(fields);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const field = issue.path.join('.');
  const message =
    issue.code === 'unrecognized_keys'
      ? `The upload has a field Switchboard does not take: ${issue.keys.map((k) => `"${k}"`).join(', ')}.`
      : /^(Invalid|Too )/.test(issue.message)
        ? `The field "${field}" is missing or not valid.`
        : issue.message;
  throw badRequest(message, { field });
}

function judged(type: 'audio' | 'image', upload: SpooledUpload): UploadKind {
  const problem = uploadProblem(type, upload.fileName, upload.head);
  if (problem) throw badRequest(problem);
  return sniffKind(upload.head)!;
}

/** Ops whose request holds `upload_file` are streamed with the file; others go as JSON. */
function uploadExecutor(zoom: ZoomClient, upload: SpooledUpload, kind: UploadKind, fields: [string, string][]) {
  const file = { field: 'asset_items[0][upload_file]', fileName: zoomFileName(upload.fileName, kind), contentType: KIND_MIME[kind], path: upload.path, size: upload.size };
  return zoomExecutor(zoom, 'light', (op, onRetry) =>
    zoom.upload({ method: op.request.method as 'POST' | 'PATCH', path: op.request.path, label: op.label ?? 'light', schema: z.unknown(), form: multipartForm(fields, file), onRetry }),
  );
}

const described = (upload: SpooledUpload, kind: UploadKind) => `<file ${zoomFileName(upload.fileName, kind)}, ${upload.size} bytes, ${KIND_MIME[kind]}>`;

export class CcAssetUploads {
  constructor(
    private readonly zoom: ZoomClient,
    private readonly reader: CcAssetReader,
    private readonly assets: CcAssetWriter,
    private readonly writer: CcWriter,
  ) {}

  private createSpec(upload: SpooledUpload): CcWriteSpec<AssetState | null> {
    const f = fieldsOf(assetUploadFieldsSchema, upload.fields);
    const kind = judged(f.type, upload);
    const fields: [string, string][] = [
      ['asset_name', f.name],
      ['asset_type', f.type],
      ...(f.description !== undefined ? [['asset_description', f.description] as [string, string]] : []),
      ...(f.categoryId ? [['category_id', f.categoryId] as [string, string]] : []),
      ['asset_items[0][asset_item_language]', f.language],
      ['asset_items[0][asset_item_name]', f.language],
      ['asset_items[0][is_default]', 'true'],
    ];
    const op: PlannedWrite = {
      description: `Upload ${f.type === 'audio' ? 'audio' : 'image'} asset “${f.name}” (${kind}, ${(upload.size / 1024).toFixed(0)} KB, ${f.language})`,
      field: 'asset',
      label: 'light',
      request: { method: 'POST', path: OPS.createCcAsset.path, body: { ...Object.fromEntries(fields), 'asset_items[0][upload_file]': described(upload, kind) } },
    };
    return {
      key: `cc-asset:new:${f.name.toLowerCase()}`,
      read: async () => null,
      version: assetVersion,
      baseVersion: undefined,
      plan: () => ({ ops: [op], diff: [{ field: 'Asset', before: 'none', after: `${f.type} “${f.name}” from ${upload.fileName}` }] }),
      execute: uploadExecutor(this.zoom, upload, kind, fields),
      readBack: this.assets.readCreated,
      verify: (rb) =>
        rb === null
          ? [{ field: 'Asset', expected: `“${f.name}”`, actual: 'not found' }]
          : [...differs('Name', f.name, rb.name), ...(rb.items.some((i) => i.language === f.language && i.fileUrl) ? [] : [{ field: `${f.language} file`, expected: upload.fileName, actual: 'none' }])],
      feature: 'edit-cc-assets',
      audit: { action: 'cc.asset.create', type: 'asset', target: { id: 'new', name: f.name }, subject: 'new asset' },
      conflictMessage: CONFLICT,
    };
  }

  planCreate = (upload: SpooledUpload): Promise<WritePlan> => this.writer.plan(this.createSpec(upload));

  async create(upload: SpooledUpload, actor: Actor): Promise<AssetWriteResult> {
    const { result, run } = await this.writer.apply(this.createSpec(upload), actor);
    return { ...result, assetId: run.after?.id ?? createdAssetId(run.ops) };
  }

  private itemSpec(id: string, upload: SpooledUpload, name: string | null): CcWriteSpec<AssetState | null> {
    const f = fieldsOf(assetItemUploadFieldsSchema, upload.fields);
    let kind: UploadKind | null = null;
    let fields: [string, string][] = [];
    return {
      key: `cc-asset:${id}`,
      read: () => this.reader.state(id),
      version: assetVersion,
      baseVersion: f.baseVersion,
      plan: (current) => {
        const a = current!;
        if (a.type !== 'audio' && a.type !== 'image') throw badRequest(`“${a.name}” is a ${a.type} asset: only audio and image assets take a file.`);
        kind = judged(a.type, upload);
        const existing = a.items.find((i) => i.language === f.language);
        fields = [
          ...(existing ? [['asset_items[0][asset_item_id]', existing.id] as [string, string]] : []),
          ['asset_items[0][asset_item_language]', f.language],
          ['asset_items[0][asset_item_name]', f.name ?? existing?.name ?? f.language],
          ...(f.isDefault ? [['asset_items[0][is_default]', f.isDefault] as [string, string]] : []),
        ];
        return {
          ops: [
            {
              description: `${existing ? 'Replace the file of' : 'Add'} the ${f.language} item of “${a.name}” (${upload.fileName}, ${(upload.size / 1024).toFixed(0)} KB)`,
              field: 'items',
              label: 'light',
              request: { method: 'PATCH', path: operationPath(OPS.updateCcAsset, id), body: { ...Object.fromEntries(fields), 'asset_items[0][upload_file]': described(upload, kind) } },
            },
          ],
          diff: [{ field: `${f.language} item`, before: existing ? existing.name : 'none', after: upload.fileName }],
        };
      },
      execute: (op) => uploadExecutor(this.zoom, upload, kind!, fields)(op),
      verify: (rb) => {
        const item = rb?.items.find((i) => i.language === f.language);
        return [
          ...(item?.fileUrl ? [] : [{ field: `${f.language} file`, expected: upload.fileName, actual: 'none' }]),
          ...(f.isDefault === 'true' && !item?.isDefault ? [{ field: `${f.language} default`, expected: 'yes', actual: 'no' }] : []),
        ];
      },
      feature: 'edit-cc-assets',
      audit: { action: 'cc.asset.items', type: 'asset', target: { id, name }, subject: `${f.language} item` },
      conflictMessage: CONFLICT,
    };
  }

  planItem = (id: string, upload: SpooledUpload) => this.writer.plan(this.itemSpec(id, upload, null));

  async item(id: string, upload: SpooledUpload, actor: Actor): Promise<AssetWriteResult> {
    const a = await this.reader.state(id);
    return { ...(await this.writer.apply(this.itemSpec(id, upload, a.name), actor)).result, assetId: id };
  }
}
