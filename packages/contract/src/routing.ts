// The routing explorer (every role reads): trace a call from a number at an
// instant with key presses, the problems report, and search for an entry
// point (a number in any format, an extension number or a name) with its
// route tree. All answered from a cached snapshot of the account;
// `refresh=true` rebuilds it from Zoom first.
import { z } from 'zod';
import { PROBLEM_KINDS } from '@switchboard/routing-core/routing/problem-types';
import { TRACE_KINDS } from '@switchboard/routing-core/routing/trace-types';

const refresh = z
  .enum(['true', 'false'], { error: 'refresh must be true or false.' })
  .optional()
  .transform((v) => v === 'true');

export const traceQuerySchema = z.strictObject({
  number: z.string({ error: 'number is required: a phone number in any format or an extension number.' }).trim().min(1, { error: 'number is required.' }).max(40),
  /** ISO instant with a zone (`Z` or an offset); default: now. */
  at: z.string().max(40).optional(),
  /** Keys pressed in order, e.g. "2,1". */
  keys: z.string().max(80).optional(),
  refresh,
});
export type TraceQuery = z.input<typeof traceQuerySchema>;

const traceKindSchema = z.enum(TRACE_KINDS);
export const traceStepSchema = z.object({ kind: traceKindSchema, id: z.string(), name: z.string(), reason: z.string() });
export type TraceStep = z.infer<typeof traceStepSchema>;
export const traceEndSchema = z.object({ kind: traceKindSchema, id: z.string().optional(), name: z.string(), reason: z.string() });

export const traceOutcomeSchema = z.enum(['rings', 'voicemail', 'external', 'disconnected', 'loop', 'broken']);

export const traceResponseSchema = z.object({
  steps: z.array(traceStepSchema),
  end: traceEndSchema,
  /** What the end means (rings, voicemail, external, disconnected, loop, broken). */
  outcome: traceOutcomeSchema,
  /** The instant traced (ISO, UTC). */
  at: z.string(),
  refreshedAt: z.string(),
});
export type TraceResponse = z.infer<typeof traceResponseSchema>;

export const refreshQuerySchema = z.strictObject({ refresh });

export const problemKindSchema = z.enum(PROBLEM_KINDS);
export const problemSchema = z.object({
  kind: problemKindSchema,
  severity: z.enum(['error', 'warning']),
  object: z.object({ type: z.string(), id: z.string(), name: z.string() }),
  message: z.string(),
  /** The page of Switchboard that fixes it. */
  href: z.string(),
});
export type RoutingProblem = z.infer<typeof problemSchema>;

export const problemsResponseSchema = z.object({
  items: z.array(problemSchema),
  counts: z.object({ errors: z.number().int(), warnings: z.number().int() }),
  refreshedAt: z.string(),
});
export type ProblemsResponse = z.infer<typeof problemsResponseSchema>;

export const routingSearchQuerySchema = z.strictObject({
  q: z.string({ error: 'q is required: a phone number, an extension number or a name.' }).trim().min(1, { error: 'q is required.' }).max(80),
  refresh,
});

export const ROUTE_NODE_KINDS = [
  'number',
  'auto_receptionist',
  'menu',
  'key',
  'call_queue',
  'user',
  'shared_line_group',
  'common_area',
  'voicemail',
  'external',
  'cc_entry_point',
  'cc_flow',
  'cc_queue',
  'disconnect',
  'other',
] as const;

/** One node of an entry point's route tree; `children` empty when it ends there or was already shown above. */
export interface RouteNode {
  kind: (typeof ROUTE_NODE_KINDS)[number];
  label: string;
  /** Words about it ("rings 5 members at once", "shown above"). */
  detail?: string | undefined;
  /** A Switchboard page about it. */
  href?: string | undefined;
  children: RouteNode[];
}
export const routeNodeSchema: z.ZodType<RouteNode> = z.lazy(() =>
  z.object({
    kind: z.enum(ROUTE_NODE_KINDS),
    label: z.string(),
    detail: z.string().optional(),
    href: z.string().optional(),
    children: z.array(routeNodeSchema),
  }),
);

export const routingSearchItemSchema = z.object({
  /** What matched, in words: "+61 2 5555 1001 (phone number)". */
  matched: z.string(),
  /** What to trace (the E.164 number or the extension number). */
  number: z.string(),
  name: z.string(),
  type: z.string(),
  /** The zone its hours are kept in, when it has hours (the trace form starts there). */
  timezone: z.string().optional(),
  /** The diagram page of an auto receptionist, when it is one. */
  diagramHref: z.string().optional(),
  tree: routeNodeSchema,
});
export type RoutingSearchItem = z.infer<typeof routingSearchItemSchema>;

export const routingSearchResponseSchema = z.object({ items: z.array(routingSearchItemSchema), refreshedAt: z.string() });
export type RoutingSearchResponse = z.infer<typeof routingSearchResponseSchema>;
