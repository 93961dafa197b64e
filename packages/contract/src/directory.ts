// Routing targets for pickers, normalized from Zoom's many list endpoints.
import { z } from 'zod';
import type { TargetKind } from '@switchboard/zoom-schema/ivr-actions';

export const DIRECTORY_TYPES = [
  'user',
  'callQueue',
  'autoReceptionist',
  'sharedLineGroup',
  'commonArea',
  'externalContact',
  'zoomRoom',
  'contactCenter',
  'meetingService',
  'audioPrompt',
] as const;
export const directoryTypeSchema = z.enum(DIRECTORY_TYPES);
export type DirectoryType = z.infer<typeof directoryTypeSchema>;

export const directoryQuerySchema = z.strictObject({
  type: directoryTypeSchema.optional(),
  q: z.string().trim().max(100, { error: 'Search text is limited to 100 characters.' }).optional(),
});
export type DirectoryQuery = z.infer<typeof directoryQuerySchema>;

export const directoryItemSchema = z.object({
  type: directoryTypeSchema,
  id: z.string(),
  /** Extension id used as a routing target (absent for audio prompts). */
  extensionId: z.string().nullable(),
  extensionNumber: z.string().nullable(),
  name: z.string(),
  site: z.object({ id: z.string(), name: z.string() }).nullable().optional(),
  /** External contacts: their numbers; audio prompts: whether audio can be played. */
  phoneNumbers: z.array(z.string()).optional(),
  hasAudio: z.boolean().optional(),
});
export type DirectoryItem = z.infer<typeof directoryItemSchema>;

export const directoryListSchema = z.object({ items: z.array(directoryItemSchema) });
export type DirectoryList = z.infer<typeof directoryListSchema>;

/**
 * Which directory list holds the targets of each routing target kind. Cisco/
 * Polycom rooms are not listed: Zoom documents no list of them, so the editor
 * takes their extension id as typed and Zoom judges it.
 */
export const DIRECTORY_TYPE_FOR_TARGET: Partial<Record<TargetKind, DirectoryType>> = {
  user: 'user',
  callQueue: 'callQueue',
  autoReceptionist: 'autoReceptionist',
  sharedLineGroup: 'sharedLineGroup',
  commonArea: 'commonArea',
  externalContact: 'externalContact',
  zoomRoom: 'zoomRoom',
  contactCenter: 'contactCenter',
  meetingService: 'meetingService',
};
