// Test helper: an operation by id, failing loudly when the facts lack it.
import type { OperationFact } from './facts';
import { allOperations } from './load';

export function op(id: string): OperationFact {
  const found = allOperations.find((o) => o.id === id);
  if (!found) throw new Error(`no operation ${id}`);
  return found;
}

export const IVR = '/api/v2/channels/voice/ivr';
export const ROUTE_ITEM = `PUT ${IVR}/{ivr_id}/menus/{menu_id}/routes/{route_id}`;
