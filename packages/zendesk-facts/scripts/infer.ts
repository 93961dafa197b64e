// Types from example values (the documents' examples show every nested menu
// and route field), and the naming rules used where no example shows a field.
import type { SchemaFact } from '../src/facts';

/** The type an example value shows; null shows no type. */
export function typeOfExample(value: unknown): SchemaFact {
  if (value === null || value === undefined) return { type: 'any' };
  if (typeof value === 'string') return { type: 'string' };
  if (typeof value === 'boolean') return { type: 'boolean' };
  if (typeof value === 'number') return Number.isInteger(value) ? { type: 'integer' } : { type: 'any' };
  if (Array.isArray(value)) return value.length > 0 ? { type: 'array', items: typeOfExample(value[0]) } : { type: 'array' };
  const props = Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, typeOfExample(v)] as const);
  return { type: 'object', properties: Object.fromEntries(props) };
}

/** A field no example shows, typed by its name like the examples' fields; undefined when no rule fits. */
export function typeByName(name: string): { schema: SchemaFact; reason: string } | undefined {
  if (/(^|_)ids$/.test(name)) return { schema: { type: 'array', items: { type: 'integer' } }, reason: 'ids are integers in every example' };
  if (/(^|_)id$/.test(name)) return { schema: { type: 'integer' }, reason: 'ids are integers in every example' };
  if (/_text$/.test(name)) return { schema: { type: 'string' }, reason: 'texts are strings in every example (option_text)' };
  if (/^phone_number$/.test(name)) return { schema: { type: 'string' }, reason: 'no type given; a phone number (+ and digits) is text' };
  return undefined;
}
