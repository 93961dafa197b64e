import { z } from 'zod';

export const healthSchema = z.object({
  status: z.enum(['ok', 'degraded']),
  mode: z.enum(['demo', 'zoom']),
  db: z.object({ kind: z.enum(['pglite', 'postgres']), ok: z.boolean() }),
  zoom: z.object({
    apiBaseUrl: z.string(),
    plan: z.enum(['pro', 'business']),
    simulatorUrl: z.string().optional(),
  }),
  /** Zendesk Talk: connected or not; in demo mode the simulator's URL. */
  zendesk: z.object({
    connected: z.boolean(),
    simulatorUrl: z.string().optional(),
  }),
  /** Demo sign-ins, present only in demo mode (for the login page). */
  demoUsers: z
    .array(z.object({ email: z.string(), role: z.string(), name: z.string(), blurb: z.string() }))
    .optional(),
});
export type Health = z.infer<typeof healthSchema>;
