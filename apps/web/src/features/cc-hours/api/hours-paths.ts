// Where Contact Center operating hours live in the BFF, and the query key they share.
export const BUSINESS_HOURS_PATH = '/api/cc/business-hours';
export const businessHoursPath = (id: string) => `${BUSINESS_HOURS_PATH}/${encodeURIComponent(id)}`;
export const CLOSURE_SETS_PATH = '/api/cc/closure-sets';
export const closureSetPath = (id: string) => `${CLOSURE_SETS_PATH}/${encodeURIComponent(id)}`;

/** Every operating-hours query sits under this key (sets, their details, occurrences). */
export const CC_HOURS_KEY = ['cc', 'hours'] as const;
