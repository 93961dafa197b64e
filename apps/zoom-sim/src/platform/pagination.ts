// Zoom list pagination: `page_size` (default 30, capped at the operation's
// documented maximum) and an opaque `next_page_token` that expires after 15
// minutes and only works on the list that issued it.
import { randomBytes } from 'node:crypto';
import type { OperationFact } from '@switchboard/zoom-facts/facts';
import type { Clock } from './clock';
import { DECIDED, decidedError } from './decisions';
import { ZoomApiError } from './errors';

export const PAGE_TOKEN_TTL_MS = 15 * 60 * 1000;
export const DEFAULT_PAGE_SIZE = 30;
export const INVALID_PAGE_TOKEN_MESSAGE = 'The next page token is invalid or expired.';

interface PageCursor {
  listKey: string;
  offset: number;
  expiresAt: number;
}

export interface PageQuery {
  page_size?: unknown;
  next_page_token?: unknown;
}

export class Paginator {
  private cursors = new Map<string, PageCursor>();

  constructor(private readonly clock: Clock) {}

  clear() {
    this.cursors.clear();
  }

  private prune() {
    if (this.cursors.size < 1000) return;
    const now = this.clock();
    for (const [token, cursor] of this.cursors) if (cursor.expiresAt <= now) this.cursors.delete(token);
  }

  /**
   * Slice `items` for this request. `listKey` names the list and its filters,
   * so a token from another list (or other filters) is refused.
   */
  page<T>(listKey: string, items: readonly T[], query: PageQuery, maxPageSize: number, op?: OperationFact) {
    const pageSize = parsePageSize(query.page_size, maxPageSize);
    let offset = 0;
    const token = typeof query.next_page_token === 'string' ? query.next_page_token : '';
    if (token !== '') {
      const cursor = this.cursors.get(token);
      if (!cursor || cursor.listKey !== listKey || cursor.expiresAt <= this.clock()) {
        throw invalidPageToken(op);
      }
      offset = cursor.offset;
    }
    const slice = items.slice(offset, offset + pageSize);
    let next = '';
    if (offset + pageSize < items.length) {
      this.prune();
      next = randomBytes(26).toString('base64url').slice(0, 35);
      this.cursors.set(next, { listKey, offset: offset + pageSize, expiresAt: this.clock() + PAGE_TOKEN_TTL_MS });
    }
    return { items: slice, next_page_token: next, page_size: pageSize, total_records: items.length };
  }
}

/**
 * The operation's documented answer to a bad page token; lists that document
 * none answer what Zoom documents for its user list (decision 006).
 */
function invalidPageToken(op: OperationFact | undefined): ZoomApiError {
  const fact = op?.errors.find((e) => e.messages.includes(INVALID_PAGE_TOKEN_MESSAGE));
  return fact?.code ? new ZoomApiError(fact.status, fact.code, INVALID_PAGE_TOKEN_MESSAGE) : decidedError(DECIDED.pageToken);
}

function parsePageSize(raw: unknown, max: number): number {
  if (raw === undefined || raw === '') return DEFAULT_PAGE_SIZE;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw decidedError(DECIDED.pageSize);
  return Math.min(n, max);
}
