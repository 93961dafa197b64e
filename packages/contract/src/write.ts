// The write outcome every write answers (IVR menus, hours, holidays, …): the
// same body as PUT …/ivr — outcome, each request with Zoom's status and
// tracking id, mismatches read back, the change in words, the history entry.
// Defined once in ./ivr, named here for the writes that are not menus.
import type { z } from 'zod';
import { IVR_OUTCOMES, ivrApplyResponseSchema, ivrPlanResponseSchema } from './ivr';

export const WRITE_OUTCOMES = IVR_OUTCOMES;
export type WriteOutcome = (typeof WRITE_OUTCOMES)[number];

/** `…/plan`: the requests a write would send, each as a sentence, and the change in words. Nothing is written. */
export const writePlanSchema = ivrPlanResponseSchema;
export type WritePlan = z.infer<typeof writePlanSchema>;

/** The write outcome body (409 with `conflict`, 200 for every other outcome). */
export const writeResultSchema = ivrApplyResponseSchema;
export type WriteResult = z.infer<typeof writeResultSchema>;

/** A Zoom id in a path or body: url-safe letters and digits. */
export const zoomIdPattern = /^[A-Za-z0-9_-]+$/;
