// jsonb values are written as JSON text; both drivers return them parsed.
export const toJson = (value: unknown): string | null => (value === undefined ? null : JSON.stringify(value));
