// Contact Center entry points (GET /contact_center/flows_entry_points). A
// voice entry point's `entry_id` is what a Zoom Phone IVR key forwards to with
// action 15 ("the extension ID or contact center setting ID"; see decision 006).
import { z } from 'zod';
import { zoomPageSchema } from './pagination';

export const zoomEntryPointSchema = z.object({
  entry_id: z.string(),
  entry_name: z.string().optional(),
  channel: z.string().optional(),
  entry_number: z.string().optional(),
});
export type ZoomEntryPoint = z.infer<typeof zoomEntryPointSchema>;

export const zoomEntryPointListSchema = zoomPageSchema('entry_points', zoomEntryPointSchema);
