// Shared pieces of the Contact Center contract (/api/cc/…): ids in paths,
// the queues and flows that use an object, and the write outcome with the id
// of what a create made. Admins edit; support and managers read.
import { z } from 'zod';
import { writeResultSchema, zoomIdPattern } from './write';

export const ccIdSchema = z
  .string()
  .min(1)
  .max(64, { error: 'That is not a Zoom Contact Center id.' })
  .regex(zoomIdPattern, { error: 'That is not a Zoom Contact Center id.' });

export const ccIdParamSchema = z.strictObject({ id: ccIdSchema });

/** baseVersion of a change: the version the person loaded. */
export const baseVersionSchema = z.string().min(1, { error: 'baseVersion is required: load the object before changing it.' }).max(128);

/** DELETE takes the object's version as a query parameter (optional: without it, no conflict check). */
export const ccDeleteQuerySchema = z.strictObject({ baseVersion: z.string().min(1).max(128).optional() });

export const ccRefSchema = z.object({ id: z.string(), name: z.string() });
export type CcRef = z.infer<typeof ccRefSchema>;

/** The queues and flows that use a business-hours set, a closure set or an asset (names from Zoom). */
export const usedBySchema = z.object({ queues: z.array(ccRefSchema), flows: z.array(ccRefSchema) });
export type UsedBy = z.infer<typeof usedBySchema>;

/** The write outcome of an asset write: the asset's id (a create's new id; null when it could not be told). */
export const ccAssetResultSchema = writeResultSchema.extend({ assetId: z.string().nullable() });
/** The write outcome of a category write: the category's id (as for assets). */
export const ccCategoryResultSchema = writeResultSchema.extend({ categoryId: z.string().nullable() });
