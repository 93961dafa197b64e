// Reads zendesk-talk-ivr-api.txt: the IVR property table, the object example,
// and per operation its heading, method, path, parameters, example body and
// example answers (status and JSON). Code samples are skipped, except that the
// curl line's -u argument gives the Basic credential form and its URL whether
// paths take a .json suffix. Descriptions are matched over, never kept.
import { readJsonBlock } from './json-block';

export interface TableRow {
  name: string;
  type: string;
  readOnly: boolean;
  mandatory: boolean;
}

export interface ApiParam {
  name: string;
  type: string;
  in: string;
  required: boolean;
}

export interface ApiOperation {
  title: string;
  method: string;
  path: string;
  params: ApiParam[];
  exampleBody: unknown;
  responses: { status: number; example: unknown }[];
}

export interface ApiDoc {
  plans: string[];
  table: TableRow[];
  objectExample: unknown;
  basic: string | null;
  jsonSuffix: boolean;
  operations: ApiOperation[];
}

const OPERATION = /^(GET|POST|PUT|PATCH|DELETE) (\/api\/v2\/\S+)$/;
const TYPES = 'integer|string|array|boolean|object|number';
const ROW = new RegExp(`(?:^| )([a-z_]+) (${TYPES}) (true|false) (true|false) `, 'g');
const PARAM = new RegExp(`^([a-z_]+) (${TYPES}) (Path|Query|Body) (true|false)\\b`);

export function parseApiText(text: string): ApiDoc {
  const lines = text.replace(/\u00a0/g, ' ').split(/\r?\n/);
  const starts = lines.flatMap((l, i) => (OPERATION.test(l.trim()) && i > 0 ? [i - 1] : []));
  const head = lines.slice(0, starts[0] ?? lines.length);
  const operations = starts.map((s, k) => parseOperation(lines.slice(s, starts[k + 1] ?? lines.length)));
  const curl = /-u \{ ?(\w+) ?\} ?(\/token:) ?\{ ?(\w+) ?\}/.exec(text);
  return {
    plans: plansOf(head.join(' ')),
    table: tableOf(head),
    objectExample: exampleAfter(head, 'Example'),
    basic: curl ? `{${curl[1]}}${curl[2]}{${curl[3]}}` : null,
    jsonSuffix: /zendesk\.com\/api\/v2\/\S*\.json/.test(text.replace(/ /g, '')),
    operations,
  };
}

/** "available on the Talk Professional and Enterprise plans" → ['Professional', 'Enterprise'] */
function plansOf(text: string): string[] {
  const m = /available on the Talk ([A-Z][\w ,]*?) plans/.exec(text);
  return m?.[1] ? m[1].split(/,\s*|\s+and\s+/).map((p) => p.trim()).filter(Boolean) : [];
}

function tableOf(head: readonly string[]): TableRow[] {
  const at = head.findIndex((l) => /represented as JSON objects with the following properties/.test(l));
  const line = at >= 0 ? (head[at + 1] ?? '') : '';
  return [...`${line} `.matchAll(ROW)].map((m) => ({
    name: m[1] ?? '',
    type: m[2] ?? '',
    readOnly: m[3] === 'true',
    mandatory: m[4] === 'true',
  }));
}

function exampleAfter(lines: readonly string[], label: string): unknown {
  const at = lines.findIndex((l) => l.trim() === label);
  return at >= 0 ? readJsonBlock(lines, at + 1)?.value : undefined;
}

function parseOperation(section: readonly string[]): ApiOperation {
  const title = section[0]?.trim() ?? '';
  const [, method = '', path = ''] = OPERATION.exec(section[1]?.trim() ?? '') ?? [];
  const params: ApiParam[] = [];
  for (const line of section) {
    const m = PARAM.exec(line.trim());
    if (m) params.push({ name: m[1] ?? '', type: m[2] ?? '', in: (m[3] ?? '').toLowerCase(), required: m[4] === 'true' });
  }
  const responses: ApiOperation['responses'] = [];
  const answersAt = section.findIndex((l) => l.trim() === 'Example response(s)');
  for (let i = answersAt + 1; answersAt >= 0 && i < section.length; i++) {
    const status = /^(\d{3}) [A-Z]/.exec(section[i]?.trim() ?? '');
    if (!status) continue;
    const block = readJsonBlock(section, i + 1);
    responses.push({ status: Number(status[1]), example: block?.value });
    if (block) i = block.end - 1;
  }
  return { title, method, path, params, exampleBody: exampleAfter(section, 'Example body') ?? null, responses };
}
