import { describe, expect, it } from 'vitest';
import { parseFieldList, quotedValues } from './summary-fields';
import { expand, parseSummaryMd } from './summary-md';

describe('the summary’s field lists', () => {
  it('expands digit ranges and keeps other quoted values', () => {
    expect(quotedValues('"0"–"3", "*", or "default"')).toEqual(['0', '1', '2', '3', '*', 'default']);
  });

  it('reads names, read-only marks, values and options by action', () => {
    const fields = parseFieldList(
      '`id`, `kind` ("a", "b"), `extra` (by action: a → `x_ids`; b → `note_text` (+ more)), `items` (read-only list), read-only `label` and `hint` (e.g. a name).',
    );
    expect(fields).toEqual([
      { name: 'id', readOnly: false },
      { name: 'kind', readOnly: false, values: ['a', 'b'] },
      { name: 'extra', readOnly: false, byAction: { a: ['x_ids'], b: ['note_text'] }, openActions: ['b'] },
      { name: 'items', readOnly: true },
      { name: 'label', readOnly: true },
      { name: 'hint', readOnly: true },
    ]);
  });

  it('expands "…/rest" against the previous path', () => {
    expect(expand('…/menus/{menu_id}', '/api/v2/x/{ivr_id}/menus')).toBe('/api/v2/x/{ivr_id}/menus/{menu_id}');
    expect(expand('/api/v2/y', '/api/v2/x')).toBe('/api/v2/y');
  });

  it('reads a whole summary and fails loudly when a bullet it needs is gone', () => {
    const md = [
      '# T',
      '- Auth: HTTP Basic with `{email}/token:{api_token}` (or OAuth bearer). Base `https://{subdomain}.example.com`.',
      '- IVR: `GET/POST /api/v2/things`, `GET/DELETE /api/v2/things/{thing_id}`;',
      '  body wrapped as `{"ivr": {...}}`; fields `id`, `name`.',
      '- Lists paginate (`next_page` / `previous_page` URLs, or cursor `page[size]`/`page[after]`); rate limits are',
      '  per account per minute and depend on the plan; over them the answer is 429 with `Retry-After`. Errors answer',
      '  JSON with `error` and `description` (and `details` per field on 422).',
    ].join('\n');
    const doc = parseSummaryMd(md);
    expect(doc.resources[0]?.operations).toEqual([
      { method: 'GET', path: '/api/v2/things' },
      { method: 'POST', path: '/api/v2/things' },
      { method: 'GET', path: '/api/v2/things/{thing_id}' },
      { method: 'DELETE', path: '/api/v2/things/{thing_id}' },
    ]);
    expect(doc.rateLimit).toEqual({ perMinute: true, perAccount: true, byPlan: true, status: 429, header: 'Retry-After' });
    expect(doc.errors).toEqual({ fields: ['error', 'description', 'details'], detailsStatus: 422 });
    expect(() => parseSummaryMd(md.replace(/- Auth.*\n/, ''))).toThrow(/the Auth bullet/);
  });
});
