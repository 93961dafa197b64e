// Asset-level rules shared by create, update and duplicate: the name and
// description limits, unique names among live assets, the category, and the
// bounds of the simulator's in-memory store.
import type { FastifyRequest } from 'fastify';
import type { SimContext } from '../../context';
import { decidedError } from '../../platform/decisions';
import { CC_DECIDED } from '../../platform/decisions-contact-center';
import { documentedError } from '../../platform/operations';
import type { CcAssetRecord } from '../../state/contact-center';
import { ccOf, ccValidationFailed, isNonEmptyString } from '../common';
import { storedBytes } from './file-bytes';

export const MAX_ASSET_NAME = 150;
export const MAX_ASSET_DESCRIPTION = 256;
export const MAX_ASSETS = 5000;
export const MAX_STORED_BYTES = 256 * 1024 * 1024;

export const ASSET_TYPES = ['audio', 'image', 'slides', 'text', 'video', 'saved_reply'] as const;

/** The problem with a name, as the duplicate operation reports it per asset, or undefined. */
export function nameProblem(ctx: SimContext, name: unknown, self?: CcAssetRecord): 'invalid' | 'Asset name is too long.' | 'Duplicate asset name' | undefined {
  if (!isNonEmptyString(name)) return 'invalid';
  if (name.length > MAX_ASSET_NAME) return 'Asset name is too long.';
  const key = name.trim().toLowerCase();
  const taken = ccOf(ctx).assets.some((a) => a !== self && a.archivedAt === null && a.name.trim().toLowerCase() === key);
  return taken ? 'Duplicate asset name' : undefined;
}

export function checkName(ctx: SimContext, request: FastifyRequest, name: unknown, self?: CcAssetRecord): string {
  const problem = nameProblem(ctx, name, self);
  if (problem === 'invalid') throw ccValidationFailed(request);
  if (problem) throw documentedError(request, problem);
  return name as string;
}

export function checkDescription(request: FastifyRequest, description: unknown): string | undefined {
  if (description === undefined) return undefined;
  if (typeof description !== 'string') throw ccValidationFailed(request);
  if (description.length > MAX_ASSET_DESCRIPTION) throw documentedError(request, 'Asset description is too long.');
  return description;
}

/** The category id to keep: undefined (not sent), null (none) or an existing category's id. */
export function checkCategory(ctx: SimContext, categoryId: unknown): string | null | undefined {
  if (categoryId === undefined) return undefined;
  if (categoryId === '' || categoryId === null) return null;
  if (typeof categoryId !== 'string' || !ccOf(ctx).categories.some((c) => c.id === categoryId)) throw decidedError(CC_DECIDED.unknownCategory);
  return categoryId;
}

/** Whether `extra` more uploaded bytes fit the store. */
export const storeHasRoom = (ctx: SimContext, extra: number) => storedBytes(ctx) + extra <= MAX_STORED_BYTES;

export const liveAsset = (ctx: SimContext, id: string) => ccOf(ctx).assets.find((a) => a.id === id && a.archivedAt === null);
