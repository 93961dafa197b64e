// Reads zendesk-talk-ivr-menus-routes.md, a bullet list of facts. Per resource
// bullet: its operations (`GET/POST /path`, `GET/PUT/DELETE …/rest`), the body
// wrapper and the fields with their annotations (read-only, allowed values,
// options by action). The other bullets give auth, pagination, rate limits and
// the error body. Only names, values and flags are kept.
import { parseFieldList } from './summary-fields';
import type { SummaryField } from './summary-fields';

export interface SummaryResource {
  label: string;
  operations: { method: string; path: string }[];
  wrapper: string;
  fields: SummaryField[];
}

export interface SummaryDoc {
  basic: string;
  bearer: boolean;
  baseUrl: string;
  resources: SummaryResource[];
  pagination: { offset: string[]; cursor: string[] };
  rateLimit: { perMinute: boolean; perAccount: boolean; byPlan: boolean; status: number; header: string };
  errors: { fields: string[]; detailsStatus: number };
}

export function parseSummaryMd(text: string): SummaryDoc {
  const bullets = bulletsOf(text);
  const auth = need(bullets.find((b) => b.startsWith('Auth:')), 'the Auth bullet');
  const lists = need(bullets.find((b) => b.startsWith('Lists paginate')), 'the pagination bullet');
  const resources = bullets.flatMap((b) => {
    const m = /^(IVR(?: menu| route)?): (.*)$/s.exec(b);
    return m ? [parseResource(m[1] ?? '', m[2] ?? '')] : [];
  });
  const urls = need(/\(([^)]*?) URLs, or cursor ([^)]*)\)/.exec(lists), 'the page URL fields');
  const limit = need(/answer is (\d{3}) with `([^`]+)`/.exec(lists), 'the rate-limit answer');
  const errors = need(/JSON with (.*?) \(and `(\w+)` per field on (\d{3})\)/.exec(lists), 'the error body');
  return {
    basic: need(/HTTP Basic with `([^`]+)`/.exec(auth), 'the Basic form')[1] ?? '',
    bearer: /OAuth bearer/.test(auth),
    baseUrl: need(/Base `([^`]+)`/.exec(auth), 'the base URL')[1] ?? '',
    resources,
    pagination: { offset: ticks(urls[1] ?? ''), cursor: ticks(urls[2] ?? '').flatMap((t) => t.split('/')) },
    rateLimit: {
      perMinute: /per minute/.test(lists),
      perAccount: /per account/.test(lists),
      byPlan: /depend on the plan/.test(lists),
      status: Number(limit[1]),
      header: limit[2] ?? '',
    },
    errors: { fields: [...ticks(errors[1] ?? ''), errors[2] ?? ''], detailsStatus: Number(errors[3]) },
  };
}

/** "- " bullets with their indented continuation lines joined by a space. */
function bulletsOf(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.startsWith('- ')) out.push(line.slice(2).trim());
    else if (/^\s+\S/.test(line) && out.length > 0) out[out.length - 1] += ` ${line.trim()}`;
  }
  return out;
}

function parseResource(label: string, text: string): SummaryResource {
  const operations: SummaryResource['operations'] = [];
  let previous = '';
  for (const m of text.matchAll(/`((?:GET|POST|PUT|DELETE)(?:\/(?:GET|POST|PUT|DELETE))*) ([^`]+)`/g)) {
    const path = expand(m[2] ?? '', previous);
    previous = path;
    for (const method of (m[1] ?? '').split('/')) operations.push({ method, path });
  }
  const wrapper = need(/`\{"(\w+)": \{\.\.\.\}\}`/.exec(text), `the body wrapper of ${label}`)[1] ?? '';
  const at = text.indexOf('fields ');
  if (at < 0) throw new Error(`no field list for ${label}`);
  return { label, operations, wrapper, fields: parseFieldList(text.slice(at + 'fields '.length)) };
}

/** "…/menus/{menu_id}" after "/api/v2/…/{ivr_id}/menus" → the full path. */
export function expand(path: string, previous: string): string {
  if (!path.startsWith('…')) return path;
  const rest = path.slice(1);
  const first = `/${rest.split('/')[1] ?? ''}`;
  const at = previous.lastIndexOf(first);
  if (at < 0) throw new Error(`cannot expand ${path} after ${previous}`);
  return previous.slice(0, at) + rest;
}

function ticks(text: string): string[] {
  return [...text.matchAll(/`([^`]+)`/g)].map((m) => m[1] ?? '');
}

function need<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`the summary no longer gives ${what}`);
  return value;
}
