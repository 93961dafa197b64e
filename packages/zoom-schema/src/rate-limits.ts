// Zoom's per-account, per-label rate limits (requests per second).
export const RATE_LIMIT_LABELS = ['light', 'medium', 'heavy'] as const;
export type RateLimitLabel = (typeof RATE_LIMIT_LABELS)[number];
export const ZOOM_PLANS = ['pro', 'business'] as const;
export type ZoomPlan = (typeof ZOOM_PLANS)[number];

export const RATE_LIMITS: Record<ZoomPlan, Record<RateLimitLabel, number>> = {
  pro: { light: 20, medium: 10, heavy: 5 },
  business: { light: 40, medium: 20, heavy: 10 },
};
