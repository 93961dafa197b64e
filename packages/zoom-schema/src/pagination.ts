// Zoom list pagination: `page_size` + `next_page_token` (the token lives 15 min).
import { z } from 'zod';

export const zoomPageQuerySchema = z.object({
  page_size: z.coerce.number().int().min(1).max(300).optional(),
  next_page_token: z.string().optional(),
});

export const zoomPageFields = {
  next_page_token: z.string().optional().default(''),
  page_size: z.number().int().optional(),
  total_records: z.number().int().optional(),
};

/** Build a list-response schema: `{ [key]: T[], next_page_token, page_size, total_records }`. */
export function zoomPageSchema<K extends string, T extends z.ZodType>(key: K, item: T) {
  return z.object({ ...zoomPageFields, [key]: z.array(item).default([]) } as {
    [P in K]: z.ZodDefault<z.ZodArray<T>>;
  } & typeof zoomPageFields);
}
