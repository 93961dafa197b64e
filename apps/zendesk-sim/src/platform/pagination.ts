// Lists page two ways (the summary): offset pages whose answers carry
// next_page / previous_page URLs and a count, or cursors with page[size] and
// page[after] (page[before] to go back) whose answers carry meta and links.
// The offset parameters (page, per_page), the default and maximum page size
// (100) and the cursor answer's shape are decision 013's.
import { PAGE_SIZE_MAXIMUM } from '@switchboard/zendesk-facts/decided';
import { DECIDED, decidedError } from './decisions';

export const PAGE_SIZE_DEFAULT = 100;

export type Query = Record<string, string | string[] | undefined>;

export interface PageOf<T> {
  items: T[];
  fields: Record<string, unknown>;
}

/** `base`: the list's URL without a query; `listKey`: names the list so a cursor from another is refused. */
export function paginate<T>(items: readonly T[], query: Query, base: string, listKey: string): PageOf<T> {
  const cursor = ['page[size]', 'page[after]', 'page[before]'].some((k) => query[k] !== undefined);
  return cursor ? byCursor(items, query, base, listKey) : byOffset(items, query, base);
}

function byOffset<T>(items: readonly T[], query: Query, base: string): PageOf<T> {
  const perPage = size(query, 'per_page');
  const page = positive(query, 'page') ?? 1;
  const start = (page - 1) * perPage;
  const url = (n: number) => `${base}?page=${n}&per_page=${perPage}`;
  return {
    items: items.slice(start, start + perPage),
    fields: {
      count: items.length,
      next_page: start + perPage < items.length ? url(page + 1) : null,
      previous_page: page > 1 ? url(Math.min(page - 1, Math.max(1, Math.ceil(items.length / perPage)))) : null,
    },
  };
}

function byCursor<T>(items: readonly T[], query: Query, base: string, listKey: string): PageOf<T> {
  const pageSize = size(query, 'page[size]');
  const after = token(query, 'page[after]', listKey);
  const before = token(query, 'page[before]', listKey);
  let start = 0;
  if (after !== undefined) start = after + 1;
  else if (before !== undefined) start = Math.max(0, Math.min(before, items.length) - pageSize);
  const end = before !== undefined && after === undefined ? Math.min(before, items.length) : Math.min(items.length, start + pageSize);
  const slice = items.slice(start, end);
  const first = slice.length ? encode(listKey, start) : null;
  const last = slice.length ? encode(listKey, end - 1) : null;
  const hasMore = end < items.length;
  return {
    items: slice,
    fields: {
      meta: { has_more: hasMore, after_cursor: last, before_cursor: first },
      links: {
        next: hasMore && last ? `${base}?${SIZE}=${pageSize}&${AFTER}=${last}` : null,
        prev: start > 0 && first ? `${base}?${SIZE}=${pageSize}&${BEFORE}=${first}` : null,
      },
    },
  };
}

const [SIZE, AFTER, BEFORE] = ['page[size]', 'page[after]', 'page[before]'].map(encodeURIComponent);

function one(query: Query, name: string): string | undefined {
  const raw = query[name];
  if (Array.isArray(raw)) throw decidedError(DECIDED.badPage, name);
  return raw;
}

function positive(query: Query, name: string): number | undefined {
  const raw = one(query, name);
  if (raw === undefined) return undefined;
  if (!/^\d+$/.test(raw) || Number(raw) < 1) throw decidedError(DECIDED.badPage, name);
  return Number(raw);
}

/** A page size: default 100, capped at 100. */
function size(query: Query, name: string): number {
  return Math.min(positive(query, name) ?? PAGE_SIZE_DEFAULT, PAGE_SIZE_MAXIMUM);
}

function encode(listKey: string, index: number): string {
  return Buffer.from(JSON.stringify({ l: listKey, i: index })).toString('base64url');
}

function token(query: Query, name: string, listKey: string): number | undefined {
  const raw = one(query, name);
  if (raw === undefined) return undefined;
  try {
    const { l, i } = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as { l?: unknown; i?: unknown };
    if (l === listKey && typeof i === 'number' && Number.isInteger(i) && i >= 0) return i;
  } catch {
    // not a cursor of this simulator
  }
  throw decidedError(DECIDED.badPage, name);
}
