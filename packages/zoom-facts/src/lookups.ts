// Small questions a simulator asks about an operation.
import type { OperationFact } from './facts';
import { queryParams } from './params';

/** The maximum of the page_size query parameter (documented, or decision 006's), if any. */
export function listMaximum(op: OperationFact): number | undefined {
  return queryParams(op)?.page_size?.maximum;
}

/** The classic and granular scopes the documents list for the operation. */
export function requiredScopes(op: OperationFact): { scopes: string[]; granularScopes: string[] } {
  return { scopes: [...op.scopes], granularScopes: [...op.granularScopes] };
}
