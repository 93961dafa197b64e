// Test helper: an operation by id, failing loudly when the facts lack it.
import type { FactsFile, OperationFact, SchemaFact } from './facts';

export function op(file: FactsFile, id: string): OperationFact {
  const found = file.operations.find((o) => o.id === id);
  if (!found) throw new Error(`no operation ${id}`);
  return found;
}

/** Follows object properties and array items: at(schema, 'key_action', 'target'). */
export function at(
  schema: SchemaFact | null | undefined,
  ...names: string[]
): SchemaFact | undefined {
  let node: SchemaFact | undefined = schema ?? undefined;
  for (const name of names) {
    if (!node || !('type' in node)) return undefined;
    if (node.type === 'array') node = node.items;
    if (name === '[]') continue;
    node = node && 'type' in node && node.type === 'object' ? node.properties?.[name] : undefined;
  }
  return node;
}
