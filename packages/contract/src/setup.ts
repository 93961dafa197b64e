// GET /api/setup (admin): how Switchboard is connected to Zoom and which of the
// scopes its features need the Zoom app was not granted. Read from the scope
// list of Zoom's token answer; it costs no API call.
import { z } from 'zod';

export const missingScopeSchema = z.object({
  /** The granular scope to add in the Zoom App Marketplace. */
  scope: z.string(),
  /** Older (classic) scopes that would do instead. */
  alternatives: z.array(z.string()),
  /** What does not work until it is added, in words. */
  features: z.array(z.string()),
});
export type MissingScope = z.infer<typeof missingScopeSchema>;

export const setupQuerySchema = z.strictObject({
  /** Ask Zoom for a new token first, so scopes added in the Marketplace since show up. */
  recheck: z.enum(['true', 'false'], { error: 'recheck is true or false.' }).optional(),
});
export type SetupQuery = z.infer<typeof setupQuerySchema>;

export const setupSchema = z.object({
  zoom: z.object({
    mode: z.enum(['demo', 'zoom']),
    plan: z.enum(['pro', 'business']),
    scopes: z.object({
      granted: z.array(z.string()),
      missing: z.array(missingScopeSchema),
    }),
    /** Features that work with the scopes granted, in words. */
    working: z.array(z.string()),
  }),
});
export type Setup = z.infer<typeof setupSchema>;
